"""Fixtures of the storage tests: real databases, one per backend, never mocks.

SQLite runs always (temporary files); PostgreSQL when ``QUOTES_API_TEST_POSTGRES`` holds a
server URL, in schemas created for this run and dropped after it, so other test suites on
the same server are never touched. ``db`` gives each test an empty database (tables wiped);
``fresh_url`` makes further empty databases of the same backend, for tests that compare two.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from backends import BACKENDS, create_schema, drop_schemas
from peewee import Database

from quotes_api.storage.db import connect
from quotes_api.storage.models import database_proxy


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def fresh_url(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], str]]:
    """A factory of new, empty databases of this run's backend; all dropped at the end."""
    schemas: list[str] = []

    def make() -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path_factory.mktemp('storage-db') / 'quotes.db'}"
        schema, url = create_schema("storage_test")
        schemas.append(schema)
        return url

    yield make
    if database_proxy.obj is not None and not database_proxy.obj.is_closed():
        database_proxy.obj.close()
    if schemas:
        drop_schemas(*schemas)


@pytest.fixture(scope="session")
def database_url(fresh_url: Callable[[], str]) -> str:
    """The run's main database (migrated once, wiped before each test by ``db``)."""
    return fresh_url()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """The main database, bound to the models and empty."""
    database = connect(database_url)
    wipe(database)
    yield database
    if not database.is_closed():
        database.close()


def wipe(database: Database) -> None:
    with database.atomic():
        for table in ("quote_speaker", "quote", "speaker_redirect", "speaker_form", "correction",
                      "rejected_quote", "speaker", "document"):
            database.execute_sql(f"DELETE FROM {table}")


@pytest.fixture(scope="session")
def seed_path(fixtures_dir: Path) -> Path:
    return fixtures_dir / "000_4a74c906bf940fc8.txt"


@pytest.fixture(scope="session")
def seed_gold(fixtures_dir: Path) -> dict:
    """The seed's gold annotation (``seed.gold.jsonl``, formerly ``gold.jsonl``)."""
    import json

    for name in ("seed.gold.jsonl", "gold.jsonl"):
        path = fixtures_dir / name
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    pytest.fail("no gold annotation of the seed in fixtures/")
