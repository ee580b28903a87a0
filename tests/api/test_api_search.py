"""``/api/v1/search``: ranked, highlighted, filterable, and safe with any input."""

from __future__ import annotations

from tests.support.api_client import post_doc


def test_search_ranks_and_highlights(client, corpus):
    r = client.get("/api/v1/search?q=win")
    assert r.status_code == 200
    body = r.get_json()
    assert body["total"] == 2
    hits = body["items"]
    assert hits[0]["score"] >= hits[1]["score"]
    by_text = {h["text"]: h for h in hits}
    assert by_text["We will win,"]["highlight"] == "We will <mark>win</mark>,"
    assert by_text["We will win the election,"]["highlight"] == "We will <mark>win</mark> the election,"
    assert all(h["speakers"][0]["slug"] == "amy-tran" for h in hits)
    assert client.get("/api/v1/search?q=win&speaker=amy-tran&since=2024-04-01").get_json()["total"] == 1
    assert client.get("/api/v1/search?q=win&speaker=tom-reed").get_json()["total"] == 0
    assert client.get("/api/v1/search?q=win&speaker=nobody").get_json()["total"] == 0
    assert client.get("/api/v1/search?q=win&until=2024-02-01").get_json()["total"] == 0


def test_search_stems_words(client, corpus):
    assert client.get("/api/v1/search?q=listening").get_json()["items"][0]["text"] == (
        "We have listened to the islanders,"
    )


def test_search_escapes_html_in_highlight(client, writer):
    post_doc(writer, '"Use <b>bold</b> & win," said Editor Kim Park.')
    hit = client.get("/api/v1/search?q=bold").get_json()["items"][0]
    assert "<b>" not in hit["highlight"] and "&lt;b&gt;" in hit["highlight"]
    assert "<mark>bold</mark>" in hit["highlight"] and "&amp;" in hit["highlight"]


def test_search_needs_q_and_survives_any_input(client, corpus):
    assert client.get("/api/v1/search").status_code == 400
    assert client.get("/api/v1/search?q=").status_code == 400
    assert client.get("/api/v1/search", query_string={"q": "x" * 501}).status_code == 400
    for q in ('"unclosed', "AND", "OR win", "((", ")", "-win", "win NOT", "^", "a-b-c", "'", "NEAR(a b)"):
        assert client.get("/api/v1/search", query_string={"q": q}).status_code == 200, q


def test_search_pages(client, writer):
    for n in range(5):
        post_doc(writer, f'"The river is rising at gauge {n}," said Warden Ola Berg.')
    first = client.get("/api/v1/search?q=river&per_page=2").get_json()
    second = client.get("/api/v1/search?q=river&per_page=2&page=2").get_json()
    third = client.get("/api/v1/search?q=river&per_page=2&page=3").get_json()
    ids = [h["id"] for p in (first, second, third) for h in p["items"]]
    assert first["total"] == 5 and len(ids) == 5 == len(set(ids))
