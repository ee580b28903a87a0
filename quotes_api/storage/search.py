"""Full-text search over quote text: one function for SQLite FTS5 and PostgreSQL tsvector/GIN.

What a person types is parsed into an always-valid query by :mod:`quotes_api.storage.search_text`
and rendered as an FTS5 query for SQLite or as ``websearch_to_tsquery`` input for PostgreSQL.

Both backends stem English words ("stabilise" finds "stabilising"). PostgreSQL also drops
English stop words ("the", "and"); SQLite requires them. A query with no searchable word
(only punctuation, or only exclusions) matches nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import SQL, ColumnBase, Expression, Field, ModelSelect, Select, fn
from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from quotes_api.storage.backend import is_postgres
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker, database_proxy
from quotes_api.storage.records import DOCUMENT_REF_FIELDS
from quotes_api.storage.search_text import START, STOP, ParsedQuery, parse_query, spans_in, unmarked

# PostgreSQL's tsvector column, generated from quote.text (migration 0001). Bound to Quote
# without being one of its fields, so it renders with the query's table alias but is never
# selected or inserted.
_SEARCH_COLUMN = Field(column_name="search")
_SEARCH_COLUMN.bind(Quote, "search", set_attribute=False)
#: English stemming without dropping stop words (migration m0007), like SQLite's FTS5 index.
_SEARCH_CONFIG = SQL("'quotes_search'")


class QuoteFTS(FTS5Model):
    """SQLite's external-content FTS5 index of ``quote.text`` (rowid = quote id; migration 0001)."""

    rowid = RowIDField()
    text = SearchField()

    class Meta:
        database = database_proxy
        table_name = "quote_fts"


def text_filter(query: str | ParsedQuery) -> ColumnBase:
    """A ``WHERE`` condition on :class:`Quote` for quotes matching ``query``.

    Composes with any other filter of a quote query (the API's lists, verify's candidates).
    An empty query gives a condition that is always false.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if not parsed:
        return SQL("1 = 0")
    if is_postgres(database_proxy.obj):
        tsquery = fn.websearch_to_tsquery(_SEARCH_CONFIG, parsed.to_websearch())
        return Expression(_SEARCH_COLUMN, "@@", tsquery)
    return Quote.id.in_(QuoteFTS.select(QuoteFTS.rowid).where(QuoteFTS.match(parsed.to_fts5())))


def newest_matches(query: str | ParsedQuery, limit: int) -> ModelSelect[Any]:
    """The ids of the ``limit`` most recently stored quotes matching ``query``, newest first,
    unranked (a select of one column, usable as a subquery; none for a query without words).

    A walk of the index that stops after ``limit`` matches. For callers that judge matches
    themselves (verify compares texts): ranking would cost far more, since bm25 and ts_rank_cd
    first count every match of each word in the whole index (their IDF), several
    milliseconds a common word at a million quotes, whatever the window.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if not parsed:
        return Quote.select(Quote.id).where(SQL("1 = 0"))
    if is_postgres(database_proxy.obj):
        tsquery = fn.websearch_to_tsquery(_SEARCH_CONFIG, parsed.to_websearch())
        return (
            Quote.select(Quote.id)
            .where(Expression(_SEARCH_COLUMN, "@@", tsquery))
            .order_by(Quote.id.desc())
            .limit(limit)
        )
    return (
        QuoteFTS.select(QuoteFTS.rowid)
        .where(QuoteFTS.match(parsed.to_fts5()))
        .order_by(QuoteFTS.rowid.desc())
        .limit(limit)
    )


#: Matches ranked by relevance, at most (about): the most recently stored ones. Ranking costs
#: about a microsecond per match (bm25 or ts_rank_cd must score every match before the best
#: can be picked), so a word found in a hundred thousand quotes would take a tenth of a
#: second; ranking a bounded window keeps any search in the tens of milliseconds at a
#: million quotes.
RANK_WINDOW = 5_000
#: The in-memory FTS5 table that marks a page's matches on SQLite, and its tokenizer (that of
#: ``quote_fts``, migration 0001, so that the same words match).
_SCRATCH = "quote_fts_page"
_TOKENIZE = "'porter unicode61 remove_diacritics 2'"


@dataclass
class SearchHit:
    """One ranked result: the quote (with ``quote.document`` loaded, but for its text), its
    score, and where the query's words are in it.

    ``score`` is higher for better matches (bm25 on SQLite, ts_rank_cd on PostgreSQL; the two
    scales differ). ``spans`` are the matches as ``(start, end)`` code-point offsets into
    ``quote.text``, in order; the API and the web pages mark them (HTML is theirs to write).
    """

    quote: Quote
    score: float
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class SearchPage:
    total: int
    hits: list[SearchHit]


