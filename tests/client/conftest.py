"""This folder's fixtures: the seeded database and the real server on it (see factcheck.seeded)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from factcheck import seeded
from serving import free_port, running

database_url, live_server = seeded.database_url, seeded.live_server
seeded_app, seeded_spec, api = seeded.seeded_app, seeded.seeded_spec, seeded.api

GUNICORN = str(Path(sys.executable).parent / "gunicorn")


@pytest.fixture(scope="module")
def down_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real API process whose database is unreachable: every query answers 503 + Retry-After.

    Run with gunicorn directly, since ``quotes-api serve`` refuses to start without a database.
    """
    port = free_port()
    log = tmp_path_factory.mktemp("down") / "server.log"
    env = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none", "QUOTES_API_KEYS": "k"}
    command = [GUNICORN, "-w", "1", "-b", f"127.0.0.1:{port}", "quotes_api.app:create_app()"]
    with running(command, port=port, health="/livez", env=env, log=log) as base:
        yield base
