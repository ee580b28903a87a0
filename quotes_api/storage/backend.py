"""Which backend a database is: the one fact that both opening and migrating it need.

Kept apart from :mod:`.db` (which opens and migrates) so that the migrations can ask it
without importing the module that runs them.
"""

from __future__ import annotations

from peewee import Database, PostgresqlDatabase


def is_postgres(db: Database) -> bool:
    """True for PostgreSQL: the two backends differ in full-text search and upserts."""
    return isinstance(db, PostgresqlDatabase)
