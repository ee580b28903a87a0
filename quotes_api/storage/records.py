"""Light records for the busiest reads, and the statements behind them composed once.

A speaker's page of quotes is the most requested list. Built with peewee on every request, its
statements (the speaker, the page, the page's speakers) cost more to compose and to turn into
model instances than to run: about two thirds of the request at a million quotes, against well
under a millisecond in SQLite. So these statements are still written with peewee, from the
models (their tables, columns and joins cannot drift from the schema), but turned into SQL
text once per database class (:func:`statement`), and their rows are read into ``slots``
records (:class:`SpeakerRow`, :class:`QuoteRow`) with the attributes the serialisers read of
models. They go through the database's ``execute_sql`` like any other statement, so
``tests/storage/test_query_plans.py`` checks their plans too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from peewee import Database, Query

from quotes_api.storage.base import database_proxy
from quotes_api.storage.models import Document, Quote

#: Document columns a quote in a list shows: all but the text (a page of quotes would read
#: twenty whole articles to show their titles).
DOCUMENT_REF_FIELDS = (
    Document.id,
    Document.title,
    Document.url,
    Document.source,
    Document.author,
    Document.published,
    Document.external_id,
)
#: Quote columns a quote in a list shows, in :class:`QuoteRow`'s order.
QUOTE_ROW_FIELDS = (
    Quote.id,
    Quote.text,
    Quote.start,
    Quote.end,
    Quote.mention,
    Quote.cue,
    Quote.confidence,
    Quote.paragraph,
    Quote.group,
    Quote.part,
)


def as_datetime(value: Any) -> dt.datetime | None:
    """A date column's value as a datetime: SQLite hands back raw and aggregated DATETIME
    values as text (peewee's DateTimeField parses them the same way), PostgreSQL as datetimes."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def utc_iso(value: Any) -> str | None:
    """A date as the API and the exports write it: a naive UTC datetime (as the database holds
    them) as ISO 8601 to the second with ``Z``; None stays None, anything else is its text.

    >>> utc_iso(dt.datetime(2024, 5, 1, 9, 30, 5, 250)), utc_iso(None), utc_iso("2024-05-01")
    ('2024-05-01T09:30:05Z', None, '2024-05-01')
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
    return str(value)


@dataclass(slots=True)
class SpeakerRow:
    """A speaker as a quote shows them (and, from ``find_speaker``, their quote count)."""

    id: int
    slug: str
    name: str
    kind: str
    wikidata: str | None = None
    quote_count: int = 0


@dataclass(slots=True)
class DocumentRow:
    """A document reference: :data:`DOCUMENT_REF_FIELDS`."""

    id: int
    title: str | None
    url: str | None
    source: str | None
    author: str | None
    published: dt.datetime | None
    external_id: str | None


@dataclass(slots=True)
class QuoteRow:
    """A quote with its document reference: what ``serialize.quote_item`` reads of a Quote."""

    id: int
    text: str
    start: int
    end: int
    mention: str | None
    cue: str | None
    confidence: float
    paragraph: int
    group: int
    part: int
    document: DocumentRow

    @property
    def document_id(self) -> int:
        return self.document.id


def quote_row(row: Sequence[Any]) -> QuoteRow:
    """A row of :data:`QUOTE_ROW_FIELDS` followed by :data:`DOCUMENT_REF_FIELDS`."""
    qid, text, start, end, mention, cue, confidence, paragraph, group, part, *doc = row
    document = DocumentRow(doc[0], doc[1], doc[2], doc[3], doc[4], as_datetime(doc[5]), doc[6])
    return QuoteRow(qid, text, start, end, mention, cue, confidence, paragraph, group, part, document)


def database() -> Database:
    """The database the models are bound to."""
    bound: Database = database_proxy.obj
    return bound


#: A statement's builder: its query, written with stand-in values, and those values in order.
Builder = Callable[..., tuple[Query, list[Any]]]


def statement(build: Builder, *variant: Any) -> str:
    """The SQL text of ``build(*variant)`` for the bound database, composed once and kept.

    ``build`` writes its query with a parameter for each value that changes from call to call
    (ids, limits), so the text is the same for every call; callers pass the values in the
    order the query takes them (checked when the text is composed).
    """
    backend = type(database())
    return _statement(f"{backend.__module__}.{backend.__qualname__}", build, variant)


@lru_cache(maxsize=256)
def _statement(_backend: str, build: Builder, variant: tuple[Any, ...]) -> str:
    # Keyed by the database's class: its placeholder and quoting shape the text.
    query, expected = build(*variant)
    sql, params = query.sql()
    if list(params) != list(expected):  # a query that takes its values in another order
        raise AssertionError(f"{build.__name__}: parameters {params!r}, expected {expected!r}")
    return sql


def run(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """All rows of a composed statement."""
    rows: list[tuple[Any, ...]] = database().execute_sql(sql, params).fetchall()
    return rows
