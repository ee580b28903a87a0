"""The databases every suite runs on: SQLite always (temporary files), PostgreSQL when
``QUOTES_API_TEST_POSTGRES`` holds a server URL, in schemas made for the run and dropped after
it, so that other suites on the same server are never touched."""

from __future__ import annotations

import os
import uuid
from urllib.parse import quote, urlsplit

import pytest
from peewee import Database

PG_URL = os.environ.get("QUOTES_API_TEST_POSTGRES")

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=pytest.mark.skipif(not PG_URL, reason="QUOTES_API_TEST_POSTGRES is not set"),
    ),
]


def create_schema(prefix: str) -> tuple[str, str]:
    """A new, empty PostgreSQL schema: (its name, a DATABASE_URL that uses it)."""
    import psycopg

    assert PG_URL
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if urlsplit(PG_URL).query else "?"
    return schema, f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"


def drop_schemas(*schemas: str) -> None:
    import psycopg

    assert PG_URL
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


#: Every table, children before parents, so that emptying them in this order breaks no key.
TABLES = (
    "quote_speaker",
    "quote",
    "speaker_redirect",
    "speaker_form",
    "correction",
    "rejected_quote",
    "speaker",
    "document",
)


def wipe(database: Database) -> None:
    """Empty every table (the schema stays), so that a test starts from nothing."""
    with database.atomic():
        for table in TABLES:
            database.execute_sql(f"DELETE FROM {table}")
