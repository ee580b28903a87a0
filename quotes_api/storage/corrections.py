"""Editors' corrections: rename, merge, set kind, reassign and reject, kept as rules and logged.

Each correction is one row of ``correction`` (the audit log: action, API key label, time,
before and after) and changes the data at once. It is also kept where re-ingest and
``quotes-api reextract`` will meet it again, by stable identifiers rather than row ids:

* speaker corrections live on the speaker's *forms* (``speaker_form.override`` for name,
  kind, aliases and Wikidata QID; ``speaker_form.pin`` for a merge), and forms are found by
  key, so the grouping of :mod:`quotes_api.storage.identity` applies them every time;
* quote corrections name the document's content hash and the quotation's span: an active
  ``reassign`` replaces the extracted speakers whenever that quotation is written, and a
  rejected quotation (``rejected_quote``) is left out, its row kept whole for undo.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from quotes_api.storage.backend import AnyDatabase
from quotes_api.storage.models import (
    Correction,
    Document,
    Quote,
    QuoteSpeaker,
    RejectedQuote,
    Speaker,
    SpeakerForm,
    SpeakerRedirect,
    database_proxy,
    tuples,
)
from quotes_api.storage.names import fold
from quotes_api.storage.retry import retrying, write_lock

KINDS = ("person", "organisation", "group", "unnamed")
WIKIDATA = re.compile(r"Q[1-9]\d*")


class CorrectionError(ValueError):
    """A correction that cannot be made as asked; the message says why (HTTP 4xx, CLI error)."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


def rejected_spans(db: AnyDatabase, hashes: list[str]) -> set[tuple[str, int, int]]:
    """The spans of the documents ``hashes`` that editors rejected as quotations."""
    if not hashes:
        return set()
    out: set[tuple[str, int, int]] = set()
    for start in range(0, len(hashes), 500):
        chunk = hashes[start : start + 500]
        query = RejectedQuote.select(RejectedQuote.content_hash, RejectedQuote.start, RejectedQuote.end)
        out.update(tuples(query.where(RejectedQuote.content_hash.in_(chunk))))
    return out


def reassignments(db: AnyDatabase, hashes: list[str]) -> dict[tuple[str, int, int], list[str]]:
    """Editors' speakers (form keys) for quotations of the documents ``hashes``, by span."""
    wanted = set(hashes)
    out: dict[tuple[str, int, int], list[str]] = {}
    rows = (
        Correction.select(Correction.target, Correction.after)
        .where((Correction.action == "reassign") & Correction.active)
        .order_by(Correction.id)
    )
    for target, after in tuples(rows):
        t = json.loads(target)
        if t["document"] in wanted:
            out[(t["document"], t["start"], t["end"])] = json.loads(after)["forms"]
    return out


def _log(
    action: str, target: dict[str, Any], before: Any, after: Any, label: str | None, active: bool = True
) -> Correction:
    return Correction.create(
        action=action,
        label=label,
        target=json.dumps(target, ensure_ascii=False),
        before=json.dumps(before, ensure_ascii=False, default=str),
        after=json.dumps(after, ensure_ascii=False, default=str),
        active=active,
    )


def _write(fn: Any) -> Any:
    db = database_proxy

    def once() -> Any:
        with db.atomic():
            write_lock(db)
            return fn()

    return retrying(db, once)


def find_speaker(slug: str) -> Speaker:
    """The speaker of ``slug`` (following a redirect); :class:`CorrectionError` 404 if none."""
    speaker = Speaker.get_or_none(Speaker.slug == slug)
    if speaker is None:
        redirect = SpeakerRedirect.get_or_none(SpeakerRedirect.slug == slug)
        speaker = Speaker.get_or_none(Speaker.id == redirect.speaker_id) if redirect else None
    if speaker is None:
        raise CorrectionError(f"No speaker with slug {slug!r}.", 404)
    return speaker


def speaker_state(speaker: Speaker) -> dict[str, Any]:
    """What the audit log records of a speaker before and after a correction."""
    return {
        "slug": speaker.slug,
        "name": speaker.name,
        "kind": speaker.kind,
        "aliases": speaker.aliases,
        "wikidata": speaker.wikidata,
        "quote_count": speaker.quote_count,
    }


