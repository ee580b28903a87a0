"""Storing and deleting single documents, idempotency, and validation of what comes in."""

from __future__ import annotations

import datetime as dt

import pytest

from quotes_api.storage import InvalidDocument, delete_document, ingest_documents, stats, store_document
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from quotes_api.storage.search import search_quotes
from quotes_api.storage.writer import write_batch
from tests.support.documents import doc_with_quotes, news_text, person


def test_store_document_twice_stores_once(db):
    doc, created = store_document(news_text(1), title="One", published="2023-10-26T09:30:00+02:00")
    again, created_again = store_document(news_text(1), title="Other title")
    assert created and not created_again
    assert again.id == doc.id
    assert Document.select().count() == 1
    assert doc.published == dt.datetime(2023, 10, 26, 7, 30)  # naive UTC
    assert doc.title == "One"


def test_ingest_is_idempotent(db):
    docs = [{"id": str(i), "text": news_text(i)} for i in range(30)] + [{"text": news_text(3)}]
    first = ingest_documents(docs, batch_size=7)
    counts = stats()
    second = ingest_documents(docs, batch_size=5)
    assert (first.new, first.existing, first.failed) == (30, 1, 0)
    assert (second.new, second.existing, second.quotes) == (0, 31, 0)
    assert stats() == counts


@pytest.mark.parametrize(
    "record, message",
    [
        ({"text": ""}, "empty text"),
        ({"text": "  \n\t "}, "empty text"),
        ({"text": "a\x00b"}, "NUL"),
        ({"text": "lone \ud800 surrogate"}, "surrogate"),
        ({"text": "fine", "published": "last Tuesday"}, "ISO 8601"),
        ({"text": "fine", "title": {"nested": 1}}, "title"),
        ({"text": 42}, "string"),
    ],
)
def test_invalid_documents_are_reported_and_skipped(db, record, message):
    summary = ingest_documents([{"text": news_text(1)}, record, {"text": news_text(2)}])
    assert (summary.new, summary.failed) == (2, 1)
    assert message in summary.errors[0]
    with pytest.raises(InvalidDocument):
        store_document(record["text"], **{k: v for k, v in record.items() if k in ("title", "published")})


def test_delete_document_removes_quotes_and_orphan_speakers(db):
    a = doc_with_quotes('"Bridges matter," said Ana Lopez.', [("Bridges matter,", [person("Ana Lopez")])])
    b = doc_with_quotes(
        '"Ferries matter," said Ana Lopez. "Roads," said Tom Reed.',
        [("Ferries matter,", [person("Ana Lopez")]), ("Roads,", [person("Tom Reed")])],
    )
    result = write_batch(db, [a, b])
    b_id = result.new[b.content_hash]
    assert search_quotes("ferries").total == 1
    assert delete_document(b_id)
    assert not delete_document(b_id)
    assert [(s.slug, s.quote_count) for s in Speaker.select()] == [("ana-lopez", 1)]
    assert Quote.select().count() == 1 and QuoteSpeaker.select().count() == 1
    assert search_quotes("ferries").total == 0
    assert search_quotes("bridges").total == 1


def test_published_date_is_copied_for_index_only_sorting(db):
    doc = doc_with_quotes('"Yes," said Ana Lopez.', [("Yes,", [person("Ana Lopez")])], published="2024-02-03")
    write_batch(db, [doc])
    assert Quote.get().published == dt.datetime(2024, 2, 3)
    assert QuoteSpeaker.get().published == dt.datetime(2024, 2, 3)
