"""The response schemas stay the contract of the endpoints that write their JSON directly.

Quote lists, search, quote detail and verify encode serialize's dicts themselves (see
``quotes_api.api.render``) instead of having flask-smorest dump them through the schema. Here
each such response is dumped through its documented schema: the dump must change nothing (no
field missing, none extra, every value as the schema writes it), so the served shape is still
exactly the documented one. ETags and 304 are checked for them too.
"""

from __future__ import annotations

import json

import pytest
from flask import Flask

from quotes_api.api.pagination import page_of
from quotes_api.api.quotes import QuoteByIdSchema
from quotes_api.api.schemas import QuoteSchema, SearchHitSchema
from quotes_api.api.verify import VerifyResultSchema
from tests.support.api_client import ValidatingClient


def same_after_dump(app: Flask, schema: type, body: dict) -> None:
    with app.app_context():
        dumped = schema().dump(body)
    assert json.loads(json.dumps(dumped)) == body


@pytest.fixture
def quote_path(client: ValidatingClient, corpus: dict) -> str:
    return client.get("/api/v1/quotes").get_json()["items"][0]["href"]


@pytest.mark.parametrize(
    ("path", "schema"),
    [
        ("/api/v1/speakers/amy-tran/quotes", page_of(QuoteSchema)),
        ("/api/v1/speakers/amy-tran/quotes?sort=published&per_page=1&page=2", page_of(QuoteSchema)),
        ("/api/v1/quotes", page_of(QuoteSchema)),
        ("/api/v1/quotes?q=win", page_of(QuoteSchema)),
        ("/api/v1/quotes?speaker=nobody", page_of(QuoteSchema)),
        ("/api/v1/search?q=win", page_of(SearchHitSchema)),
        ("/api/v1/search?q=win&speaker=nobody", page_of(SearchHitSchema)),
    ],
)
def test_lists_are_their_schema_dump(app, client, corpus, path, schema):
    r = client.get(path)
    assert r.status_code == 200 and r.mimetype == "application/json"
    body = r.get_json()
    same_after_dump(app, schema, body)
    assert r.headers["X-Total-Count"] == str(body["total"])
    if body["items"]:
        assert body["items"][0]["document"]["published"].endswith("Z")
    assert client.get(path, headers={"If-None-Match": r.headers["ETag"]}).status_code == 304


def test_quote_detail_is_its_schema_dump(app, client, writer, quote_path):
    r = client.get(quote_path)
    same_after_dump(app, QuoteByIdSchema, r.get_json())
    assert client.get(quote_path, headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
    # A rejected quotation is answered in the same shape, marked, with a new ETag.
    assert writer.patch(quote_path, json={"rejected": True}).status_code == 200
    rejected = client.get(quote_path, headers={"If-None-Match": r.headers["ETag"]})
    assert rejected.status_code == 200 and rejected.get_json()["rejected"] is True
    same_after_dump(app, QuoteByIdSchema, rejected.get_json())


def test_etag_follows_the_content(client, writer, corpus):
    path = "/api/v1/speakers/amy-tran/quotes"
    before = client.get(path).headers["ETag"]
    writer.delete(f"/api/v1/documents/{corpus['reed']['id']}")
    after = client.get(path, headers={"If-None-Match": before})
    assert after.status_code == 200 and after.headers["ETag"] != before


def test_verify_is_its_schema_dump(app, client, corpus):
    for body in (
        {"claim": "We will win the election", "speaker": "Amy Tran"},
        {"claim": "We will lose the election", "speaker": "Tom Reed"},
        {"claim": "nothing anyone said here"},
    ):
        r = client.post("/api/v1/verify", json=body)
        assert r.status_code == 200
        result = r.get_json()
        same_after_dump(app, VerifyResultSchema, result)
    assert result["verdict"] == "not_found"