def _forms_of(speaker: Speaker) -> list[SpeakerForm]:
    return list(SpeakerForm.select().where(SpeakerForm.speaker == speaker.id).order_by(SpeakerForm.key))


def _regroup_forms(forms: Iterable[SpeakerForm], also: Iterable[str] = ()) -> None:
    from quotes_api.storage.speakers import regroup

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
        forms = _forms_of(speaker)
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
            form.save()
        _regroup_forms(forms, old_buckets)
        after = _current(forms[0].key)
        _log("edit_speaker", {"forms": [f.key for f in forms]}, before, speaker_state(after), label)
        return after

    return _write(run)


def _bucket_after_kind(form: SpeakerForm, anchor: SpeakerForm) -> str:
    """All forms of a re-kinded speaker share the anchor's new bucket, so they stay one speaker."""
    from quotes_api.storage.identity import bucket_of

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
        anchor_forms = _forms_of(target)
        anchor = next((f for f in anchor_forms if not f.pin), anchor_forms[0])
        moved = _forms_of(source)
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
        _log(
            "merge",
            {"forms": [f.key for f in moved], "into": anchor.key},
            before,
            speaker_state(after),
            label,
        )
        return after

    return _write(run)


def _quote_target(quote: Quote) -> dict[str, Any]:
    return {"document": quote.document.content_hash, "start": quote.start, "end": quote.end}


def reassign_quote(quote_id: int, slugs: list[str], label: str | None = None) -> int:
    """Make ``slugs`` (in order) the speakers of the quotation; returns its id."""
    if not isinstance(slugs, list) or not slugs or len(slugs) > 20:
        raise CorrectionError("speakers must be a list of 1 to 20 speaker slugs.")

    def run() -> int:
        quote = Quote.get_or_none(Quote.id == quote_id)
        if quote is None:
            raise CorrectionError(f"No quote with id {quote_id}.", 404)
        speakers = [find_speaker(s) for s in slugs]
        forms = [_forms_of(s)[0].key for s in speakers]
        before = [s.slug for s in _speakers_of(quote.id)]
        _relink_quote(quote, speakers, forms)
        target = _quote_target(quote)
        Correction.update(active=False).where(
            (Correction.action == "reassign")
            & Correction.active
            & (Correction.target == json.dumps(target, ensure_ascii=False))
        ).execute()
        _log(
            "reassign",
            target,
            {"speakers": before},
            {"forms": forms, "speakers": [s.slug for s in speakers]},
            label,
        )
        return quote.id

    return _write(run)


def speaker_slugs(quote_id: int) -> list[str]:
    """The slugs of a quotation's speakers, in order (empty for a rejected one)."""
    return [s.slug for s in _speakers_of(quote_id)]


def _speakers_of(quote_id: int) -> list[Speaker]:
    return list(
        Speaker.select()
        .join(QuoteSpeaker)
        .where(QuoteSpeaker.quote == quote_id)
        .order_by(QuoteSpeaker.position)
    )


def _relink_quote(quote: Quote, speakers: list[Speaker], forms: list[str]) -> None:
    from quotes_api.storage.speakers import recount

    old = [s.id for s in _speakers_of(quote.id)]
    QuoteSpeaker.delete().where(QuoteSpeaker.quote == quote.id).execute()
    form_ids = dict(
        tuples(SpeakerForm.select(SpeakerForm.key, SpeakerForm.id).where(SpeakerForm.key.in_(forms)))
    )
    seen: list[int] = []
    for speaker, key in zip(speakers, forms, strict=True):
        if speaker.id in seen:
            continue
        QuoteSpeaker.insert(
            quote=quote.id,
            speaker=speaker.id,
            position=len(seen),
            published=quote.published,
            form=form_ids.get(key),
        ).execute()
        seen.append(speaker.id)
    recount(database_proxy, [*old, *seen])  # a speaker left with none leaves the lists (count 0)


def reject_quote(quote_id: int, rejected: bool, label: str | None = None) -> dict[str, Any]:
    """Mark a quotation as not one (``rejected``) or undo that; returns ``{"id", "rejected"}``.

    A rejected quotation leaves every list, search, export and verify: its row moves, whole,
    into ``rejected_quote`` and comes back with the same id on undo.
    """

    def run() -> dict[str, Any]:
        if rejected:
            return _reject(quote_id, label)
        return _unreject(quote_id, label)

    return _write(run)


