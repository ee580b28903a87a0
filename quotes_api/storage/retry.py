"""Writers take turns, and a busy database is waited for and retried before anyone is told.

SQLite already lets one writer in at a time (``BEGIN IMMEDIATE``, a 30 s busy timeout).
PostgreSQL would let concurrent writers race on the speaker rows they share: two transactions
creating "Amy Tran" at once (a unique-key violation), or raising one count each in a different
order (a deadlock). :func:`write_lock` makes PostgreSQL writers queue on a transaction-level
advisory lock too, so writes serialise on both backends while reads never wait.

:func:`retrying` runs a whole write transaction again when the database answers with a
transient failure ("database is locked" after the busy timeout, a deadlock, a serialisation
failure), with jittered exponential back-off. Only when the attempts or the time budget run
out does the failure reach the caller, which the API answers as 503 with ``Retry-After``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

import peewee

from quotes_api.storage.backend import AnyDatabase, is_postgres

T = TypeVar("T")

#: Names the write lock among the database's advisory locks (the migration lock is another).
_PG_WRITE_LOCK_ID = 0x51_57_52_54  # "QWRT"
#: PostgreSQL SQLSTATEs worth a retry: serialisation failure, deadlock, lock not available.
_PG_TRANSIENT = {"40001", "40P01", "55P03"}
_SQLITE_TRANSIENT = ("database is locked", "database table is locked", "database is busy")

ATTEMPTS = 10
FIRST_DELAY = 0.05  # seconds; doubles each attempt, capped at MAX_DELAY
MAX_DELAY = 2.0
#: No new attempt starts after this long (seconds): SQLite's busy timeout (30 s) already waited
#: inside the first one, and a request must not keep its client waiting for long. A
#: lock held that long is reported as the database being unavailable (503, Retry-After).
BUDGET = 25.0


def write_lock(db: AnyDatabase) -> None:
    """Inside a write transaction: wait for the database's write lock (PostgreSQL; SQLite has it)."""
    db = getattr(db, "obj", db)  # the database behind a peewee Proxy
    if is_postgres(db):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_WRITE_LOCK_ID,))


def is_transient(error: BaseException) -> bool:
    """True for failures that go away when the transaction is simply run again."""
    if not isinstance(error, peewee.OperationalError | peewee.DatabaseError):
        return False
    original = error.args[0] if error.args else error
    if getattr(original, "sqlstate", None) in _PG_TRANSIENT:
        return True
    text = str(original).lower()
    return any(marker in text for marker in _SQLITE_TRANSIENT)


def retrying(db: AnyDatabase, work: Callable[[], T], *, attempts: int = ATTEMPTS) -> T:
    """``work()`` (which opens its own transaction), run again on transient failures.

    Inside an enclosing transaction nothing is retried (that transaction is the caller's to
    repeat), so the error propagates as it is.
    """
    started = time.monotonic()
    for attempt in range(attempts):
        try:
            return work()
        except peewee.DatabaseError as error:
            if db.in_transaction() or attempt == attempts - 1 or not is_transient(error):
                raise
            if time.monotonic() - started > BUDGET:
                raise
            delay = min(MAX_DELAY, FIRST_DELAY * 2**attempt)
            time.sleep(delay * random.uniform(0.5, 1.0))
    raise AssertionError("unreachable")  # pragma: no cover
