"""Full-text search over quote text: one function for SQLite FTS5 and PostgreSQL tsvector/GIN.

Whatever a person types into a search box is accepted and never raises a syntax error: the
text is parsed here into a small, always-valid query (words and "quoted phrases" must all
match, ``OR`` between two terms offers alternatives, ``-word`` excludes; stray parentheses,
dashes, ``AND``, unbalanced or curly quotes are ignored), then rendered as an FTS5 query for
SQLite or as ``websearch_to_tsquery`` input for PostgreSQL. Each term becomes a quoted
phrase, so no character the user types can reach either engine's query syntax.

Both backends stem English words ("stabilise" finds "stabilising"). PostgreSQL also drops
English stop words ("the", "and"); SQLite requires them. A query with no searchable word
(only punctuation, or only exclusions) matches nothing.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field

from peewee import SQL, Expression, Field, fn
from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from quotes_api.storage.db import is_postgres
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, database_proxy

_QUOTES = "\"“”„‟«»"
_TOKEN = re.compile(rf"([-+]?)(?:[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]?|([^\s{_QUOTES}]+))")
_WORDISH = re.compile(r"\w")
_NON_WORD = re.compile(r"[\W_]+")
_EDGE_PUNCT = re.compile(r"^[^\w-]+|[^\w]+$")
# Markers that cannot come out of html.escape, swapped for <mark> tags after escaping.
_START, _STOP = "\x01", "\x02"
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"

# PostgreSQL's tsvector column, generated from quote.text (migration 0001). Bound to Quote
# without being one of its fields, so it renders with the query's table alias but is never
# selected or inserted.
_SEARCH_COLUMN = Field(column_name="search")
_SEARCH_COLUMN.bind(Quote, "search", set_attribute=False)
_ENGLISH = SQL("'english'")


class QuoteFTS(FTS5Model):
    """SQLite's external-content FTS5 index of ``quote.text`` (rowid = quote id; migration 0001)."""

    rowid = RowIDField()
    text = SearchField()

    class Meta:
        database = database_proxy
        table_name = "quote_fts"


@dataclass
class ParsedQuery:
    """A search box's text as AND-ed groups of OR-ed phrases, minus excluded phrases."""

    groups: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def to_fts5(self) -> str:
        """An FTS5 MATCH expression; every phrase double-quoted, so it is always valid."""
        clauses = ["(" + " OR ".join(_fts5_phrase(p) for p in g) + ")" for g in self.groups]
        query = " AND ".join(clauses)
        if self.excluded:
            query = f"({query}) NOT (" + " OR ".join(_fts5_phrase(p) for p in self.excluded) + ")"
        return query

    def to_websearch(self) -> str:
        """Input for PostgreSQL's ``websearch_to_tsquery`` (which itself never raises)."""
        parts = [" or ".join(f'"{_pg_words(p)}"' for p in g) for g in self.groups]
        parts += [f'-"{_pg_words(p)}"' for p in self.excluded]
        return " ".join(parts)


def _pg_words(phrase: str) -> str:
    # Split at punctuation as FTS5's tokenizer does: PostgreSQL's parser keeps "wang-yi" as
    # one compound token, which the text "Wang Yi" does not contain.
    return " ".join(_NON_WORD.split(phrase)).strip()