def search_quotes(
    query: str,
    *,
    speaker_id: int | None = None,
    document_id: int | None = None,
    date_from: dt.datetime | None = None,
    date_to: dt.datetime | None = None,
    limit: int = 20,
    offset: int = 0,
    count: bool = True,
    highlight: bool = True,
    window: int = RANK_WINDOW,
) -> SearchPage:
    """Ranked full-text search: best match first (ties by quote id), with total count and highlights.

    With up to :data:`RANK_WINDOW` matches (almost every search) the order is best first.
    With more, about the :data:`RANK_WINDOW` most recently stored matches come first, best
    first, then the older matches, newest first (see :func:`_window_cutoff`). Either way the
    order is total, so pages never overlap or skip.

    ``date_from``/``date_to`` bound the document's published date (inclusive; pass datetimes
    in naive UTC). Any string is a valid ``query``; one with no words returns no hits.
    ``count=False`` skips counting the matches (``total`` is then -1); ``highlight=False``
    skips finding them in the text (``spans`` is then empty). ``window`` replaces
    :data:`RANK_WINDOW` for this search.
    """
    parsed = parse_query(query)
    if not parsed:
        return SearchPage(0, [])
    conditions = []
    if document_id is not None:
        conditions.append(Quote.document == document_id)
    if date_from is not None:
        conditions.append(Quote.published >= date_from)
    if date_to is not None:
        conditions.append(Quote.published <= date_to)
    engine = _Postgres(parsed) if is_postgres(database_proxy.obj) else _SQLite(parsed)
    matches = engine.matches(conditions, speaker_id)
    cutoff, probed = _window_cutoff(matches, engine.id, window)
    # With no cutoff the probe saw every match: its count is the total, no second walk needed.
    total = (probed if cutoff is None else matches.count()) if count else -1
    ranked_part = matches if cutoff is None else matches.where(engine.id > cutoff)
    best = (
        engine.select_ranked(ranked_part).order_by(SQL("score").desc(), SQL("id")).limit(limit).offset(offset)
    )
    ranked = [(quote_id, float(score or 0.0)) for quote_id, score in best.tuples()]
    if cutoff is not None and len(ranked) < limit:  # past the window: older matches, newest first
        in_window = offset + len(ranked) if ranked else ranked_part.count()
        rest = matches.where(engine.id <= cutoff).order_by(engine.id.desc())
        rest = rest.limit(limit - len(ranked)).offset(max(0, offset - in_window))
        ranked += [(quote_id, 0.0) for quote_id, *_ in rest.tuples()]
    return SearchPage(total, engine.hits(ranked) if highlight else _plain_hits(ranked))


def _window_cutoff(matches: ModelSelect[Any], id_column: Field, window: int) -> tuple[int | None, int]:
    """The quote id above which matches are ranked, or None to rank them all; and the number
    of matches the probe walked (all of them when there is no cutoff).

    None when at most ``window`` quotes match. Otherwise the window is the newest stretch of
    quote ids as long as the stretch that holds the oldest ``window`` matches: about that many
    matches, found by walking the index forwards (FTS5 walks backwards several times slower)
    and bounded by id (which both indexes can seek to). The walk reads ids only, so it costs
    a millisecond or two for a common word; ranking then scores the window alone.
    """
    probe = matches.select(id_column).order_by(id_column).limit(window + 1).alias("probe")
    probe_id = probe.c[id_column.name]
    first, last, n = probe.select_from(fn.MIN(probe_id), fn.MAX(probe_id), fn.COUNT(SQL("*"))).tuples().get()
    if n <= window:
        return None, n
    latest = Quote.select(fn.MAX(Quote.id)).scalar()
    return latest - (last - first), n


class _SQLite:
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
        rows = (
            Quote.select(Quote, *DOCUMENT_REF_FIELDS)
            .join(Document)
            .where(Quote.id.in_([i for i, _ in ranked]))
        )
        by_id = {row.id: row for row in rows}
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


class _Postgres:
    """tsvector column ``quote.search`` with a GIN index; ts_rank_cd and ts_headline."""

    def __init__(self, parsed: ParsedQuery) -> None:
        self.tsquery = fn.websearch_to_tsquery(_SEARCH_CONFIG, parsed.to_websearch())
        self.id = Quote.id

    def matches(self, conditions: list[Expression], speaker_id: int | None) -> ModelSelect[Any]:
        score = fn.ts_rank_cd(_SEARCH_COLUMN, self.tsquery)
        if speaker_id is not None:
            said = QuoteSpeaker.select(QuoteSpeaker.quote).where(QuoteSpeaker.speaker == speaker_id)
            conditions = [*conditions, Quote.id.in_(said)]
        return Quote.select(Quote.id, score.alias("score")).where(
            Expression(_SEARCH_COLUMN, "@@", self.tsquery), *conditions
        )

    def select_ranked(self, window: ModelSelect[Any]) -> Select:
        inner = window.alias("w")
        return inner.select_from(inner.c.id, inner.c.score)

    def hits(self, ranked: list[tuple[int, float]]) -> list[SearchHit]:
        if not ranked:
            return []
        options = f"StartSel={START}, StopSel={STOP}, HighlightAll=true"
        unmarked = fn.translate(Quote.text, START + STOP, "")
        marked = fn.ts_headline(_SEARCH_CONFIG, unmarked, self.tsquery, options)
        rows = (
            Quote.select(Quote, *DOCUMENT_REF_FIELDS, marked.alias("marked"))
            .join(Document)
            .where(Quote.id.in_([quote_id for quote_id, _ in ranked]))
        )
        # (peewee sets the aliased column on each row, unknown to the model's type.)
        return _in_order(
            {row.id: row for row in rows}, ranked, {row.id: getattr(row, "marked", None) for row in rows}
        )


def _in_order(
    by_id: dict[int, Quote], ranked: list[tuple[int, float]], marked: dict[int, str | None] | None = None
) -> list[SearchHit]:
    """Hits in ``ranked`` order, their spans read from the ``marked`` text of each quote."""
    marked = marked or {}
    return [
        SearchHit(by_id[quote_id], score, spans_in(by_id[quote_id].text, marked.get(quote_id)))
        for quote_id, score in ranked
        if quote_id in by_id
    ]


def _plain_hits(ranked: list[tuple[int, float]]) -> list[SearchHit]:
    if not ranked:
        return []
    rows = (
        Quote.select(Quote, *DOCUMENT_REF_FIELDS).join(Document).where(Quote.id.in_([i for i, _ in ranked]))
    )
    return _in_order({row.id: row for row in rows}, ranked)
