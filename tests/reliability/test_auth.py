"""Authorisation: with keys configured, every write endpoint refuses a missing or wrong key
(401), every read stays open, and no response leaks a key, a stack trace or a file path.

The write endpoints are taken from the OpenAPI document (operations that declare security),
so a new write endpoint is covered without editing this test; a POST/DELETE that declares no
security must be one of the pure computations below and must change nothing.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from quotes_api.app import create_app
from tests.support.api_client import API_KEY, TRAN, ValidatingClient

from .helpers import checksum, leaks

OTHER_KEY = "other-key-zyxwvutsrq9876"
#: Writes-shaped endpoints that only compute (nothing stored), with a valid body.
PURE = {
    ("post", "/api/v1/extract"): {"text": TRAN},
    ("post", "/api/v1/verify"): {"claim": "We will win the election", "speaker": "Amy Tran"},
}
WRONG_KEYS = [
    {},
    {"X-API-Key": ""},
    {"X-API-Key": "wrong"},
    {"X-API-Key": API_KEY[:-1]},
    {"X-API-Key": API_KEY + "x"},
    {"X-API-Key": API_KEY.upper()},
    {"X-API-Key": f"{API_KEY},{OTHER_KEY}"},
    {"Authorization": "Bearer"},
    {"Authorization": "Bearer "},
    {"Authorization": "Bearer wrong"},
    {"Authorization": f"Basic {API_KEY}"},
    {"Authorization": f"Token {API_KEY}"},
    {"Authorization": API_KEY},
    {"Authorization": "Bearer wrong", "X-API-Key": "also-wrong"},
    {"Cookie": f"X-API-Key={API_KEY}"},
]


@pytest.fixture
def keyed(app, spec, corpus) -> ValidatingClient:
    """A client of an app with two keys configured, on the corpus (no key sent by default)."""
    keyed_app = create_app({"DATABASE_URL": app.config["DATABASE_URL"], "API_KEYS": (OTHER_KEY, API_KEY)})
    return ValidatingClient(keyed_app, spec)


def concrete(path: str, corpus: dict[str, Any]) -> str:
    """A path template filled with ids and slugs that exist."""
    quote = corpus["tran"]["quotes"][0]
    values = {
        "document_id": corpus["tran"]["id"],
        "quote_id": quote["id"],
        "slug": quote["speakers"][0]["slug"],
    }
    return re.sub(r"{(\w+)}", lambda m: str(values[m.group(1)]), path)


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


def body_for(method: str, path: str) -> dict[str, Any] | None:
    if (method, path) in PURE:
        return PURE[(method, path)]
    if method == "patch":
        return {}  # a JSON body, so that the key is what is refused (not the media type)
    return {"text": '"Keys matter," said Ann Lee.'} if method == "post" else None


def test_every_write_refuses_missing_or_wrong_keys(keyed, app, spec, corpus):
    writes = [(m, p) for m, p, op in operations(spec) if op.get("security")]
    assert ("post", "/api/v1/documents") in writes and ("delete", "/api/v1/documents/{document_id}") in writes
    before = checksum(app)
    for method, path in writes:
        url = concrete(path, corpus)
        for headers in WRONG_KEYS:
            r = keyed.open(method.upper(), url, json=body_for(method, path), headers=headers)
            assert r.status_code in (401, 403), (method, path, headers, r.status_code)
            assert r.headers["WWW-Authenticate"].startswith("Bearer")
            assert not leaks(r.get_data(as_text=True) + str(r.headers), (API_KEY, OTHER_KEY))
    assert checksum(app) == before
    # Either configured key opens them.
    created = keyed.post(
        "/api/v1/documents",
        json={"text": '"Keys matter," said Ann Lee.'},
        headers={"Authorization": f"Bearer {OTHER_KEY}"},
    )
    assert created.status_code == 201
    gone = keyed.delete(created.get_json()["href"], headers={"X-API-Key": API_KEY})
    assert gone.status_code == 204


def test_every_other_operation_is_open_and_changes_nothing(keyed, app, spec, corpus):
    before = checksum(app)
    for method, path, op in operations(spec):
        if op.get("security"):
            continue
        assert method == "get" or (method, path) in PURE, f"{method.upper()} {path} writes without a key?"
        url = concrete(path, corpus) + ("?q=win" if path == "/api/v1/search" else "")
        r = keyed.client.open(url, method=method.upper(), json=body_for(method, path))
        assert r.status_code == 200, (method, path, r.status_code, r.data[:200])
        text = r.get_data(as_text=True) + str(r.headers)
        assert not leaks(text, (API_KEY, OTHER_KEY)), (method, path, leaks(text, (API_KEY, OTHER_KEY)))
    assert checksum(app) == before


def test_no_page_or_error_names_a_key(keyed, corpus):
    for path in (
        "/api/v1/docs",
        "/api/v1/openapi.json",
        "/livez",
        "/readyz",
        "/api/v1/nothing",
        "/api/v1/documents/999999",
    ):
        r = keyed.get(path)
        text = r.get_data(as_text=True) + str(r.headers)
        assert API_KEY not in text and OTHER_KEY not in text and "Traceback" not in text
