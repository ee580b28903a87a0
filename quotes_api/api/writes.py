"""Storing and deleting one document on behalf of the API.

Built on the storage layer's write path (:mod:`quotes_api.storage.writer`): the same
validation, content-hash identity and all-or-nothing transaction as ``quotes-api ingest``, so a
document posted to the API and the same text ingested from a file are one document.
"""

from __future__ import annotations

from typing import Any

from peewee import fn

from quotes_api.extraction import extract
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker, database_proxy
from quotes_api.storage.writer import content_hash, prepare, write_batch


def store_document(body: dict[str, Any]) -> tuple[int, bool]:
    """Store the posted document unless the same text is stored; returns ``(id, created)``.

    Raises :class:`quotes_api.storage.writer.InvalidDocument` for text or metadata the
    storage layer refuses.
    """
    existing = Document.get_or_none(Document.content_hash == content_hash(body["text"]))
    if existing is not None:
        return existing.id, False
    meta = {k: body.get(k) for k in ("title", "url", "source", "published")}
    prepared = prepare(body["text"], meta, external_id=body.get("external_id"), origin="api")
    prepared.quotes = extract(prepared.text)
    result = write_batch(database_proxy.obj, [prepared])
    if prepared.content_hash in result.new:
        return result.new[prepared.content_hash], True
    # Another request stored the same text between our check and our write.
    return Document.get(Document.content_hash == prepared.content_hash).id, False


def delete_document(document_id: int) -> bool:
    """Delete a document, its quotes and their speaker links; speakers left with none go too.

    One transaction, so readers see the document either whole or gone. Returns False when
    there was no such document.
    """
    db = database_proxy.obj
    with db.atomic():
        if Document.get_or_none(Document.id == document_id) is None:
            return False
        quote_ids = Quote.select(Quote.id).where(Quote.document == document_id)
        counts = list(
            QuoteSpeaker.select(QuoteSpeaker.speaker, fn.COUNT(QuoteSpeaker.quote))
            .where(QuoteSpeaker.quote.in_(quote_ids))
            .group_by(QuoteSpeaker.speaker)
            .tuples()
        )
        QuoteSpeaker.delete().where(QuoteSpeaker.quote.in_(quote_ids)).execute()
        Quote.delete().where(Quote.document == document_id).execute()
        for speaker_id, n in counts:
            Speaker.update(quote_count=Speaker.quote_count - n).where(Speaker.id == speaker_id).execute()
        touched = [sid for sid, _ in counts]
        if touched:
            Speaker.delete().where(Speaker.id.in_(touched) & (Speaker.quote_count <= 0)).execute()
        Speaker.delete().where(Speaker.document == document_id).execute()
        Document.delete().where(Document.id == document_id).execute()
    return True


def load_paths(paths: list[str], *, batch_size: int = 200) -> dict[str, int]:
    """Store every document under ``paths`` (files, folders, JSONL) that is not stored yet.

    Used by ``quotes-api serve --load`` so one command brings up a populated API. Idempotent
    by content hash, like ``quotes-api ingest``; unreadable inputs are counted, not fatal.
    Needs the database bound (``quotes_api.storage.db.connect``).
    """
    from quotes_api.sources import SourceError, read_documents
    from quotes_api.storage.writer import InvalidDocument

    summary = {"new": 0, "existing": 0, "failed": 0, "quotes": 0}
    batch = []

    def flush() -> None:
        result = write_batch(database_proxy.obj, batch)
        summary["new"] += len(result.new)
        summary["existing"] += result.existing
        summary["quotes"] += result.quotes
        batch.clear()

    for item in read_documents(paths, recursive=True):
        if isinstance(item, SourceError):
            summary["failed"] += 1
            continue
        try:
            prepared = prepare(item.text, item.metadata, external_id=item.id, origin=item.origin)
        except InvalidDocument:
            summary["failed"] += 1
            continue
        prepared.quotes = extract(prepared.text)
        batch.append(prepared)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return summary
