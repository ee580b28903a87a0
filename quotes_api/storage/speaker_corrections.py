"""Editors' corrections of speakers: rename, change kind, edit aliases, set the Wikidata QID,
merge one speaker into another.

They are kept on the speaker's *forms*, found by key whenever a document names them again
(``speaker_form.override`` for name, kind, aliases and QID; ``speaker_form.pin`` for a merge),
so the grouping of :mod:`quotes_api.storage.identity` applies them at every re-ingest and
``quotes-api reextract``. Each is logged (:mod:`quotes_api.storage.audit`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from quotes_api.storage.audit import (
    KINDS,
    WIKIDATA,
    CorrectionError,
    find_speaker,
    forms_of,
    in_write_transaction,
    log_correction,
    speaker_state,
)
from quotes_api.storage.base import database_proxy
from quotes_api.storage.identity import bucket_of
from quotes_api.storage.models import Speaker, SpeakerForm
from quotes_api.storage.speakers import regroup


def _regroup_forms(forms: Iterable[SpeakerForm], also: Iterable[str] = ()) -> None:

    regroup(database_proxy, {f.bucket for f in forms if f.bucket} | set(also))


def edit_speaker(slug: str, changes: dict[str, Any], label: str | None = None) -> Speaker:
    """Rename, change kind, edit aliases or set the Wikidata QID of a speaker; returns it as now stored.

    ``changes`` may hold ``name``, ``kind``, ``aliases`` (the whole new list) and ``wikidata``
    (``Q123``, or None to clear). The change is kept on every form of the speaker.
    """
    _check_changes(changes)

    def run() -> Speaker:
        speaker = find_speaker(slug)
        before = speaker_state(speaker)
        forms = forms_of(speaker)
        anchor = next((f for f in forms if not f.pin), forms[0])
        old_buckets = {f.bucket for f in forms if f.bucket}
        override: dict[str, Any] = {}
        if changes.get("name"):
            override["name"] = " ".join(changes["name"].split())
        if changes.get("kind"):
            override["kind"] = changes["kind"]
        if "wikidata" in changes:
            override["wikidata"] = changes["wikidata"]
        if "aliases" in changes:
            wanted = [" ".join(a.split()) for a in changes["aliases"] if a.strip()]
            override["aliases"] = wanted
            override["removed_aliases"] = [a for a in speaker.aliases if a not in wanted]
        for form in forms:
            merged = {**(json.loads(form.override) if form.override else {}), **override}
            form.override = json.dumps(merged, ensure_ascii=False)
            if "kind" in override:
                if form.kind != "unnamed":
                    form.kind = override["kind"]
                form.bucket = _bucket_after_kind(form, anchor)
                if form.key != anchor.key and not form.pin:
                    form.pin = anchor.key  # one speaker, whatever the new kind's rules say of its names
            form.save()
        _regroup_forms(forms, old_buckets)
        after = _current(forms[0].key)
        log_correction("edit_speaker", {"forms": [f.key for f in forms]}, before, speaker_state(after), label)
        return after

    return in_write_transaction(run)


def _bucket_after_kind(form: SpeakerForm, anchor: SpeakerForm) -> str:
    """All forms of a re-kinded speaker share the anchor's new bucket, so they stay one speaker."""

    return bucket_of(anchor.name, anchor.kind, anchor.key)


def _check_changes(changes: dict[str, Any]) -> None:
    if not changes:
        raise CorrectionError("Nothing to change: give name, kind, aliases or wikidata.", 400)
    if "name" in changes and (not isinstance(changes["name"], str) or not changes["name"].strip()):
        raise CorrectionError("name must be a non-empty string.")
    if changes.get("kind") is not None and changes["kind"] not in KINDS:
        raise CorrectionError(f"kind must be one of {', '.join(KINDS)}.")
    qid = changes.get("wikidata")
    if qid is not None and not WIKIDATA.fullmatch(str(qid)):
        raise CorrectionError("wikidata must be a Wikidata item id such as Q42.")


def _current(form_key: str) -> Speaker:
    form = SpeakerForm.get(SpeakerForm.key == form_key)
    return Speaker.get(Speaker.id == form.speaker_id)


def merge_speakers(slug: str, into: str, label: str | None = None) -> Speaker:
    """Move every quote and alias of ``slug`` to ``into``; returns the speaker merged into."""

    def run() -> Speaker:
        source, target = find_speaker(slug), find_speaker(into)
        if source.id == target.id:
            raise CorrectionError("A speaker cannot be merged into itself.")
        if source.kind == "unnamed" and target.kind != "unnamed":
            pass  # an unnamed source identified by an editor: allowed
        before = {"speaker": speaker_state(source), "into": speaker_state(target)}
        anchor_forms = forms_of(target)
        anchor = next((f for f in anchor_forms if not f.pin), anchor_forms[0])
        moved = forms_of(source)
        old_buckets = {f.bucket for f in moved if f.bucket}
        for form in moved:
            form.pin = anchor.key
            form.bucket = anchor.bucket
            form.save()
        # Forms pinned to the source's forms follow them.
        SpeakerForm.update(pin=anchor.key, bucket=anchor.bucket).where(
            SpeakerForm.pin.in_([f.key for f in moved])
        ).execute()
        _regroup_forms([*moved, *anchor_forms], old_buckets)
        after = _current(anchor.key)
        log_correction(
            "merge",
            {"forms": [f.key for f in moved], "into": anchor.key},
            before,
            speaker_state(after),
            label,
        )
        return after

    return in_write_transaction(run)
