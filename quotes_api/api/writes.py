"""Storing, deleting and bulk-loading documents on behalf of the API: thin adapters over storage.

The storage layer owns the write path (validation, content-hash identity, one transaction a
document); these functions only translate the API's request shapes to its calls.
"""

from __future__ import annotations

from typing import Any

from quotes_api.storage.documents import delete_document as _delete
from quotes_api.storage.documents import store_document as _store
from quotes_api.storage.writer import InvalidDocument


def store_document(body: dict[str, Any]) -> tuple[int, bool]:
    """Store the posted document unless the same text is stored; returns ``(id, created)``.

    Raises :class:`quotes_api.storage.writer.InvalidDocument` for what storage refuses.
    """
    fields = {k: body.get(k) for k in ("title", "url", "source", "author", "published", "external_id")}
    text: Any = body.get("text")  # storage checks it (prepare), refusing what is not a string
    if body.get("html") is not None:
        text, fields = _from_page(body["html"], fields)
    document, created = _store(text, **fields)
    return document.id, created


def _from_page(html: str, given: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A posted page's article text, and its metadata with the values given in the request
    winning. Only the page is read: its ``url`` is never fetched."""
    from quotes_api.articles import NoArticle, article_from_html

    try:
        article = article_from_html(html, url=given.get("url"))
    except NoArticle as exc:
        raise InvalidDocument(f"html: {exc}") from None
    return article.text, {**given, **{k: v for k, v in article.metadata.items() if given.get(k) is None}}


def delete_document(document_id: int) -> bool:
    """Delete a document and its quotes (speakers left with none go too); False if absent."""
    return _delete(document_id)


def load_paths(paths: list[str]) -> dict[str, int]:
    """Store every document under ``paths`` not stored yet (``quotes-api serve --load``).

    Idempotent by content hash, exactly as ``quotes-api ingest``; unreadable inputs are
    counted as failed, never fatal. Needs the database bound (``quotes_api.storage.connect``).
    """
    from quotes_api.sources import read_documents
    from quotes_api.storage.ingest import ingest_documents

    return ingest_documents(read_documents(paths, recursive=True)).to_dict()
