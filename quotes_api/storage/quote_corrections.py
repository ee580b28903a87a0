"""Editors' corrections of quotations: reassign to other speakers, reject as not a quotation,
undo a rejection.

They name the document's content hash and the quotation's span, never row ids: an active
``reassign`` replaces the extracted speakers whenever that quotation is written again (ingest,
``quotes-api reextract``), and a rejected quotation is kept whole in ``rejected_quote`` and
left out of every write. Each is logged (:mod:`quotes_api.storage.audit`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from quotes_api.storage.audit import (
    CorrectionError,
    find_speaker,
    forms_of,
    in_write_transaction,
    log_correction,
)
from quotes_api.storage.backend import AnyDatabase
from quotes_api.storage.base import database_proxy, tuples
from quotes_api.storage.models import (
    QUOTE_FIELDS,
    Correction,
    Document,
    Quote,
    QuoteSpeaker,
    RejectedQuote,
    Speaker,
    SpeakerForm,
)
from quotes_api.storage.speakers import recount


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
        forms = [forms_of(s)[0].key for s in speakers]
        before = [s.slug for s in _speakers_of(quote.id)]
        _relink_quote(quote, speakers, forms)
        target = _quote_target(quote)
        Correction.update(active=False).where(
            (Correction.action == "reassign")
            & Correction.active
            & (Correction.target == json.dumps(target, ensure_ascii=False))
        ).execute()
        log_correction(
            "reassign",
            target,
            {"speakers": before},
            {"forms": forms, "speakers": [s.slug for s in speakers]},
            label,
        )
        return quote.id

    return in_write_transaction(run)


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

    old = [s.id for s in _speakers_of(quote.id)]
    QuoteSpeaker.delete().where(QuoteSpeaker.quote == quote.id).execute()
    form_ids: dict[str, int] = dict(
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

    return in_write_transaction(run)


def _reject(quote_id: int, label: str | None) -> dict[str, Any]:

    if RejectedQuote.select().where(RejectedQuote.quote_id == quote_id).exists():
        return {"id": quote_id, "rejected": True}
    quote = Quote.get_or_none(Quote.id == quote_id)
    if quote is None:
        raise CorrectionError(f"No quote with id {quote_id}.", 404)
    links = [
        {"speaker": s, "position": p, "form": f}
        for s, p, f in tuples(
            QuoteSpeaker.select(QuoteSpeaker.speaker, QuoteSpeaker.position, QuoteSpeaker.form).where(
                QuoteSpeaker.quote == quote_id
            )
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
    log_correction("reject", {**target, "quote": quote_id}, {"rejected": False}, {"rejected": True}, label)
    return {"id": quote_id, "rejected": True}


def _unreject(quote_id: int, label: str | None) -> dict[str, Any]:

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
    log_correction("unreject", target, {"rejected": True}, {"rejected": False}, label)
    return {"id": quote_id, "rejected": False}


def rejected_quote(quote_id: int) -> tuple[Quote, list[Speaker]] | None:
    """A rejected quotation as it was before the rejection (an unsaved row with its document
    loaded) and its speakers then, or None when ``quote_id`` is no rejected quotation (or its
    document is gone). For an editor who must see it to undo it."""
    stored = RejectedQuote.get_or_none(RejectedQuote.quote_id == quote_id)
    if stored is None:
        return None
    document = Document.get_or_none(Document.content_hash == stored.content_hash)
    if document is None:
        return None
    row = json.loads(stored.row)
    published = dt.datetime.fromisoformat(row["published"]) if row["published"] else None
    fields = [f for f in QUOTE_FIELDS if f not in ("document", "published")]
    quote = Quote(id=quote_id, document=document, published=published, **{f: row[f] for f in fields})
    links = sorted(row["links"], key=lambda link: link["position"])
    found = {s.id: s for s in Speaker.select().where(Speaker.id.in_([link["speaker"] for link in links]))}
    return quote, [found[link["speaker"]] for link in links if link["speaker"] in found]
