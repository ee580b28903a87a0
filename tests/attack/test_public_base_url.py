"""Issue 15, item 10: the Host header does not decide the links the API hands out.

With ``QUOTES_API_BASE_URL`` set, ``Link`` headers, JSON-LD ``@id``s and Web Annotation ids
start with it whatever ``Host`` a client sends; without it they follow the request's host and
the response says ``Vary: Host``, so no shared cache gives one host's links to another.
"""

from __future__ import annotations

import json

from quotes_api.app import create_app
from tests.support.api_client import API_KEY

EVIL = {"Host": "evil.example"}
BASE = "https://quotes.example.org"


def _app(database_url: str, **env: str):
    return create_app({"DATABASE_URL": database_url, "API_KEYS": (API_KEY,), "TESTING": True, **env})


def _stored(client) -> int:
    r = client.post(
        "/api/v1/documents",
        json={"text": '"We will mend the pier," said Mayor Ann Pike.'},
        headers={"X-API-Key": API_KEY},
    )
    assert r.status_code in (200, 201)
    return r.get_json()["quotes"][0]["id"]


def test_a_configured_base_url_wins_over_the_host_header(database_url):
    client = _app(database_url, PUBLIC_BASE_URL=BASE).test_client()
    quote_id = _stored(client)
    listing = client.get("/api/v1/quotes?per_page=1", headers=EVIL)
    assert "evil.example" not in listing.headers["Link"]
    links = listing.headers["Link"].split(",")
    assert all(link.strip().startswith(f"<{BASE}/api/v1/quotes?") for link in links)
    export = client.get("/api/v1/export?format=jsonld", headers=EVIL).get_data(as_text=True)
    assert "evil.example" not in export and f"{BASE}/api/v1/" in export
    note = client.get(f"/api/v1/quotes/{quote_id}/annotation", headers=EVIL)
    assert note.status_code == 200 and json.loads(note.get_data())["id"].startswith(f"{BASE}/api/v1/quotes/")
    assert "Host" not in listing.headers.get("Vary", "")


def test_without_a_base_url_links_follow_the_host_and_vary_on_it(database_url):
    client = _app(database_url).test_client()
    _stored(client)
    listing = client.get("/api/v1/quotes?per_page=1", headers=EVIL)
    assert "<http://evil.example/api/v1/quotes?" in listing.headers["Link"]
    assert "Host" in listing.headers["Vary"]
    export = client.get("/api/v1/export?format=jsonld", headers=EVIL)
    assert "Host" in export.headers["Vary"]
    assert "Host" not in client.get("/livez", headers=EVIL).headers.get("Vary", "")  # no links in it


def test_the_base_url_is_read_from_the_environment(database_url, monkeypatch):
    monkeypatch.setenv("QUOTES_API_BASE_URL", BASE + "/")
    client = create_app({"DATABASE_URL": database_url, "TESTING": True}).test_client()
    assert client.get("/api/v1/quotes", headers=EVIL).headers["Link"].startswith(f"<{BASE}/api/v1/quotes?")
