"""Every list the API serves reads an index: checked on the database's own query plans.

The statements are not written out here: they are captured from real requests to the list
endpoints (peewee logs each statement it runs), so the test follows the code. Each captured
``SELECT`` is then explained by the database:

* SQLite (``EXPLAIN QUERY PLAN``): no ``SCAN`` of ``quote``, ``quote_speaker`` or ``document``
  without an index (a scan *using* an index walks it in order and stops at the page's
  ``LIMIT``), and no page (a statement with ``LIMIT``) cut from a whole sorted result
  (``USE TEMP B-TREE FOR ORDER BY``): only the "right part" of an order, rows of one date,
  may be sorted. Ranked search is the exception: it sorts its matches by score, at most
  ``RANK_WINDOW`` of them (see :mod:`quotes_api.storage.search`). SQLite's plans depend on the
  schema and the statement, not on the number of rows (there are no statistics), so a small
  database shows the plans a million quotes get.
* PostgreSQL (``EXPLAIN`` with ``enable_seqscan`` off, since with a few hundred rows a
  sequential scan is rightly cheaper): no ``Seq Scan`` on those tables, i.e. an index path
  exists for every statement.

Lists ordered by something no index holds (``sort=-confidence``) or filtered by words
(``q``: the full-text index finds the rows, which are then sorted) are outside this check.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from peewee import Database

from quotes_api.app import create_app
from quotes_api.storage import ingest_documents
from quotes_api.storage.backend import is_postgres

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate  # noqa: E402

BIG_TABLES = ("quote", "quote_speaker", "document")
LISTS = (
    "/api/v1/speakers/{heavy}/quotes",
    "/api/v1/speakers/{heavy}/quotes?sort=published",
    "/api/v1/speakers/{heavy}/quotes?since=2021-01-01&until=2022-12-31",
    "/api/v1/speakers/{heavy}/quotes?page=3&per_page=50",
    "/api/v1/speakers/{light}/quotes",
    "/api/v1/quotes",
    "/api/v1/quotes?sort=published&page=2",
    "/api/v1/quotes?speaker={heavy}",
    "/api/v1/quotes?since=2023-01-01",
    "/api/v1/quotes/{quote_id}",
    "/api/v1/speakers",
    "/api/v1/speakers/{heavy}",
    "/api/v1/documents",
    "/api/v1/search?q=residents",
    "/api/v1/search?q=%22fair+settlement%22&speaker={heavy}",
)


class _Statements(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[tuple[str, tuple]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            sql, params = record.msg
            # (The search page's highlights use a scratch table of its own connection: skipped.)
            if sql.lstrip().upper().startswith(("SELECT", "WITH")) and "temp." not in sql:
                self.seen.append((sql, tuple(params or ())))


@pytest.fixture
def served(db: Database, database_url: str) -> Iterator[tuple[Flask, dict[str, str]]]:
    ingest_documents(list(generate(40, seed=0)))
    rows = db.execute_sql("SELECT slug FROM speaker WHERE quote_count > 0 ORDER BY quote_count DESC, id")
    slugs = [r[0] for r in rows.fetchall()]
    quote_id = db.execute_sql("SELECT MAX(id) FROM quote").fetchone()[0]
    app = create_app({"DATABASE_URL": database_url, "TESTING": True})
    yield app, {"heavy": slugs[0], "light": slugs[-1], "quote_id": str(quote_id)}


def _captured(app: Flask, names: dict[str, str]) -> list[tuple[str, str, tuple]]:
    handler = _Statements()
    logger = logging.getLogger("peewee")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    captured = []
    try:
        client = app.test_client()
        for template in LISTS:
            url = template.format(**names)
            handler.seen.clear()
            response = client.get(url)
            assert response.status_code == 200, (url, response.get_json())
            captured += [(url, sql, params) for sql, params in handler.seen]
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return captured


def _aliases(sql: str) -> dict[str, str]:
    """Alias → table, from peewee's ``"table" AS "t1"``."""
    return {alias: table for table, alias in re.findall(r'"(\w+)" AS "(\w+)"', sql)}


def test_list_statements_use_indexes(served: tuple[Flask, dict[str, str]], db: Database) -> None:
    app, names = served
    statements = _captured(app, names)
    assert len(statements) >= len(LISTS)
    problems = []
    for url, sql, params in statements:
        if is_postgres(db):
            problems += _postgres_problems(db, url, sql, params)
        else:
            problems += _sqlite_problems(db, url, sql, params)
    assert not problems, "\n\n".join(problems)


def _sqlite_problems(db: Database, url: str, sql: str, params: tuple) -> list[str]:
    plan = [row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
    aliases = _aliases(sql)
    problems = []
    for step in plan:
        scan = re.match(r"SCAN (\w+)(.*)", step)
        if scan and aliases.get(scan.group(1), scan.group(1)) in BIG_TABLES and "INDEX" not in scan.group(2):
            problems.append(f"{url}: full scan of {aliases.get(scan.group(1), scan.group(1))}")
        if step == "USE TEMP B-TREE FOR ORDER BY" and " LIMIT " in sql and "quote_fts" not in sql:
            problems.append(f"{url}: sorts the whole result to cut a page from it")
    return [f"{p}\n  {sql}\n  plan: {plan}" for p in problems]


def _postgres_problems(db: Database, url: str, sql: str, params: tuple) -> list[str]:
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")
        plan = [row[0] for row in db.execute_sql("EXPLAIN " + sql, params).fetchall()]
    seq_scan = re.compile(r"Seq Scan on ({})\b".format("|".join(BIG_TABLES)))
    scans = [line.strip() for line in plan if seq_scan.search(line)]
    return [f"{url}: {scan}\n  {sql}\n  plan: {plan}" for scan in scans]
