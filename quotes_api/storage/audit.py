"""The audit log of editors' corrections, and what every correction shares: its errors, its
write transaction, finding the speaker a slug names, and what the log records of a speaker.

The corrections themselves are :mod:`quotes_api.storage.speaker_corrections` (rename, kind,
aliases, Wikidata QID, merge) and :mod:`quotes_api.storage.quote_corrections` (reassign,
reject); :mod:`quotes_api.storage.corrections` gathers them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from quotes_api.storage.base import database_proxy
from quotes_api.storage.models import Correction, Speaker, SpeakerForm, SpeakerRedirect
from quotes_api.storage.retry import retrying, write_lock

KINDS = ("person", "organisation", "group", "unnamed")


WIKIDATA = re.compile(r"Q[1-9]\d*")


class CorrectionError(ValueError):
    """A correction that cannot be made as asked; the message says why (HTTP 4xx, CLI error)."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


def log_correction(
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


def in_write_transaction(fn: Any) -> Any:
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


def forms_of(speaker: Speaker) -> list[SpeakerForm]:
    """The forms of a speaker, by key."""
    return list(SpeakerForm.select().where(SpeakerForm.speaker == speaker.id).order_by(SpeakerForm.key))
