"""Which backend a database is: the one fact that both opening and migrating it need.

Kept apart from :mod:`.db` (which opens and migrates) so that the migrations can ask it
without importing the module that runs them.
"""

from __future__ import annotations

from typing import TypeAlias

from peewee import Database, DatabaseProxy, PostgresqlDatabase

#: A database, or the models' proxy standing for one (``base.database_proxy``): what the
#: storage functions that run SQL accept.
AnyDatabase: TypeAlias = Database | DatabaseProxy


def is_postgres(db: AnyDatabase) -> bool:
    """True for PostgreSQL: the two backends differ in full-text search and upserts."""
    return isinstance(getattr(db, "obj", db), PostgresqlDatabase)  # a proxy: the database behind it
