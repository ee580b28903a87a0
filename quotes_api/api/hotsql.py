"""The statements of the busiest reads, written out once, their rows read as light records.

A speaker's page of quotes is the most requested list. Built with peewee, its three statements
(the speaker, the page, the page's speakers) cost more to compose and to turn into model
instances than to run: about two thirds of the request at a million quotes, against well
under a millisecond in SQLite. Here the SQL text is fixed (only the backend's placeholder
and the number of ids vary, so each text is built once per process) and rows become
``slots`` records with the attributes :mod:`quotes_api.api.serialize` reads, so the served
shape still has one definition.

The statements are those peewee wrote for :class:`quotes_api.api.queries.DatedQuotes` (same
joins, order and index range); ``tests/storage/test_query_plans.py`` checks their plans like
every other list statement, since they go through the database's ``execute_sql`` (and its
statement log) too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from peewee import Database

from quotes_api.storage.models import database_proxy


@dataclass(slots=True)
class SpeakerRow:
    """A speaker as a list shows it (and, from :func:`find_speaker`, their quote count)."""

    id: int
    slug: str
    name: str
    kind: str
    quote_count: int = 0


@dataclass(slots=True)
class DocumentRow:
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
    document: DocumentRow
    text: str
    start: int
    end: int
    mention: str | None
    cue: str | None
    confidence: float
    paragraph: int
    group: int
    part: int

    @property
    def document_id(self) -> int:
        return self.document.id


def _datetime(value: Any) -> dt.datetime | None:
    # SQLite hands DATETIME columns back as text (peewee's DateTimeField parses them the same way).
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


_QUOTE_COLUMNS = (
    '"q"."id", "q"."text", "q"."start_offset", "q"."end_offset", "q"."mention", "q"."cue", '
    '"q"."confidence", "q"."paragraph", "q"."group_position", "q"."part", '
    '"d"."id", "d"."title", "d"."url", "d"."source", "d"."author", "d"."published", "d"."external_id"'
)


def _quote_row(row: tuple) -> QuoteRow:
    qid, text, start, end, mention, cue, confidence, paragraph, group, part, *doc = row
    document = DocumentRow(doc[0], doc[1], doc[2], doc[3], doc[4], _datetime(doc[5]), doc[6])
    return QuoteRow(qid, document, text, start, end, mention, cue, confidence, paragraph, group, part)


@lru_cache(maxsize=8)
def _speaker_sql(param: str) -> str:
    return (
        'SELECT "s"."id", "s"."slug", "s"."name", "s"."kind", "s"."quote_count" FROM "speaker" AS "s" '
        f'WHERE "s"."slug" = {param} AND "s"."quote_count" > 0 LIMIT 1'
    )


@lru_cache(maxsize=8)
def _dated_page_sql(param: str, descending: bool) -> str:
    # Along index quote_speaker (speaker_id, published, quote_id), backwards for newest first;
    # quotes of one date in document order, as DatedQuotes orders them.
    direction = "DESC" if descending else "ASC"
    return (
        f'SELECT {_QUOTE_COLUMNS} FROM "quote_speaker" AS "qs" '
        'INNER JOIN "quote" AS "q" ON ("qs"."quote_id" = "q"."id") '
        'INNER JOIN "document" AS "d" ON ("q"."document_id" = "d"."id") '
        f'WHERE "qs"."speaker_id" = {param} AND "qs"."published" IS NOT NULL '
        f'ORDER BY "qs"."published" {direction}, "q"."document_id", "q"."position", "q"."id" '
        f"LIMIT {param} OFFSET {param}"
    )


@lru_cache(maxsize=64)
def _speakers_of_sql(param: str, n: int) -> str:
    marks = ", ".join([param] * n)
    return (
        'SELECT "qs"."quote_id", "s"."id", "s"."slug", "s"."name", "s"."kind" FROM "quote_speaker" AS "qs" '
        'INNER JOIN "speaker" AS "s" ON ("qs"."speaker_id" = "s"."id") '
        f'WHERE "qs"."quote_id" IN ({marks}) ORDER BY "qs"."quote_id", "qs"."position"'
    )


def _db() -> Database:
    return database_proxy.obj


def find_speaker(slug: str) -> SpeakerRow | None:
    """The speaker with ``slug`` who still has quotes (as ``queries.find_speaker``, lighter)."""
    db = _db()
    row = db.execute_sql(_speaker_sql(db.param), (slug,)).fetchone()
    return SpeakerRow(*row) if row else None


def dated_speaker_page(speaker_id: int, limit: int, offset: int, *, descending: bool) -> list[QuoteRow]:
    """One page of a speaker's dated quotes, newest (or oldest) first."""
    db = _db()
    cursor = db.execute_sql(_dated_page_sql(db.param, descending), (speaker_id, limit, offset))
    return [_quote_row(row) for row in cursor.fetchall()]


def speakers_of(quote_ids: list[int]) -> dict[int, list[SpeakerRow]]:
    """Each quote's speakers in the order the text named them (one statement for a page)."""
    if not quote_ids:
        return {}
    db = _db()
    out: dict[int, list[SpeakerRow]] = {qid: [] for qid in quote_ids}
    cursor = db.execute_sql(_speakers_of_sql(db.param, len(quote_ids)), list(quote_ids))
    for quote_id, speaker_id, slug, name, kind in cursor.fetchall():
        out[quote_id].append(SpeakerRow(speaker_id, slug, name, kind))
    return out
