"""The write path: validate a document, then store a batch of extracted documents in one transaction.

A batch is all-or-nothing (one transaction), so a crash or a kill mid-ingest leaves only whole
documents behind; the content hash makes storing the same text twice a no-op, so re-running
an interrupted ingest finishes the job without duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quotes_api.extraction.model import Quote as ExtractedQuote
from quotes_api.extraction.model import Speaker as ExtractedSpeaker
from quotes_api.storage.backend import AnyDatabase
from quotes_api.storage.base import tuples
from quotes_api.storage.bulk import insert_rows, select_in
from quotes_api.storage.models import (
    QUOTE_FIELDS,
    Document,
    Quote,
    QuoteSpeaker,
    Speaker,
    SpeakerForm,
    utcnow,
)
from quotes_api.storage.retry import retrying, write_lock
from quotes_api.storage.speakers import FormSpec, recount, regroup, store_forms

META_FIELDS = ("title", "url", "source", "author")
DOCUMENT_FIELDS = (
    "content_hash",
    "external_id",
    "title",
    "url",
    "source",
    "author",
    "published",
    "text",
    "ingested_at",
)
LINK_FIELDS = ("quote", "speaker", "position", "published", "form")


class InvalidDocument(ValueError):
    """A document that cannot be stored as given; the message says why, for a person to fix."""


@dataclass
class Prepared:
    """A validated document on its way in: metadata, hash, and (after extraction) its quotes."""

    content_hash: str
    text: str
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: dt.datetime | None = None
    origin: str = ""
    quotes: list[ExtractedQuote] = field(default_factory=list)


def content_hash(text: str) -> str:
    """SHA-256 of the exact UTF-8 text: the identity of a document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare(
    text: Any, meta: Mapping[str, Any] | None = None, *, external_id: Any = None, origin: str = ""
) -> Prepared:
    """Check ``text`` and its metadata and compute the hash; raises :class:`InvalidDocument`."""
    meta = meta or {}
    if not isinstance(text, str):
        raise InvalidDocument("text must be a string")
    if not text.strip():
        raise InvalidDocument("empty text")
    _check_string("text", text)
    values: dict[str, Any] = {}
    for name in META_FIELDS:
        value = meta.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, (dict, list, bool)):
            raise InvalidDocument(f"{name} must be a string")
        values[name] = _check_string(name, str(value))
    ext = None if external_id is None else _check_string("id", str(external_id))
    return Prepared(
        content_hash=content_hash(text),
        text=text,
        external_id=ext,
        published=parse_published(meta.get("published")),
        origin=origin,
        **values,
    )


