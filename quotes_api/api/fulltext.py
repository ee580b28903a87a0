"""Full-text search over quote text: SQLite FTS5 or PostgreSQL tsvector, from search-box input.

What people type (quotes, dashes, ``OR``, stray parentheses) is translated, never passed
through: SQLite gets peewee's web-query translation to FTS5 syntax, PostgreSQL
``websearch_to_tsquery``; neither can raise a syntax error. Ranked search and highlighting run
as plain SQL on the real table names, because FTS5's ``bm25``/``highlight`` need the table
itself, not the aliases peewee gives tables in joined queries.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Any

from peewee import SQL, Database, EnclosedNodeList, Node
from playhouse.fts_parser import parse as fts5_query

from quotes_api.storage.db import is_postgres
from quotes_api.storage.models import database_proxy

# Private-use characters mark matches inside the database; they are swapped for <mark> tags
# after HTML-escaping, so quote text can never inject markup.
_OPEN, _CLOSE = "\ue000", "\ue001"


@dataclass(frozen=True, slots=True)
class Hit:
    quote_id: int
    score: float
    highlight: str


def _db() -> Database:
    return database_proxy.obj


def _sqlite_match(text: str) -> str:
    return fts5_query(text, ["text"]).strip()


def matching_quote_ids(text: str) -> Node:
    """A subquery of the ids of quotes matching ``text`` (for ``Quote.id.in_(...)``)."""
    if is_postgres(_db()):
        sql = SQL("SELECT id FROM quote WHERE search @@ websearch_to_tsquery('english', %s)", [text])
    else:
        match = _sqlite_match(text)
        if not match:
            return EnclosedNodeList([SQL("SELECT NULL WHERE 0")])
        sql = SQL("SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?", [match])
    return EnclosedNodeList([sql])


def search(
    text: str,
    *,
    speaker_id: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[int, list[Hit]]:
    """Total matches and one ranked page of them (best first, then by id for a stable order)."""
    db = _db()
    pg = is_postgres(db)
    p = "%s" if pg else "?"
    joins, where, params = [], [], []
    if speaker_id is not None:
        joins.append(f"JOIN quote_speaker qs ON qs.quote_id = q.id AND qs.speaker_id = {p}")
        params.append(speaker_id)
    if since is not None:
        where.append(f"q.published >= {p}")
        params.append(dt.datetime.combine(since, dt.time()))
    if until is not None:
        where.append(f"q.published < {p}")
        params.append(dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    if pg:
        source = "quote q CROSS JOIN websearch_to_tsquery('english', %s) tsq"
        head = [text]
        where.insert(0, "q.search @@ tsq")
        score = "ts_rank(q.search, tsq, 1)"  # 1: shorter quotes with the same matches rank higher, like bm25
        mark = f"ts_headline('english', q.text, tsq, 'HighlightAll=true, StartSel={_OPEN}, StopSel={_CLOSE}')"
    else:
        match = _sqlite_match(text)
        if not match:
            return 0, []
        source = "quote_fts JOIN quote q ON q.id = quote_fts.rowid"
        head = []
        where.insert(0, "quote_fts MATCH ?")
        score = "-bm25(quote_fts)"
        mark = f"highlight(quote_fts, 0, '{_OPEN}', '{_CLOSE}')"
    from_sql = f"FROM {source} {' '.join(joins)} WHERE {' AND '.join(where)}"
    # Parameter order follows the SQL text: source (PG query text), joins, then WHERE.
    if pg:
        ordered = head + params
    else:
        join_params = params[: len(joins)]
        ordered = join_params + [match] + params[len(joins) :]
    total = db.execute_sql(f"SELECT COUNT(*) {from_sql}", ordered).fetchone()[0]
    if not total:
        return 0, []
    rows = db.execute_sql(
        f"SELECT q.id, {score} AS score, {mark} {from_sql} ORDER BY score DESC, q.id LIMIT {p} OFFSET {p}",
        [*ordered, limit, offset],
    ).fetchall()
    return total, [Hit(int(r[0]), round(float(r[1]), 6), mark_html(r[2])) for r in rows]


def mark_html(marked: Any) -> str:
    """Escape the text for HTML, then turn the match sentinels into ``<mark>`` tags."""
    escaped = html.escape(str(marked or ""), quote=False)
    return escaped.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")
