"""One-document operations for the API: store (with extraction), delete, and database counts.

They work on the database the models are bound to (see :func:`quotes_api.storage.connect`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from quotes_api.extraction import extract
from quotes_api.storage.base import database_proxy, tuples
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from quotes_api.storage.retry import retrying, write_lock
from quotes_api.storage.writer import InvalidDocument, prepare, write_batch

__all__ = ["InvalidDocument", "delete_document", "stats", "store_document"]


def store_document(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    author: str | None = None,
    published: str | dt.date | dt.datetime | None = None,
    external_id: str | None = None,
) -> tuple[Document, bool]:
    """Store ``text`` with its extracted quotes; returns ``(document, created)``.

    When the same text is already stored, nothing changes and the stored document comes back
    with ``created=False`` (the API answers 200 instead of 201). Raises
    :class:`~quotes_api.storage.writer.InvalidDocument` for empty text, NUL characters or a
    published value that is not an ISO 8601 date; the message is fit to show to a client.
    """
    meta = {"title": title, "url": url, "source": source, "author": author, "published": published}
    doc = prepare(text, meta, external_id=external_id)
    existing = Document.get_or_none(Document.content_hash == doc.content_hash)
    if existing is not None:
        return existing, False
    doc.quotes = extract(doc.text)
    result = write_batch(database_proxy, [doc])
    stored = Document.get(Document.content_hash == doc.content_hash)
    return stored, doc.content_hash in result.new


def delete_document(document_id: int) -> bool:
    """Delete a document with its quotes; speakers left with no quotes are deleted too.

    Returns False when there is no such document. Speaker ``quote_count`` is kept exact.
    Takes the write lock, and is retried on a busy database, as every write is.
    """
    return retrying(database_proxy, lambda: _delete_once(document_id))


def _delete_once(document_id: int) -> bool:
    with database_proxy.atomic():
        write_lock(database_proxy)
        if not Document.select().where(Document.id == document_id).exists():
            return False
        quote_ids = Quote.select(Quote.id).where(Quote.document == document_id)
        counts = tuples(
            QuoteSpeaker.select(QuoteSpeaker.speaker, fn.COUNT(QuoteSpeaker.quote).alias("n"))
            .where(QuoteSpeaker.quote.in_(quote_ids))
            .group_by(QuoteSpeaker.speaker)
        )
        touched: list[int] = []
        for speaker_id, n in list(counts):
            touched.append(speaker_id)
            Speaker.update(quote_count=Speaker.quote_count - n).where(Speaker.id == speaker_id).execute()
        QuoteSpeaker.delete().where(QuoteSpeaker.quote.in_(quote_ids)).execute()
        Quote.delete().where(Quote.document == document_id).execute()
        Speaker.delete().where(Speaker.document == document_id).execute()
        if touched:
            Speaker.delete().where(Speaker.id.in_(touched) & (Speaker.quote_count <= 0)).execute()
        Document.delete().where(Document.id == document_id).execute()
    return True


def stats() -> dict[str, Any]:
    """Counts for ``quotes-api stats``: documents, quotes, speakers (total and by kind)."""
    by_kind = dict(tuples(Speaker.select(Speaker.kind, fn.COUNT(Speaker.id)).group_by(Speaker.kind)))
    return {
        "documents": Document.select().count(),
        "quotes": Quote.select().count(),
        "speakers": sum(by_kind.values()),
        "speakers_by_kind": {k: by_kind.get(k, 0) for k in ("person", "organisation", "group", "unnamed")},
    }
