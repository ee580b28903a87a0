"""Fixtures of the API tests: a real database per backend, a test client that checks every
response against the OpenAPI document, and helpers to store short documents.

SQLite runs always (a temporary file); PostgreSQL when ``QUOTES_API_TEST_POSTGRES`` holds a
server URL, in a schema of its own created for this run and dropped after it, so other test
suites on the same database are never touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from backends import BACKENDS, create_schema, drop_schemas
from flask import Flask

from quotes_api.api.openapi import openapi_document
from quotes_api.app import create_app
from quotes_api.storage.models import database_proxy

from .support import API_KEY, LIND, REED, TRAN, ValidatingClient, post_doc


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, empty database for this test run: a SQLite file or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('api-db') / 'quotes.db'}"
        return
    schema, url = create_schema("api_test")
    yield url
    if database_proxy.obj is not None and not database_proxy.obj.is_closed():
        database_proxy.obj.close()
    drop_schemas(schema)


@pytest.fixture(scope="session")
def app(database_url: str) -> Flask:
    """The API with one key configured, on this run's database."""
    return create_app({"DATABASE_URL": database_url, "API_KEYS": (API_KEY,), "TESTING": True})


@pytest.fixture(scope="session")
def spec(app: Flask) -> dict[str, Any]:
    with app.app_context():
        return openapi_document()


def wipe(app: Flask) -> None:
    """Empty every table (the schema stays), so each test starts from nothing."""
    db = app.extensions["quotes_db"]
    database_proxy.initialize(db)
    with db.atomic():
        for table in ("quote_speaker", "quote", "speaker_redirect", "speaker_form", "correction",
                      "rejected_quote", "speaker", "document"):
            db.execute_sql(f"DELETE FROM {table}")
    db.close()


@pytest.fixture
def client(app: Flask, spec: dict[str, Any]) -> ValidatingClient:
    """A client on an empty database (no key sent unless a test adds one)."""
    wipe(app)
    return ValidatingClient(app, spec)


@pytest.fixture
def writer(app: Flask, spec: dict[str, Any], client: ValidatingClient) -> ValidatingClient:
    """A client that sends the API key (same database as ``client``)."""
    return ValidatingClient(app, spec, headers={"X-API-Key": API_KEY})


@pytest.fixture
def corpus(writer: ValidatingClient) -> dict[str, dict[str, Any]]:
    """Three small documents with dates and metadata."""
    return {
        "tran": post_doc(writer, TRAN, title="Tran campaign", source="Daily Post", published="2024-03-01",
                         author="Ola Berg", external_id="dp-1"),
        "reed": post_doc(writer, REED, title="Bridge", source="Evening News", published="2024-05-10"),
        "lind": post_doc(
            writer, LIND, title="Ferries", source="Daily Post", published="2024-04-02T09:30:00Z"
        ),
    }
