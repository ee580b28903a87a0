"""The quote database: peewee models, SQLite by default, PostgreSQL by ``DATABASE_URL``.

The public API, everything the CLI and the REST API need (the rest is internal):

* :func:`connect` - open ``DATABASE_URL`` (or a given URL), bind the models, run migrations;
  :func:`database_from_url` and :func:`init_db` are its two halves;
* the models :class:`Document`, :class:`Speaker`, :class:`Quote`, :class:`QuoteSpeaker`
  (see :mod:`quotes_api.storage.models` for the indexes each list query can use);
* :func:`ingest_documents` - bulk, idempotent ingestion, returning an :class:`IngestSummary`;
* :func:`store_document` / :func:`delete_document` - one document, for ``POST``/``DELETE``;
* :func:`search_quotes` - ranked full-text search with highlights; :func:`text_filter` - the
  same match as a ``WHERE`` condition to combine with other filters;
* :func:`stats` - counts; :class:`InvalidDocument` - the error for unstorable input.
"""

from quotes_api.storage.backend import is_postgres
from quotes_api.storage.base import database_proxy
from quotes_api.storage.db import connect, database_from_url, database_url, init_db
from quotes_api.storage.documents import delete_document, stats, store_document
from quotes_api.storage.ingest import IngestSummary, ingest_documents
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from quotes_api.storage.search import SearchHit, SearchPage, parse_query, search_quotes, text_filter
from quotes_api.storage.writer import InvalidDocument

__all__ = [
    "Document",
    "IngestSummary",
    "InvalidDocument",
    "Quote",
    "QuoteSpeaker",
    "SearchHit",
    "SearchPage",
    "Speaker",
    "connect",
    "database_from_url",
    "database_proxy",
    "database_url",
    "delete_document",
    "ingest_documents",
    "init_db",
    "is_postgres",
    "parse_query",
    "search_quotes",
    "stats",
    "store_document",
    "text_filter",
]