def _reject(quote_id: int, label: str | None) -> dict[str, Any]:
    from quotes_api.storage.speakers import recount

    if RejectedQuote.select().where(RejectedQuote.quote_id == quote_id).exists():
        return {"id": quote_id, "rejected": True}
    quote = Quote.get_or_none(Quote.id == quote_id)
    if quote is None:
        raise CorrectionError(f"No quote with id {quote_id}.", 404)
    links = [
        {"speaker": s, "position": p, "form": f}
        for s, p, f in tuples(
            QuoteSpeaker.select(QuoteSpeaker.speaker, QuoteSpeaker.position, QuoteSpeaker.form)
            .where(QuoteSpeaker.quote == quote_id)
        )
    ]
    row = {
        "document": quote.document_id,
        "position": quote.position,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "mention": quote.mention,
        "cue": quote.cue,
        "confidence": quote.confidence,
        "paragraph": quote.paragraph,
        "group": quote.group,
        "part": quote.part,
        "published": quote.published.isoformat() if quote.published else None,
        "links": links,
    }
    target = _quote_target(quote)
    RejectedQuote.create(
        content_hash=target["document"],
        start=quote.start,
        end=quote.end,
        quote_id=quote.id,
        row=json.dumps(row, ensure_ascii=False),
    )
    QuoteSpeaker.delete().where(QuoteSpeaker.quote == quote_id).execute()
    quote.delete_instance()
    recount(database_proxy, [link["speaker"] for link in links])
    _log("reject", {**target, "quote": quote_id}, {"rejected": False}, {"rejected": True}, label)
    return {"id": quote_id, "rejected": True}


def _unreject(quote_id: int, label: str | None) -> dict[str, Any]:
    import datetime as dt

    from quotes_api.storage.speakers import recount

    stored = RejectedQuote.get_or_none(RejectedQuote.quote_id == quote_id)
    if stored is None:
        if Quote.select().where(Quote.id == quote_id).exists():
            return {"id": quote_id, "rejected": False}
        raise CorrectionError(f"No quote with id {quote_id}.", 404)
    row = json.loads(stored.row)
    document = Document.get_or_none(Document.content_hash == stored.content_hash)
    if document is None:
        raise CorrectionError("The quotation's document is no longer stored.", 409)
    published = dt.datetime.fromisoformat(row["published"]) if row["published"] else None
    Quote.insert(
        id=quote_id,
        document=document.id,
        position=row["position"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        mention=row["mention"],
        cue=row["cue"],
        confidence=row["confidence"],
        paragraph=row["paragraph"],
        group=row["group"],
        part=row["part"],
        published=published,
    ).execute()
    live = {
        sid
        for (sid,) in tuples(
            Speaker.select(Speaker.id).where(Speaker.id.in_([link["speaker"] for link in row["links"]]))
        )
    }
    for link in row["links"]:
        if link["speaker"] in live:
            QuoteSpeaker.insert(
                quote=quote_id,
                speaker=link["speaker"],
                position=link["position"],
                published=published,
                form=link["form"],
            ).execute()
    recount(database_proxy, live)
    target = {"document": stored.content_hash, "start": stored.start, "end": stored.end, "quote": quote_id}
    stored.delete_instance()
    _log("unreject", target, {"rejected": True}, {"rejected": False}, label)
    return {"id": quote_id, "rejected": False}


def corrections_query() -> Any:
    """The audit log, newest first."""
    return Correction.select().order_by(Correction.id.desc())


def correction_item(row: Correction) -> dict[str, Any]:
    """One audit-log entry as the API and CLI show it."""
    return {
        "id": row.id,
        "action": row.action,
        "label": row.label,
        "created_at": row.created_at,
        "target": json.loads(row.target),
        "before": json.loads(row.before) if row.before else None,
        "after": json.loads(row.after) if row.after else None,
        "active": row.active,
    }


def normalised(name: str) -> str:
    """How names compare when importing and resolving: :func:`quotes_api.storage.names.fold`."""
    return fold(name)
