"""Choosing and opening the database: SQLite by default, PostgreSQL by URL.

``DATABASE_URL`` picks the database for every command and the API:

* ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db`` (or a bare file path);
* ``postgresql://user:password@host:port/dbname`` (``postgres://`` too). Any libpq parameter
  may be added as a query string, e.g. ``?options=-csearch_path%3Dmyschema`` to use a schema
  other than ``public`` (the tests do this to get a fresh schema per run).

With nothing set it is the SQLite file ``quotes.db`` in the working directory, so the product
runs with no server. SQLite runs in WAL mode (readers never block the writer) with a busy
timeout (a second writer waits instead of failing at once) and enforced foreign keys.
"""

from __future__ import annotations

import os
import re
from urllib.parse import unquote, urlsplit

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from quotes_api.storage.base import database_proxy
from quotes_api.storage.migrations import migrate

DEFAULT_URL = "sqlite:///quotes.db"
BUSY_TIMEOUT_SECONDS = 30.0

SQLITE_PRAGMAS: dict[str, str | int] = {
    "journal_mode": "wal",
    "busy_timeout": int(BUSY_TIMEOUT_SECONDS * 1000),
    "foreign_keys": 1,
    # In WAL mode NORMAL loses no committed-and-checkpointed data on a crash of the process
    # (only on power loss), and makes each commit much cheaper.
    "synchronous": "normal",
    "cache_size": -64_000,  # 64 MB
    "temp_store": "memory",
}


class DatabaseURLError(ValueError):
    """``DATABASE_URL`` names a database this program cannot use."""


def database_url(url: str | None = None) -> str:
    """The URL to use: ``url`` if given, else ``$DATABASE_URL``, else :data:`DEFAULT_URL`."""
    return url or os.environ.get("DATABASE_URL") or DEFAULT_URL


def database_from_url(url: str | None = None) -> Database:
    """A new, unconnected peewee database for ``url`` (see :func:`database_url`).

    Does not bind the models; use :func:`connect` for that. Raises :class:`DatabaseURLError`
    for an unknown scheme.
    """
    url = database_url(url)
    scheme = url.split(":", 1)[0].lower() if "://" in url else ""
    if scheme in ("postgresql", "postgres", "postgresql+psycopg", "psycopg3"):
        conninfo = "postgresql://" + url.split("://", 1)[1]
        return PostgresqlDatabase(conninfo, prefer_psycopg3=True, autoconnect=True)
    if scheme in ("sqlite", ""):
        path = _sqlite_path(url) if scheme else url
        return SqliteDatabase(
            path,
            pragmas=SQLITE_PRAGMAS,
            timeout=BUSY_TIMEOUT_SECONDS,
            returning_clause=True,
            # Writers take the lock when the transaction starts, so two writers queue on the
            # busy timeout instead of one failing on a read-to-write upgrade.
            lock_type="IMMEDIATE",
            check_same_thread=False,
        )
    raise DatabaseURLError(f"unsupported database URL scheme {scheme!r} (use sqlite:/// or postgresql://)")


def _sqlite_path(url: str) -> str:
    parts = urlsplit(url)
    path = unquote(parts.netloc + parts.path)
    if path in ("", "/"):
        raise DatabaseURLError(f"no file name in {url!r}")
    if path in ("/:memory:", ":memory:"):
        return ":memory:"
    # sqlite:///quotes.db -> "/quotes.db" is relative; sqlite:////tmp/q.db is absolute.
    return path[1:] if path.startswith("/") else path


def connect(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open the database for ``url``, bind the models to it, and bring its schema up to date.

    This is the one call the CLI and the API make at start. Returns the database (also
    reachable as ``quotes_api.storage.base.database_proxy``). Safe to call from several
    processes at once: migrations serialise on a lock.
    """
    db = database_from_url(url)
    database_proxy.initialize(db)
    db.connect(reuse_if_open=True)
    if migrate:
        init_db(db)
    return db


def init_db(db: Database | None = None) -> int:
    """Apply every pending migration to ``db`` (default: the bound one); returns the schema version."""
    return migrate(db if db is not None else database_proxy.obj)


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***``, for messages and logs."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)
