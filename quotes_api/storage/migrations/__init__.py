"""Versioned schema migrations: the only way the schema is created or changed.

Each migration is a module ``mNNNN_name.py`` in this package with an ``up(db)`` function; the
numbers applied are recorded in the table ``schema_version``. :func:`migrate` applies the
pending ones in order, all in one transaction (DDL is transactional on both backends), under
a lock so that several API workers starting at once do not race: PostgreSQL takes an
advisory lock, SQLite an immediate (write) transaction.

To change the schema, add the next module; never edit one that has shipped. Migrations use
frozen copies of the tables they create (see ``m0001_initial``), not :mod:`..models`, so
that an old migration still builds the old shape after the models move on.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType

from peewee import Database

from quotes_api.storage.backend import is_postgres
from quotes_api.storage.base import utcnow

# Any constant would do; it names the migration lock among the database's advisory locks.
_PG_LOCK_ID = 0x51_55_4F_54  # "QUOT"

# Plain SQL rather than a model: binding a model to a database is process-wide in peewee, and
# several threads may migrate different databases at once.
_CREATE_VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)"""


def migrations() -> list[tuple[int, str, Callable[[Database], None]]]:
    """Every migration in this package as ``(number, name, up)``, in order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name[:1] == "m" and info.name[1:5].isdigit():
            module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
            found.append((int(info.name[1:5]), info.name, module.up))
    return sorted(found)


def current_version(db: Database) -> int:
    """The highest migration applied to ``db``; 0 for an empty database."""
    if not db.table_exists("schema_version"):
        return 0
    return db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0


def applied_versions(db: Database) -> set[int]:
    """The numbers of the migrations applied to ``db``."""
    if not db.table_exists("schema_version"):
        return set()
    return {row[0] for row in db.execute_sql("SELECT version FROM schema_version").fetchall()}


def migrate(db: Database) -> int:
    """Apply every migration not yet applied to ``db``, in order; returns the highest number.

    A migration is pending when its number is not recorded, whatever the highest recorded one
    is: one merged after a higher-numbered one (numbers are reserved by parallel work) is
    still applied to a database that already has the higher one.
    """
    pending = migrations()
    latest = pending[-1][0] if pending else 0
    if {number for number, _, _ in pending} <= applied_versions(db):
        return latest
    with db.atomic():
        if is_postgres(db):
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_ID,))
        db.execute_sql(_CREATE_VERSION_TABLE)
        applied = applied_versions(db)
        for number, name, up in pending:
            if number not in applied:
                up(db)
                db.execute_sql(
                    f"INSERT INTO schema_version (version, name, applied_at) VALUES ({db.param}, {db.param}, "
                    f"{db.param})",
                    (number, name, utcnow()),
                )
    return latest