def _fts5_phrase(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def parse_query(text: str) -> ParsedQuery:
    """Parse what a person typed; never fails. See the module docstring for the rules."""
    parsed = ParsedQuery()
    pending_or = False
    # NUL ends an FTS5 string early ("unterminated string") and PostgreSQL refuses it in text:
    # it separates words like any other control character.
    for sign, quoted, word in _TOKEN.findall((text or "").replace("\x00", " ")):
        phrase = " ".join(quoted.split()) if quoted else _EDGE_PUNCT.sub("", word)
        if not quoted and sign == "" and phrase.upper() == "OR":
            pending_or = bool(parsed.groups)
            continue
        if not quoted and phrase == "AND":
            continue
        if not _WORDISH.search(phrase):
            continue
        phrase = phrase.replace('"', " ")
        if sign == "-":
            parsed.excluded.append(phrase)
        elif pending_or:
            parsed.groups[-1].append(phrase)
        else:
            parsed.groups.append([phrase])
        pending_or = False
    return parsed


def text_filter(query: str | ParsedQuery) -> Expression:
    """A ``WHERE`` condition on :class:`Quote` for quotes matching ``query``.

    Composes with any other filter of a quote query (the API's lists, verify's candidates).
    An empty query gives a condition that is always false.
    """
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    if not parsed:
        return SQL("1 = 0")
    if is_postgres(database_proxy.obj):
        return Expression(_SEARCH_COLUMN, "@@", fn.websearch_to_tsquery(_ENGLISH, parsed.to_websearch()))
    return Quote.id.in_(QuoteFTS.select(QuoteFTS.rowid).where(QuoteFTS.match(parsed.to_fts5())))


@dataclass
class SearchHit:
    """One ranked result: the quote (with ``quote.document`` loaded), its score, and a highlight.

    ``score`` is higher for better matches (bm25 on SQLite, ts_rank_cd on PostgreSQL; the two
    scales differ). ``highlight`` is the quote text, HTML-escaped, with each match in
    ``<mark>...</mark>``.
    """

    quote: Quote
    score: float
    highlight: str


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
) -> SearchPage:
    """Ranked full-text search: best match first (ties by quote id), with total count and highlights.

    ``date_from``/``date_to`` bound the document's published date (inclusive; pass datetimes
    in naive UTC). Any string is a valid ``query``; one with no words returns no hits.
    """
    parsed = parse_query(query)
    if not parsed:
        return SearchPage(0, [])
    postgres = is_postgres(database_proxy.obj)
    conditions = []
    if speaker_id is not None:
        conditions.append(
            Quote.id.in_(QuoteSpeaker.select(QuoteSpeaker.quote).where(QuoteSpeaker.speaker == speaker_id))
        )
    if document_id is not None:
        conditions.append(Quote.document == document_id)
    if date_from is not None:
        conditions.append(Quote.published >= date_from)
    if date_to is not None:
        conditions.append(Quote.published <= date_to)
    if postgres:
        tsquery = fn.websearch_to_tsquery(_ENGLISH, parsed.to_websearch())
        score = fn.ts_rank_cd(_SEARCH_COLUMN, tsquery)
        marked = fn.ts_headline(
            _ENGLISH, Quote.text, tsquery, f"StartSel={_START}, StopSel={_STOP}, HighlightAll=true"
        )
        match = Expression(_SEARCH_COLUMN, "@@", tsquery)
        base = Quote.select(Quote, Document, score.alias("score"), marked.alias("marked"))
        base = base.join(Document).where(match, *conditions)
        order = (SQL("score").desc(), Quote.id)
    else:
        # FTS5's auxiliary functions take the table's hidden column of the same name.
        score = fn.bm25(QuoteFTS._meta.entity) * -1
        marked = fn.highlight(QuoteFTS._meta.entity, 0, _START, _STOP)
        base = Quote.select(Quote, Document, score.alias("score"), marked.alias("marked"))
        base = (
            base.join(Document)
            .join_from(Quote, QuoteFTS, on=(QuoteFTS.rowid == Quote.id))
            .where(QuoteFTS.match(parsed.to_fts5()), *conditions)
        )
        order = (SQL("score").desc(), Quote.id)
    total = base.count()
    rows = base.order_by(*order).limit(limit).offset(offset)
    hits = [SearchHit(row, float(row.score or 0.0), _to_html(row.marked or row.text)) for row in rows]
    return SearchPage(total, hits)


def _to_html(marked: str) -> str:
    return html.escape(marked).replace(_START, MARK_OPEN).replace(_STOP, MARK_CLOSE)
