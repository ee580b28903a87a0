"""How each backend finds, ranks and marks the matches of a search: SQLite's FTS5 index
``quote_fts`` with bm25 and highlight(), PostgreSQL's tsvector column with ts_rank_cd and
ts_headline. :func:`quotes_api.storage.search.search_quotes` drives them.

A page's quotes are read as light records (:class:`~quotes_api.storage.records.QuoteRow`) by
statements composed once per page size, and the engines' marks come back as offsets
(:attr:`SearchHit.spans`), never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peewee import SQL, Expression, Field, ModelSelect, Select, fn
from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from quotes_api.storage.base import database_proxy
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from quotes_api.storage.records import (
    DOCUMENT_REF_FIELDS,
    QUOTE_ROW_FIELDS,
    QuoteRow,
    quote_row,
    run,
    statement,
)
from quotes_api.storage.search_text import START, STOP, ParsedQuery, spans_in, unmarked

# PostgreSQL's tsvector column, generated from quote.text (migration 0001). Bound to Quote
# without being one of its fields, so it renders with the query's table alias but is never
# selected or inserted.
SEARCH_COLUMN = Field(column_name="search")
SEARCH_COLUMN.bind(Quote, "search", set_attribute=False)
#: English stemming without dropping stop words (migration m0007), like SQLite's FTS5 index.
SEARCH_CONFIG = SQL("'quotes_search'")


class QuoteFTS(FTS5Model):
    """SQLite's external-content FTS5 index of ``quote.text`` (rowid = quote id; migration 0001)."""

    rowid = RowIDField()
    text = SearchField()

    class Meta:
        database = database_proxy
        table_name = "quote_fts"


#: The in-memory FTS5 table that marks a page's matches on SQLite, and its tokenizer (that of
#: ``quote_fts``, migration 0001, so that the same words match).
_SCRATCH = "quote_fts_page"
_TOKENIZE = "'porter unicode61 remove_diacritics 2'"


@dataclass
class SearchHit:
    """One ranked result: the quote (a light record, with its document's reference columns), its
    score, and where the query's words are in it.

    ``score`` is higher for better matches (bm25 on SQLite, ts_rank_cd on PostgreSQL; the two
    scales differ). ``spans`` are the matches as ``(start, end)`` code-point offsets into
    ``quote.text``, in order; the API and the web pages mark them (HTML is theirs to write).
    """

    quote: QuoteRow
    score: float
    spans: list[tuple[int, int]] = field(default_factory=list)


class SQLiteSearch:
    """FTS5: ``quote_fts`` rowids are quote ids; bm25 and highlight() are its auxiliary functions."""

    def __init__(self, parsed: ParsedQuery) -> None:
        self.query = parsed.to_fts5()
        self.match = QuoteFTS.match(self.query)
        self.id = QuoteFTS.rowid

    def matches(self, conditions: list[Expression], speaker_id: int | None) -> ModelSelect[Any]:
        # FTS5's auxiliary functions take the table's hidden column of the same name.
        query = QuoteFTS.select(QuoteFTS.rowid, (fn.bm25(QuoteFTS._meta.entity) * -1).alias("score"))
        query = query.where(self.match)
        if conditions:
            query = query.join(Quote, on=(Quote.id == QuoteFTS.rowid)).where(*conditions)
        if speaker_id is not None:
            query = _sqlite_speaker_filter(query, speaker_id)
        return query

    def select_ranked(self, window: ModelSelect[Any]) -> Select:
        inner = window.alias("w")
        return inner.select_from(inner.c.rowid.alias("id"), inner.c.score)

    def hits(self, ranked: list[tuple[int, float]]) -> list[SearchHit]:
        """The page's quotes, marked by FTS5's highlight() in a scratch in-memory FTS5 table.

        highlight() on ``quote_fts`` itself would re-run the whole query for each row (tens of
        milliseconds for a phrase of common words at a million quotes); the same tokenizer
        over just the page's texts marks the same words in well under a millisecond.
        """
        if not ranked:
            return []
        by_id = _quotes_by_id([quote_id for quote_id, _ in ranked])
        db = database_proxy.obj
        # Autocommit statements on the temp schema only: no lock is taken on the database file.
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SCRATCH} USING fts5(text, tokenize={_TOKENIZE})"
        )
        db.execute_sql(f"DELETE FROM temp.{_SCRATCH}")
        values = [(row.id, unmarked(row.text)) for row in by_id.values()]
        db.execute_sql(
            f"INSERT INTO temp.{_SCRATCH}(rowid, text) VALUES " + ", ".join("(?, ?)" for _ in values),
            [v for pair in values for v in pair],
        )
        cursor = db.execute_sql(
            f"SELECT rowid, highlight({_SCRATCH}, 0, ?, ?) FROM temp.{_SCRATCH} WHERE {_SCRATCH} MATCH ?",
            (START, STOP, self.query),
        )
        return _in_order(by_id, ranked, dict(cursor.fetchall()))


