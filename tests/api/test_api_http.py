"""HTTP conventions: paging and Link headers, ETag/304, CORS, health, docs, extraction."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quotes_api.api.openapi import openapi_text
from quotes_api.app import create_app
from tests.support.api_client import post_doc

ROOT = Path(__file__).resolve().parents[2]


def links(response) -> dict[str, str]:
    return {rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.headers["Link"])}


@pytest.fixture
def many(writer):
    for n in range(25):
        post_doc(
            writer, f'"Gauge {n} reads high," said Warden Ola Berg.', published=f"2024-01-{n % 5 + 1:02d}"
        )


def test_paging_is_stable_with_links(client, many):
    (speaker,) = client.get("/api/v1/speakers").get_json()["items"]  # however the extractor names her
    slug = speaker["slug"]
    seen, url, pages = [], f"/api/v1/quotes?per_page=10&speaker={slug}", 0
    while url:
        r = client.get(url)
        body = r.get_json()
        assert body["total"] == 25 == int(r.headers["X-Total-Count"]) and body["pages"] == 3
        seen += [q["id"] for q in body["items"]]
        nxt = links(r).get("next")
        url = nxt.replace("http://localhost", "") if nxt else None
        pages += 1
    assert pages == 3 and len(seen) == 25 == len(set(seen))
    r = client.get(f"/api/v1/quotes?per_page=10&page=2&speaker={slug}")
    rels = links(r)
    assert set(rels) == {"first", "prev", "next", "last"}
    assert "page=1" in rels["prev"] and "page=3" in rels["next"] and f"speaker={slug}" in rels["next"]
    beyond = client.get("/api/v1/quotes?page=9")
    assert beyond.status_code == 200 and beyond.get_json()["items"] == []
    assert client.get("/api/v1/quotes?per_page=100").status_code == 200


def test_etag_and_304(client, writer, many):
    r = client.get("/api/v1/speakers")
    etag = r.headers["ETag"]
    again = client.get("/api/v1/speakers", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    post_doc(writer, '"Something new," said Mayor Tom Reed.')
    assert client.get("/api/v1/speakers", headers={"If-None-Match": etag}).status_code == 200
    quote = client.get("/api/v1/quotes?per_page=1").get_json()["items"][0]["href"]
    tag = client.get(quote).headers["ETag"]
    assert client.get(quote, headers={"If-None-Match": tag}).status_code == 304
    assert client.get("/api/v1/quotes?page=2", headers={"If-None-Match": etag}).status_code == 200


def test_cors_on_reads_exposes_paging_headers(client, many):
    r = client.get("/api/v1/quotes", headers={"Origin": "https://newsroom.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    exposed = {h.strip().lower() for h in r.headers["Access-Control-Expose-Headers"].split(",")}
    assert {"link", "etag", "x-total-count"} <= exposed
    pre = client.options(
        "/api/v1/documents",
        headers={"Origin": "https://x.example", "Access-Control-Request-Method": "POST"},
    )
    assert "POST" not in pre.headers.get("Access-Control-Allow-Methods", "")


@pytest.mark.parametrize("path", ["/api/v1/verify", "/api/v1/extract"])
def test_cors_lets_browsers_post_to_endpoints_that_store_nothing(client, path):
    pre = client.options(
        path,
        headers={
            "Origin": "https://factcheck.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert pre.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in pre.headers["Access-Control-Allow-Methods"]
    assert "content-type" in pre.headers["Access-Control-Allow-Headers"].lower()


def test_health(client):
    assert client.get("/livez").get_json() == {"status": "ok"}
    ready = client.get("/readyz").get_json()
    assert ready["status"] == "ok" and ready["database"] in ("sqlite", "postgresql")


def test_readyz_503_when_the_database_is_unreachable():
    app = create_app({"DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2"})
    client = app.test_client()
    assert client.get("/livez").status_code == 200
    r = client.get("/readyz")
    assert r.status_code == 503 and r.mimetype == "application/problem+json"
    assert client.get("/api/v1/speakers").status_code == 503


def test_extract_stores_nothing(client):
    r = client.post("/api/v1/extract", json={"text": '"We will win," said Governor Amy Tran.'})
    assert r.status_code == 200
    (quote,) = r.get_json()["quotes"]
    assert quote["text"] == "We will win," and quote["speakers"] == ["Amy Tran"]
    assert quote["speaker_details"][0]["role"] == "Governor"
    assert quote["rule"] == "inverted"  # '"...," said Governor Amy Tran': the speaker after the verb
    assert client.get("/api/v1/quotes").get_json()["total"] == 0
    assert client.post("/api/v1/extract", json={"text": "No quotes here."}).get_json() == {"quotes": []}
    assert client.post("/api/v1/extract", json={"txt": "typo"}).status_code == 422


def test_openapi_document_served_and_committed_copy_is_current(client, app):
    served = client.get("/api/v1/openapi.json")
    assert served.status_code == 200
    document = served.get_json()
    assert document["openapi"] == "3.1.0"
    committed = (ROOT / "schema" / "openapi.json").read_text(encoding="utf-8")
    assert openapi_text(document) == committed, (
        "schema/openapi.json is out of date: run `quotes-api openapi -o schema/openapi.json`"
    )


def test_openapi_document_is_valid_and_complete(client):
    document = client.get("/api/v1/openapi.json").get_json()
    paths = {f"{m.upper()} {p}" for p, item in document["paths"].items() for m in item}
    for expected in (
        "GET /api/v1/speakers",
        "GET /api/v1/speakers/{slug}",
        "GET /api/v1/speakers/{slug}/quotes",
        "GET /api/v1/quotes",
        "GET /api/v1/quotes/{quote_id}",
        "GET /api/v1/search",
        "GET /api/v1/documents",
        "POST /api/v1/documents",
        "GET /api/v1/documents/{document_id}",
        "DELETE /api/v1/documents/{document_id}",
        "POST /api/v1/extract",
        "GET /livez",
        "GET /readyz",
    ):
        assert expected in paths
    assert document["paths"]["/api/v1/documents"]["post"]["security"]
    problem = document["components"]["responses"]["NOT_FOUND"]["content"]
    assert "application/problem+json" in problem
    json.dumps(document)  # plain JSON throughout


def test_docs_page_is_offline_html(client):
    assert client.get("/").status_code == 200  # the web pages' home (quotes_api.web) is at the root
    r = client.get("/api/v1/docs")
    assert r.status_code == 200 and r.mimetype == "text/html"
    page = r.get_data(as_text=True)
    assert "/api/v1/speakers/{slug}/quotes" in page and "Problem" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing fetched from elsewhere
