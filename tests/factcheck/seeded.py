"""Fixtures shared by the fact-check, export and client tests: the fixtures/ articles loaded
into a fresh database per backend (reusing the API tests' ``database_url``), a validating test
client on it, and the real ``quotes-api serve`` process on it.

Import them into a folder's ``conftest.py``; each folder then gets its own database.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api import conftest as api_conftest
from api.support import API_KEY, ValidatingClient
from api.test_api_server import server
from flask import Flask

from quotes_api.api.openapi import openapi_document
from quotes_api.api.writes import load_paths
from quotes_api.app import create_app
from quotes_api.storage.models import database_proxy

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
PYTHON = sys.executable

#: The API tests' fixture: a fresh SQLite file, and a fresh PostgreSQL schema when configured.
database_url = api_conftest.database_url


def bind(app: Flask) -> None:
    """Point the models at ``app``'s database, for direct storage calls outside a request."""
    database_proxy.initialize(app.extensions["quotes_db"])


@pytest.fixture(scope="session")
def seeded_app(database_url: str) -> Flask:
    """The API (one key configured) on a database holding every article of ``fixtures/``."""
    app = create_app({"DATABASE_URL": database_url, "API_KEYS": (API_KEY,), "TESTING": True})
    bind(app)
    summary = load_paths([str(FIXTURES)])
    assert summary["failed"] == 0 and summary["quotes"] > 50, summary
    app.extensions["quotes_db"].close()
    return app


@pytest.fixture(scope="session")
def seeded_spec(seeded_app: Flask) -> dict[str, Any]:
    with seeded_app.app_context():
        return openapi_document()


@pytest.fixture
def api(seeded_app: Flask, seeded_spec: dict[str, Any]) -> ValidatingClient:
    """A test client on the seeded database that checks every response against the OpenAPI."""
    return ValidatingClient(seeded_app, seeded_spec)


@pytest.fixture(scope="session")
def live_server(
    database_url: str, seeded_app: Flask, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """``quotes-api serve`` (gunicorn, 2 workers, one API key) on the seeded database: its base URL."""
    tmp = tmp_path_factory.mktemp("live")
    env = {"DATABASE_URL": database_url, "QUOTES_API_KEYS": API_KEY}
    with server(["--workers", "2"], env=env, cwd=tmp, log=tmp / "server.log") as base:
        yield base


def subprocess_env(**extra: str) -> dict[str, str]:
    """This environment with the venv's scripts first on PATH (for `quotes-api`, `python`)."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(PYTHON).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env
