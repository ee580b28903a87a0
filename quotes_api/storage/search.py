"""Full-text search over quote text: one function for SQLite FTS5 and PostgreSQL tsvector/GIN.

What a person types is parsed into an always-valid query by :mod:`quotes_api.storage.search_text`
and rendered as an FTS5 query for SQLite or as ``websearch_to_tsquery`` input for PostgreSQL.

Both backends stem English words ("stabilise" finds "stabilising"). PostgreSQL also drops
English stop words ("the", "and"); SQLite requires them. A query with no searchable word
(only punctuation, or only exclusions) matches nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import SQL, ColumnBase, Expression, Field, ModelSelect, fn

from quotes_api.storage.backend import is_postgres
from quotes_api.storage.base import database_proxy
from quotes_api.storage.models import Quote
from quotes_api.storage.search_engines import (
    SEARCH_COLUMN,
    SEARCH_CONFIG,
    PostgresSearch,
    QuoteFTS,
    SearchHit,
    SQLiteSearch,
    plain_hits,
)
from quotes_api.storage.search_text import ParsedQuery, parse_query

__all__ = ["SearchHit", "SearchPage", "newest_matches", "parse_query", "search_quotes", "text_filter"]


def text_filter(query: str | ParsedQuery) -> ColumnBase:
    """A ``WHERE`` condition on :class:`Quote` for quotes matching ``query``.

    Composes with any other filter of a quote query (the API's lists, verify's candidates).
    An empty query gives a condition that is always false.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if not parsed:
        return SQL("1 = 0")
    if is_postgres(database_proxy.obj):
        tsquery = fn.websearch_to_tsquery(SEARCH_CONFIG, parsed.to_websearch())
        return Expression(SEARCH_COLUMN, "@@", tsquery)
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
        tsquery = fn.websearch_to_tsquery(SEARCH_CONFIG, parsed.to_websearch())
        return (
            Quote.select(Quote.id)
            .where(Expression(SEARCH_COLUMN, "@@", tsquery))
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
    engine = PostgresSearch(parsed) if is_postgres(database_proxy.obj) else SQLiteSearch(parsed)
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
    return SearchPage(total, engine.hits(ranked) if highlight else plain_hits(ranked))


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
