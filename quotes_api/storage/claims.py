"""The reads a fact-check makes: the speakers a claim names, the stored quotes a claim is
compared with, and what the kept matches need. The choosing (which quotes, which verdict) is
:mod:`quotes_api.factcheck`'s; here are only the statements, bounded by their callers' limits.
"""

from __future__ import annotations

import json
from typing import Any

from peewee import DatabaseError, fn

from quotes_api.storage.backend import is_postgres
from quotes_api.storage.base import database_proxy, tuples
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from quotes_api.storage.records import DOCUMENT_REF_FIELDS, run
from quotes_api.storage.search import newest_matches
from quotes_api.storage.speakers import slugify, speakers_named


def speakers_called(name_or_slug: str) -> list[Speaker]:
    """Speakers with quotes a claim names: by slug, by the slug of the name, by name, then by
    alias (any case)."""
    text = " ".join(name_or_slug.split())
    if not text:
        return []
    quoted = Speaker.select().where(Speaker.quote_count > 0)
    slugs = {text.lower(), slugify(text)} - {""}
    found = list(quoted.where(Speaker.slug.in_(list(slugs))))
    if not found:
        found = list(quoted.where(fn.LOWER(Speaker.name) == text.lower()))
    if not found:
        needle = json.dumps(text.lower(), ensure_ascii=False)  # a whole alias inside the JSON list
        found = list(quoted.where(fn.LOWER(Speaker.aliases).contains(needle)).limit(10))
    if not found:
        found = speakers_named(text)
    return found


def quotes_with_references(ids: list[int]) -> list[Quote]:
    """The quotes ``ids``, their documents carrying the reference columns only."""
    if not ids:
        return []
    return list(Quote.select(Quote, *DOCUMENT_REF_FIELDS).join(Document).where(Quote.id.in_(ids)))


def newest_matching_texts(query: str, scan: int) -> dict[int, str]:
    """``{id: text}`` of the newest ``scan`` quotes matching the full-text ``query``, newest first."""
    return _texts(
        Quote.select(Quote.id, Quote.text)
        .where(Quote.id.in_(newest_matches(query, scan)))
        .order_by(Quote.id.desc())
    )


def newest_texts_of(speaker_id: int, limit: int) -> dict[int, str]:
    """``{id: text}`` of a speaker's newest ``limit`` quotes, read along index (speaker,
    published, quote)."""
    return _texts(
        Quote.select(Quote.id, Quote.text)
        .join(QuoteSpeaker, on=(QuoteSpeaker.quote == Quote.id))
        .where(QuoteSpeaker.speaker == speaker_id)
        .order_by(QuoteSpeaker.published.desc(), QuoteSpeaker.quote.desc())
        .limit(limit)
    )


def _texts(query: Any) -> dict[int, str]:
    """``{id: text}`` of a two-column select, read in one go: a thousand rows through peewee's
    row-by-row cursor wrapper cost more than the statement itself."""
    return dict(run(*query.sql()))


def recent_quotes(speaker_ids: list[int], limit: int) -> list[Quote]:
    """The speakers' latest ``limit`` quotes with their documents, read along index (speaker,
    published, quote)."""
    ids = (
        QuoteSpeaker.select(QuoteSpeaker.quote)
        .where(QuoteSpeaker.speaker.in_(speaker_ids))
        .order_by(QuoteSpeaker.published.desc(), QuoteSpeaker.quote.desc())
        .limit(limit)
    )
    return list(Quote.select(Quote, Document).join(Document).where(Quote.id.in_(ids)))


def quotes_containing(needle: str, limit: int, timeout_ms: int) -> list[Quote]:
    """Up to ``limit`` quotes whose text holds ``needle`` (any case), by a scan of quote texts
    that PostgreSQL cuts off after ``timeout_ms``: then, nothing. Only PostgreSQL needs it (its
    index drops stop words); elsewhere the answer is empty."""
    db = database_proxy.obj
    if not is_postgres(db):
        return []
    query = (
        Quote.select(Quote, Document).join(Document).where(fn.LOWER(Quote.text).contains(needle)).limit(limit)
    )
    try:
        with db.atomic():
            db.execute_sql(f"SET LOCAL statement_timeout = {int(timeout_ms)}")
            return list(query)
    except DatabaseError:  # cancelled by the timeout
        return []


def documents_of(quotes: list[Quote]) -> None:
    """Give ``quotes`` their whole documents (the text, for the context around them)."""
    ids = {q.document_id for q in quotes}
    if not ids:
        return
    documents = {d.id: d for d in Document.select().where(Document.id.in_(list(ids)))}
    for quote in quotes:
        quote.document = documents[quote.document_id]


def speaker_ids_of(quote_ids: list[int]) -> dict[int, set[int]]:
    """``{quote id: ids of its speakers}``."""
    out: dict[int, set[int]] = {}
    if not quote_ids:
        return out
    rows = QuoteSpeaker.select(QuoteSpeaker.quote, QuoteSpeaker.speaker).where(
        QuoteSpeaker.quote.in_(quote_ids)
    )
    for quote_id, speaker_id in tuples(rows):
        out.setdefault(quote_id, set()).add(speaker_id)
    return out
