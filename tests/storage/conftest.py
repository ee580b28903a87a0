"""Fixtures of the storage tests: real databases, one per backend, never mocks.

SQLite runs always (temporary files); PostgreSQL when ``QUOTES_API_TEST_POSTGRES`` holds a
server URL, in schemas created for this run and dropped after it, so other test suites on
the same server are never touched. ``db`` gives each test an empty database (tables wiped);
``fresh_url`` makes further empty databases of the same backend, for tests that compare two.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peewee import Database

from quotes_api.storage.db import connect
from tests.support.backends import wipe
from tests.support.fixtures.databases import backend, fresh_url  # noqa: F401  (fixtures)


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


@pytest.fixture(scope="session")
def seed_path(fixtures_dir: Path) -> Path:
    return fixtures_dir / "000_4a74c906bf940fc8.txt"


@pytest.fixture(scope="session")
def seed_gold(fixtures_dir: Path) -> dict:
    """The seed's gold annotation (``seed.gold.jsonl``, formerly ``gold.jsonl``)."""
    for name in ("seed.gold.jsonl", "gold.jsonl"):
        path = fixtures_dir / name
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    pytest.fail("no gold annotation of the seed in fixtures/")
