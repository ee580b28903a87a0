"""Helpers of the reliability tests: a checksum of the stored data, and what no response may hold."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from peewee import Database

from quotes_api.storage.base import database_proxy

#: Every table that holds data, with the columns that order its rows uniquely.
TABLES = {
    "document": "id",
    "speaker": "id",
    "quote": "id",
    "quote_speaker": "quote_id, speaker_id",
}

#: Signs of an internal leak in a response: a traceback, a source path, a driver's message.
LEAK_PATTERNS = [
    re.compile(p)
    for p in (
        r"Traceback \(most recent call last\)",
        r"File \"[^\"]+\", line \d+",
        r"site-packages",
        r"/work/|/home/|/usr/lib/|/tmp/",
        r"\.py\b",
        r"sqlite3\.|psycopg|peewee",
        r"(?i)syntax error|unterminated string|no such (table|column)",
    )
]


def table_checksum(db: Database) -> str:
    """SHA-256 over every row of every table, in primary-key order (plus the row counts)."""
    digest = hashlib.sha256()
    for table, order in TABLES.items():
        rows = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
        digest.update(f"{table}:{len(rows)}\n".encode())
        for row in rows:
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def leaks(text: str, secrets: tuple[str, ...] = ()) -> list[str]:
    """What ``text`` (a response's headers and body) reveals that it must not."""
    found = [p.pattern for p in LEAK_PATTERNS if p.search(text)]
    found += [f"secret {s[:4]}..." for s in secrets if s and s in text]
    return found


def checksum(app: Any) -> str:
    """:func:`table_checksum` of ``app``'s database (a Flask app of the API)."""
    db = app.extensions["quotes_db"]
    database_proxy.initialize(db)
    try:
        return table_checksum(db)
    finally:
        db.close()
