"""problem+json for every error a client can cause; API keys on writes; body size limit."""

from __future__ import annotations

import peewee
import pytest

from quotes_api.api.auth import key_is_valid
from quotes_api.api.config import config_from_env, parse_api_keys
from quotes_api.app import create_app
from tests.support.api_client import API_KEY, ValidatingClient


def test_404_405_415_413(client, writer, app):
    r = client.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.get_json()["instance"] == "/api/v1/nothing-here"
    r = client.open("PUT", "/api/v1/documents", json={"text": "x"})
    assert r.status_code == 405 and "POST" in r.headers["Allow"]
    r = writer.post("/api/v1/documents", data="text=hello", content_type="application/x-www-form-urlencoded")
    assert r.status_code == 415 and "application/json" in r.get_json()["detail"]
    r = writer.post("/api/v1/extract", data='{"text": "x"}', content_type="text/plain")
    assert r.status_code == 415
    too_big = {"text": "a" * (app.config["MAX_CONTENT_LENGTH"] + 1)}
    r = writer.post("/api/v1/documents", json=too_big)
    assert r.status_code == 413 and "limit" in r.get_json()["detail"]


def test_body_limit_is_configurable(database_url, spec):
    app = create_app({"DATABASE_URL": database_url, "API_KEYS": (), "MAX_CONTENT_LENGTH": 100})
    client = ValidatingClient(app, spec)
    assert client.post("/api/v1/extract", json={"text": "short"}).status_code == 200
    assert client.post("/api/v1/extract", json={"text": "x" * 200}).status_code == 413


def test_unexpected_errors_are_bare_problems(database_url):
    app = create_app({"DATABASE_URL": database_url})

    def boom():
        raise RuntimeError("secret internals /etc/passwd")

    def db_down():
        raise peewee.OperationalError("could not connect to server")

    def conflict():
        raise peewee.IntegrityError("UNIQUE constraint failed")

    app.add_url_rule("/boom", view_func=boom)
    app.add_url_rule("/db-down", view_func=db_down)
    app.add_url_rule("/conflict", view_func=conflict)
    client = app.test_client()
    for path, status in (("/boom", 500), ("/db-down", 503), ("/conflict", 409)):
        r = client.get(path)
        assert r.status_code == status and r.mimetype == "application/problem+json"
        text = r.get_data(as_text=True)
        assert "secret" not in text and "Traceback" not in text and "constraint" not in text
    assert client.get("/db-down").headers["Retry-After"]


def test_writes_need_a_key_when_keys_are_configured(client):
    for headers in (
        {},
        {"X-API-Key": "wrong"},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic eA=="},
    ):
        r = client.post("/api/v1/documents", json={"text": '"Hi," said Ann Lee.'}, headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
        assert client.delete("/api/v1/documents/1", headers=headers).status_code == 401
    ok = client.post(
        "/api/v1/documents", json={"text": '"Hi," said Ann Lee.'}, headers={"X-API-Key": API_KEY}
    )
    assert ok.status_code == 201
    bearer = {"Authorization": f"Bearer {API_KEY}"}
    assert client.delete(ok.get_json()["href"], headers=bearer).status_code == 204
    # Reads and extraction need no key.
    assert client.get("/api/v1/documents").status_code == 200
    assert client.post("/api/v1/extract", json={"text": "x"}).status_code == 200


def test_no_keys_configured_means_open_writes(database_url, spec, client):
    app = create_app({"DATABASE_URL": database_url, "API_KEYS": ()})
    open_client = ValidatingClient(app, spec)
    r = open_client.post("/api/v1/documents", json={"text": '"Hi," said Ann Lee.'})
    assert r.status_code == 201
    assert open_client.delete(r.get_json()["href"]).status_code == 204


def test_key_comparison_and_configuration():
    assert key_is_valid("k2", ("k1", "k2")) and not key_is_valid("k", ("k1", "k2"))
    assert not key_is_valid("k1", ()) and key_is_valid("ключ", ("ключ",))
    assert parse_api_keys(" a, b  c,,") == ("a", "b", "c") and parse_api_keys(None) == ()
    config = config_from_env(
        {"QUOTES_API_KEYS": "x,y", "QUOTES_API_MAX_BODY_BYTES": "1000", "DATABASE_URL": "s"}
    )
    assert config == {
        "DATABASE_URL": "s",
        "API_KEYS": ("x", "y"),
        "MAX_CONTENT_LENGTH": 1000,
        "API_KEY_LABELS": {"x": "key-1", "y": "key-2"},
    }
    labelled = config_from_env({"QUOTES_API_KEYS": "alice:KEY1,bot:KEY2"})
    assert labelled["API_KEYS"] == ("KEY1", "KEY2")
    assert labelled["API_KEY_LABELS"] == {"KEY1": "alice", "KEY2": "bot"}


@pytest.mark.parametrize("query", ["page=-1", "per_page=0", "per_page=101", "since=yesterday", "document=x"])
def test_parameter_errors_name_the_parameter(client, query):
    r = client.get(f"/api/v1/quotes?{query}")
    assert r.status_code == 400
    body = r.get_json()
    assert body["type"] == "urn:quotes-api:problem:validation-error"
    assert body["errors"][0]["parameter"] == query.split("=")[0] and body["errors"][0]["detail"]
