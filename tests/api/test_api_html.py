"""``POST /api/v1/documents`` with a web page: its article is stored, its metadata kept (the
request's own values win), and the server fetches nothing, not even the ``url`` it is given."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.pages_server import PAGES, Site, serving


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serving() as running:
        yield running


def test_a_posted_page_stores_its_article_with_the_page_metadata(client, writer):
    html = (PAGES / "opengraph.html").read_text(encoding="utf-8")
    r = writer.post("/api/v1/documents", json={"html": html})
    assert r.status_code == 201, r.get_json()
    body = r.get_json()
    assert body["text"].startswith("The harbour council voted") and "Total waste of money" not in body["text"]
    assert (body["title"], body["author"], body["source"], body["url"], body["published"]) == (
        "Harbour council backs tram plan",
        "Priya Nandakumar",
        "The Coastal Courier",
        "https://courier.example/news/2024/03/tram-plan",
        "2024-03-14T08:30:00Z",
    )
    assert [(q["text"], [s["name"] for s in q["speakers"]]) for q in body["quotes"]] == [
        ("This is the single biggest investment in the harbour since the sea wall,", ["Maria Okonjo"]),
        ("Nobody has shown us where the money comes from,", ["Derek Holm"]),
        ("We will consult every household on the route,", ["Maria Okonjo"]),
    ]
    for quote in body["quotes"]:  # offsets index the stored text, as /documents/{id} returns it
        assert body["text"][quote["start"] : quote["end"]] == quote["text"]
    detail = client.get(body["quotes"][1]["href"]).get_json()
    assert detail["document"]["author"] == "Priya Nandakumar"
    assert detail["context_before"] == 'Opponents said the cost had been understated. "'
    assert writer.post("/api/v1/documents", json={"html": html}).status_code == 200  # same article: stored


def test_given_values_win_and_the_url_is_never_fetched(writer, site):
    html = (PAGES / "minimal.html").read_text(encoding="utf-8")
    url = site.url("/pages/jsonld.html")
    given = {"html": html, "url": url, "title": "Fares: no rise", "author": "Ana Ruiz", "external_id": "x-9"}
    r = writer.post("/api/v1/documents", json=given)
    assert r.status_code == 201, r.get_json()
    body = r.get_json()
    assert (body["url"], body["title"], body["author"], body["external_id"]) == (
        url,
        "Fares: no rise",
        "Ana Ruiz",
        "x-9",
    )
    assert body["quotes"][0]["speakers"][0]["name"] == "Jonas Berg"
    assert site.requests == []  # no server-side request, to that URL or any other


@pytest.mark.parametrize(
    ("payload", "pointer"),
    [
        ({"html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}, "#/html"),
        ({"html": "   "}, "#/html"),
        ({"html": "<p>x</p>", "text": "x"}, "#/text"),
        ({"html": 7}, "#/html"),
        ({"html": "<p>a\u0000b</p>"}, "#/html"),
    ],
)
def test_bad_pages_are_422_problems(writer, payload, pointer):
    r = writer.post("/api/v1/documents", json=payload)
    assert r.status_code == 422 and r.mimetype == "application/problem+json"
    assert pointer in [e.get("pointer") for e in r.get_json()["errors"]], r.get_json()
