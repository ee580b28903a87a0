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