#: A speaker with at most this many quotes is searched by looking each of their quotes up in
#: the FTS index (about 70 µs each at a million quotes); anyone more quoted by walking the
#: matches and checking each against the speaker (about 0.4 µs a match). SQLite's planner
#: knows neither cost and, left alone, looks up every quote of the speaker.
FEW_QUOTES = 100


def _sqlite_speaker_filter(query: ModelSelect[Any], speaker_id: int) -> ModelSelect[Any]:
    quote_count = Speaker.select(Speaker.quote_count).where(Speaker.id == speaker_id).scalar() or 0
    if quote_count <= FEW_QUOTES:
        return query.join_from(
            QuoteFTS,
            QuoteSpeaker,
            on=((QuoteSpeaker.quote == QuoteFTS.rowid) & (QuoteSpeaker.speaker == speaker_id)),
        )
    link = QuoteSpeaker.alias("said")
    said = link.select(SQL("1")).where((link.quote == QuoteFTS.rowid) & (link.speaker == speaker_id))
    return query.where(fn.EXISTS(said))


class PostgresSearch:
    """tsvector column ``quote.search`` with a GIN index; ts_rank_cd and ts_headline."""

    def __init__(self, parsed: ParsedQuery) -> None:
        self.websearch = parsed.to_websearch()
        self.tsquery = fn.websearch_to_tsquery(SEARCH_CONFIG, self.websearch)
        self.id = Quote.id

    def matches(self, conditions: list[Expression], speaker_id: int | None) -> ModelSelect[Any]:
        score = fn.ts_rank_cd(SEARCH_COLUMN, self.tsquery)
        if speaker_id is not None:
            said = QuoteSpeaker.select(QuoteSpeaker.quote).where(QuoteSpeaker.speaker == speaker_id)
            conditions = [*conditions, Quote.id.in_(said)]
        return Quote.select(Quote.id, score.alias("score")).where(
            Expression(SEARCH_COLUMN, "@@", self.tsquery), *conditions
        )

    def select_ranked(self, window: ModelSelect[Any]) -> Select:
        inner = window.alias("w")
        return inner.select_from(inner.c.id, inner.c.score)

    def hits(self, ranked: list[tuple[int, float]]) -> list[SearchHit]:
        if not ranked:
            return []
        ids = [quote_id for quote_id, _ in ranked]
        sql = statement(_marked_page, len(ids))
        rows = run(sql, [START + STOP, "", self.websearch, _HEADLINE_OPTIONS, *ids])
        # Each row: the light record's columns, then the text as ts_headline marked it.
        by_id = {row[0]: quote_row(row[:-1]) for row in rows}
        return _in_order(by_id, ranked, {row[0]: row[-1] for row in rows})


_HEADLINE_OPTIONS = f"StartSel={START}, StopSel={STOP}, HighlightAll=true"


def _marked_page(n: int) -> tuple[ModelSelect[Any], list[Any]]:
    # :func:`_page` with each text as ts_headline marked it; the search words are a parameter
    # too, so the statement is still composed once per page size.
    query, ids = _page(n)
    tsquery = fn.websearch_to_tsquery(SEARCH_CONFIG, "?")
    unmarked = fn.translate(Quote.text, START + STOP, "")
    marked = fn.ts_headline(SEARCH_CONFIG, unmarked, tsquery, _HEADLINE_OPTIONS)
    return query.select_extend(marked), [START + STOP, "", "?", _HEADLINE_OPTIONS, *ids]


def _page(n: int) -> tuple[ModelSelect[Any], list[Any]]:
    # A page of light records by id, the ids as parameters.
    ids = [-1 - i for i in range(n)]
    query = Quote.select(*QUOTE_ROW_FIELDS, *DOCUMENT_REF_FIELDS).join(Document).where(Quote.id.in_(ids))
    return query, ids


def _quotes_by_id(ids: list[int]) -> dict[int, QuoteRow]:
    """A page's quotes as light records, by id (the statement composed once per page size)."""
    rows = (quote_row(row) for row in run(statement(_page, len(ids)), ids))
    return {row.id: row for row in rows}


def _in_order(
    by_id: dict[int, QuoteRow], ranked: list[tuple[int, float]], marked: dict[int, str | None] | None = None
) -> list[SearchHit]:
    """Hits in ``ranked`` order, their spans read from the ``marked`` text of each quote."""
    marked = marked or {}
    return [
        SearchHit(by_id[quote_id], score, spans_in(by_id[quote_id].text, marked.get(quote_id)))
        for quote_id, score in ranked
        if quote_id in by_id
    ]


def plain_hits(ranked: list[tuple[int, float]]) -> list[SearchHit]:
    if not ranked:
        return []
    return _in_order(_quotes_by_id([quote_id for quote_id, _ in ranked]), ranked)
