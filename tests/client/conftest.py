"""This folder's fixtures: the seeded database and the real server on it
(``tests/support/fixtures/seeded.py``), and a server whose database is down."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support.fixtures.seeded import api, database_url, live_server, seeded_app, seeded_spec  # noqa: F401
from tests.support.paths import SCRIPTS
from tests.support.servers import free_port, running

WAITRESS = str(SCRIPTS / "waitress-serve")


@pytest.fixture(scope="module")
def down_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real API process whose database is unreachable: every query answers 503 + Retry-After.

    Run with waitress directly, since ``quotes-api serve`` refuses to start without a database.
    """
    port = free_port()
    log = tmp_path_factory.mktemp("down") / "server.log"
    env = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none", "QUOTES_API_KEYS": "k"}
    command = [WAITRESS, f"--listen=127.0.0.1:{port}", "--call", "quotes_api.app:create_app"]
    with running(command, port=port, health="/livez", env=env, log=log) as base:
        yield base