def _check_string(name: str, value: str) -> str:
    if "\x00" in value:
        raise InvalidDocument(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidDocument(f"{name} is not valid Unicode (lone surrogate at {exc.start})") from None
    return value


def parse_published(value: Any) -> dt.datetime | None:
    """A naive UTC datetime from an ISO 8601 date or datetime (string or object), or None.

    A bare date becomes midnight; an aware datetime is converted to UTC.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidDocument(f"published: {value[:40]!r} is not an ISO 8601 date") from None
    else:
        raise InvalidDocument("published must be an ISO 8601 date string")
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        except OverflowError:  # 0001-01-01T00:00+14:00 is before year 1 in UTC
            raise InvalidDocument(f"published: {str(value)[:40]!r} is out of range in UTC") from None
    return parsed


@dataclass
class BatchResult:
    """What one batch changed: ids of the new documents, and counts."""

    new: dict[str, int] = field(default_factory=dict)  # content hash -> document id
    existing: int = 0
    quotes: int = 0
    speakers: int = 0


def write_batch(db: AnyDatabase, docs: list[Prepared]) -> BatchResult:
    """Store ``docs`` (already extracted) in one transaction; documents already stored are skipped.

    Writers take turns (:func:`~quotes_api.storage.retry.write_lock`), and a transaction that
    meets a busy or deadlocked database is run again (:func:`~quotes_api.storage.retry.retrying`).
    """
    if not docs:
        return BatchResult()
    return retrying(db, lambda: _write_batch_once(db, docs))


def _write_batch_once(db: AnyDatabase, docs: list[Prepared]) -> BatchResult:
    result = BatchResult()
    now = utcnow()
    unique = list({d.content_hash: d for d in docs}.values())
    result.existing = len(docs) - len(unique)
    with db.atomic():
        write_lock(db)
        rows = [
            (d.content_hash, d.external_id, d.title, d.url, d.source, d.author, d.published, d.text, now)
            for d in unique
        ]
        inserted = insert_rows(
            db, Document, DOCUMENT_FIELDS, rows, returning=("id", "content_hash"), ignore_conflicts=True
        )
        result.new = {content_hash: doc_id for doc_id, content_hash in inserted}
        result.existing += len(unique) - len(result.new)
        fresh = [d for d in unique if d.content_hash in result.new]
        if fresh:
            result.quotes, result.speakers = write_quotes(db, fresh, result.new)
    return result


def write_quotes(db: AnyDatabase, docs: list[Prepared], doc_ids: dict[str, int]) -> tuple[int, int]:
    """Store the quotes of ``docs``, their speakers' forms, regroup the forms' buckets and link."""
    from quotes_api.storage.corrections import reassignments, rejected_spans

    specs: dict[str, FormSpec] = {}
    quote_rows: list[tuple] = []
    quote_forms: dict[tuple[int, int], list[str]] = {}
    apart: set[frozenset[str]] = set()
    rejected = rejected_spans(db, [d.content_hash for d in docs])
    reassigned = reassignments(db, [d.content_hash for d in docs])
    for doc in docs:
        doc_id = doc_ids[doc.content_hash]
        # One document names the same speaker in many quotes: each is read and merged once.
        seen: dict[ExtractedSpeaker, str | None] = {}
        for position, q in enumerate(doc.quotes):
            if (doc.content_hash, q.start, q.end) in rejected:
                continue
            keys: list[str] = []
            for sp in q.speakers:
                if sp not in seen:
                    spec = FormSpec.from_extracted(sp, doc.content_hash, doc.text)
                    seen[sp] = spec.key if spec else None
                    if spec is not None:
                        if spec.key in specs:
                            specs[spec.key].merge(spec)
                        else:
                            specs[spec.key] = spec
                key = seen[sp]
                if key is not None and key not in keys:
                    keys.append(key)
            keys = reassigned.get((doc.content_hash, q.start, q.end), keys)
            quote_forms[(doc_id, position)] = keys
            quote_rows.append(
                (
                    doc_id,
                    position,
                    q.start,
                    q.end,
                    q.text,
                    q.mention,
                    q.cue,
                    float(q.confidence),
                    q.paragraph,
                    q.group,
                    q.part,
                    doc.published,
                )
            )
        named = sorted({k for k in seen.values() if k})
        apart.update(frozenset((a, b)) for a in named for b in named if a < b)
    if not quote_rows:
        return 0, 0
    before = Speaker.select().count()
    form_ids = store_forms(db, specs, doc_ids) if specs else {}
    wanted = sorted({k for keys in quote_forms.values() for k in keys} - set(form_ids))
    if wanted:  # forms named by an editor's reassignment that this batch did not write
        form_ids.update(
            {
                k: i
                for i, k in tuples(
                    SpeakerForm.select(SpeakerForm.id, SpeakerForm.key).where(SpeakerForm.key.in_(wanted))
                )
            }
        )
    stored = select_in(db, SpeakerForm, ("id", "bucket"), "id", sorted(form_ids.values()))
    regroup(db, {bucket for _, bucket in stored}, apart)
    speaker_of = dict(select_in(db, SpeakerForm, ("id", "speaker"), "id", sorted(form_ids.values())))
    published = {doc_ids[d.content_hash]: d.published for d in docs}
    links: list[tuple] = []
    touched: set[int] = set()
    inserted = insert_rows(db, Quote, QUOTE_FIELDS, quote_rows, returning=("id", "document", "position"))
    for quote_id, doc_id, position in inserted:
        linked: set[int] = set()
        for key in quote_forms[(doc_id, position)]:
            form_id = form_ids.get(key)
            sid = speaker_of.get(form_id) if form_id else None
            if sid is None or sid in linked:
                continue
            linked.add(sid)
            touched.add(sid)
            links.append((quote_id, sid, len(linked) - 1, published[doc_id], form_id))
    insert_rows(db, QuoteSpeaker, LINK_FIELDS, links)
    recount(db, touched)
    return len(quote_rows), max(0, Speaker.select().count() - before)
