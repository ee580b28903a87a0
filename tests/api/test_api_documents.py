"""``/api/v1/documents``: list, detail, POST (201/200/422), DELETE (speakers left with nothing go)."""

from __future__ import annotations

from tests.support.api_client import REED, TRAN, post_doc


def test_post_stores_extracts_and_is_idempotent(client, writer):
    r = writer.post("/api/v1/documents", json={"text": TRAN, "title": "T", "url": "https://example.org/a"})
    assert r.status_code == 201
    body = r.get_json()
    assert r.headers["Location"] == body["href"] == f"/api/v1/documents/{body['id']}"
    assert [q["text"] for q in body["quotes"]] == ["We will win the election,", "Taxes will not rise,"]
    assert body["text"] == TRAN and body["length"] == len(TRAN) and body["quote_count"] == 2
    again = writer.post("/api/v1/documents", json={"text": TRAN, "title": "other title"})
    assert again.status_code == 200
    assert again.get_json()["id"] == body["id"] and again.get_json()["title"] == "T"
    assert client.get("/api/v1/documents").get_json()["total"] == 1
    assert client.get("/api/v1/speakers/amy-tran").get_json()["quote_count"] == 2


def test_post_validation(writer):
    cases = [
        ({}, "#/text"),
        ({"text": "   "}, "#/text"),
        ({"text": 5}, "#/text"),
        ({"text": "x", "published": "last tuesday"}, "#/published"),
        ({"text": "x", "url": "not a url"}, "#/url"),
        ({"text": "x", "colour": "red"}, "#/colour"),
        ({"text": "x\u0000y"}, "#/text"),
    ]
    for payload, pointer in cases:
        r = writer.post("/api/v1/documents", json=payload)
        assert r.status_code == 422, payload
        assert pointer in [e.get("pointer") for e in r.get_json()["errors"]], r.get_json()
    r = writer.post("/api/v1/documents", json=["a list"])
    assert r.status_code == 422
    r = writer.post("/api/v1/documents", data="{not json", content_type="application/json")
    assert r.status_code == 400 and "JSON" in r.get_json()["detail"]


def test_documents_list_filters_and_detail(client, corpus):
    body = client.get("/api/v1/documents").get_json()
    assert [d["title"] for d in body["items"]] == ["Bridge", "Ferries", "Tran campaign"]  # newest first
    assert "text" not in body["items"][0]
    assert [d["title"] for d in client.get("/api/v1/documents?sort=published").get_json()["items"]][0] == (
        "Tran campaign"
    )
    assert client.get("/api/v1/documents?source=Daily%20Post").get_json()["total"] == 2
    assert client.get("/api/v1/documents?since=2024-04-01").get_json()["total"] == 2
    assert client.get("/api/v1/documents?sort=-ingested").get_json()["items"][0]["title"] == "Ferries"
    assert client.get("/api/v1/documents?sort=title").status_code == 400
    detail = client.get(f"/api/v1/documents/{corpus['reed']['id']}").get_json()
    assert detail["text"] == REED and detail["quote_count"] == 3
    assert [q["speakers"][0]["slug"] for q in detail["quotes"]] == ["tom-reed", "amy-tran", "port-authority"]
    assert client.get("/api/v1/documents/424242").status_code == 404


def test_delete_removes_quotes_and_orphaned_speakers(client, writer, corpus):
    reed = corpus["reed"]["id"]
    r = writer.delete(f"/api/v1/documents/{reed}")
    assert r.status_code == 204 and r.data == b""
    assert client.get(f"/api/v1/documents/{reed}").status_code == 404
    assert client.get("/api/v1/speakers/tom-reed").status_code == 404
    slugs = [s["slug"] for s in client.get("/api/v1/speakers").get_json()["items"]]
    assert "tom-reed" not in slugs and "port-authority" not in slugs
    assert client.get("/api/v1/speakers/amy-tran").get_json()["quote_count"] == 2  # the other document's
    assert client.get("/api/v1/quotes?q=bridge").get_json()["total"] == 0  # gone from the index too
    assert client.get("/api/v1/search?q=bridge").get_json()["total"] == 0
    assert writer.delete(f"/api/v1/documents/{reed}").status_code == 404
    # Storing it again brings everything back.
    post_doc(writer, REED)
    assert client.get("/api/v1/speakers/tom-reed").status_code == 200
