"""The schema is built and versioned by migrations; applying them again is a no-op."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from quotes_api.storage.db import connect, database_from_url
from quotes_api.storage.migrations import current_version, migrate, migrations


def test_fresh_database_is_migrated_to_the_latest_version(fresh_url):
    url = fresh_url()
    db = connect(url)
    latest = migrations()[-1][0]
    assert current_version(db) == latest
    assert {"document", "speaker", "quote", "quote_speaker", "schema_version"} <= set(db.get_tables())
    assert migrate(db) == latest  # again: nothing to do
    db.close()


def test_concurrent_migrations_do_not_race(fresh_url):
    url = fresh_url()

    def run(_: int) -> int:
        db = database_from_url(url)
        try:
            return migrate(db)
        finally:
            db.close()

    with ThreadPoolExecutor(4) as pool:
        versions = list(pool.map(run, range(4)))
    assert len(set(versions)) == 1
    db = database_from_url(url)
    rows = db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    assert rows == len(migrations())
    db.close()


def test_a_missing_lower_numbered_migration_is_applied(fresh_url):
    """A migration merged after a higher-numbered one (numbers are reserved by parallel work)
    is applied to a database that already has the higher one."""
    url = fresh_url()
    db = connect(url)
    # As if m0004 had not been merged when this database was migrated to the latest version.
    db.execute_sql('ALTER TABLE "document" DROP COLUMN "author"')
    db.execute_sql("DELETE FROM schema_version WHERE version = 4")
    assert current_version(db) == migrations()[-1][0] > 4
    migrate(db)
    assert "author" in {c.name for c in db.get_columns("document")}
    assert db.execute_sql("SELECT COUNT(*) FROM schema_version WHERE version = 4").fetchone()[0] == 1
    db.close()
