"""Fixtures of the API tests: a real database per backend, a test client that checks every
response against the OpenAPI document, and helpers to store short documents.

SQLite runs always (a temporary file); PostgreSQL when ``QUOTES_API_TEST_POSTGRES`` holds a
server URL, in a schema of its own created for this run and dropped after it, so other test
suites on the same database are never touched.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlsplit

import jsonschema
import pytest
from flask import Flask

from quotes_api.api import create_app
from quotes_api.api.openapi import openapi_document
from quotes_api.storage.models import database_proxy

PG_URL = os.environ.get("QUOTES_API_TEST_POSTGRES")
API_KEY = "test-key-0123456789"

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=pytest.mark.skipif(not PG_URL, reason="QUOTES_API_TEST_POSTGRES is not set"),
    ),
]


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, empty database for this test run: a SQLite file or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('api-db') / 'quotes.db'}"
        return
    import psycopg

    schema = f"api_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if urlsplit(PG_URL).query else "?"
    yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    if database_proxy.obj is not None and not database_proxy.obj.is_closed():
        database_proxy.obj.close()
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


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
        for table in ("quote_speaker", "quote", "speaker", "document"):
            db.execute_sql(f"DELETE FROM {table}")
    db.close()


class ValidatingClient:
    """Flask's test client, checking each response against the OpenAPI document.

    Every error must be problem+json; every documented response body must validate against
    the schema documented for its path, method, status and content type.
    """

    def __init__(self, app: Flask, spec: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        self.app, self.spec, self.client = app, spec, app.test_client()
        self.headers = headers or {}

    def open(self, method: str, path: str, **kwargs: Any):
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = self.client.open(path, method=method, headers=headers, **kwargs)
        check_response(self.app, self.spec, method, path, response)
        return response

    def get(self, path: str, **kw: Any):
        return self.open("GET", path, **kw)

    def post(self, path: str, **kw: Any):
        return self.open("POST", path, **kw)

    def delete(self, path: str, **kw: Any):
        return self.open("DELETE", path, **kw)

    def head(self, path: str, **kw: Any):
        return self.open("HEAD", path, **kw)

    def options(self, path: str, **kw: Any):
        return self.open("OPTIONS", path, **kw)


def spec_path(app: Flask, method: str, path: str) -> str | None:
    """The OpenAPI path template that ``path`` is served by, if any."""
    from werkzeug.exceptions import HTTPException

    try:
        rule, _ = app.url_map.bind("localhost").match(path.split("?")[0], method=method, return_rule=True)
    except HTTPException:
        return None
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def check_response(app: Flask, spec: dict[str, Any], method: str, path: str, response: Any) -> None:
    status = response.status_code
    if status >= 400:
        assert response.mimetype == "application/problem+json", (status, response.data[:300])
        body = response.get_json()
        assert body["status"] == status and body["title"] and body["type"]
        assert "Traceback" not in response.get_data(as_text=True)
    if method in ("HEAD", "OPTIONS") or status in (204, 304):
        assert not response.data or method == "OPTIONS"
        return
    template = spec_path(app, method, path)
    if template is None or template not in spec["paths"]:
        return
    operation = spec["paths"][template].get(method.lower())
    assert operation is not None, f"{method} {template} is served but not documented"
    key = str(status) if str(status) in operation["responses"] else "default"
    assert key in operation["responses"], f"{method} {template} answered undocumented {status}"
    where = ("paths", template, method.lower(), "responses", key)
    resp_doc = operation["responses"][key]
    if "$ref" in resp_doc:
        name = resp_doc["$ref"].rsplit("/", 1)[1]
        where, resp_doc = ("components", "responses", name), spec["components"]["responses"][name]
    content = resp_doc.get("content", {})
    assert response.mimetype in content, f"{method} {template} {status}: {response.mimetype} not documented"
    root = {**spec, "$ref": _pointer(*where, "content", response.mimetype, "schema")}
    jsonschema.Draft202012Validator(root).validate(json.loads(response.data))


@pytest.fixture
def client(app: Flask, spec: dict[str, Any]) -> ValidatingClient:
    """A client on an empty database (no key sent unless a test adds one)."""
    wipe(app)
    return ValidatingClient(app, spec)


@pytest.fixture
def writer(app: Flask, spec: dict[str, Any], client: ValidatingClient) -> ValidatingClient:
    """A client that sends the API key (same database as ``client``)."""
    return ValidatingClient(app, spec, headers={"X-API-Key": API_KEY})


def post_doc(writer: ValidatingClient, text: str, **meta: Any) -> dict[str, Any]:
    """Store a document through the API and return its JSON (asserting it was created)."""
    response = writer.post("/api/v1/documents", json={"text": text, **meta})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


# Short texts with unambiguous attributions, so these tests do not depend on the seed.
TRAN = '"We will win the election," said Governor Amy Tran on Monday.\n\n"Taxes will not rise," Tran said.'
REED = (
    '"The bridge opens in May," said Mayor Tom Reed.\n\n"We will win," said Governor Amy Tran.\n\n'
    '"The harbour needs dredging," the Port Authority said in a statement.'
)
LIND = (
    '"We have listened to the islanders," said Transport Minister Sara Lind, '
    '"and we heard them loud and clear."'
)


@pytest.fixture
def corpus(writer: ValidatingClient) -> dict[str, dict[str, Any]]:
    """Three small documents with dates and metadata."""
    return {
        "tran": post_doc(writer, TRAN, title="Tran campaign", source="Daily Post", published="2024-03-01"),
        "reed": post_doc(writer, REED, title="Bridge", source="Evening News", published="2024-05-10"),
        "lind": post_doc(
            writer, LIND, title="Ferries", source="Daily Post", published="2024-04-02T09:30:00Z"
        ),
    }
