"""Fixtures of the reliability tests, reused from the API and storage suites (not copied).

From ``tests/support/fixtures/api.py``: ``database_url`` (a fresh SQLite file, and a fresh
PostgreSQL schema when ``QUOTES_API_TEST_POSTGRES`` is set), ``app`` (one API key configured),
``spec``, ``client`` (empty database, no key), ``writer`` (sends the key) and ``corpus`` (three
small documents). From ``tests/support/fixtures/databases.py``: ``backend`` and ``fresh_url``
(a factory of further empty databases of the run's backend). Importing them here gives this
folder databases of its own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.api_client import API_KEY, UNLIMITED_RATE
from tests.support.fixtures.api import app, client, corpus, database_url, spec, writer  # noqa: F401  (fixtures)
from tests.support.fixtures.databases import backend, fresh_url  # noqa: F401  (fixtures)
from tests.support.paths import FIXTURES
from tests.support.servers import server


@pytest.fixture(scope="session")
def live_api(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real ``quotes-api serve`` (waitress, 2 workers, one key) on ``database_url``, with
    ``fixtures/`` loaded: its base URL."""
    tmp = tmp_path_factory.mktemp("live-api")
    env = {"DATABASE_URL": database_url, "QUOTES_API_KEYS": API_KEY, "QUOTES_API_RATE_LIMIT": UNLIMITED_RATE}
    args = ["--workers", "2", "--load", str(FIXTURES)]
    with server(args, env=env, cwd=tmp, log=tmp / "server.log") as base:
        yield base
