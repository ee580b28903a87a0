"""Hostile HTTP input: every malformed, mistyped, oversized or injection-shaped request gets a
4xx problem+json (or, for a search box, an ordinary answer), never a 5xx or a leak, and the
stored data is byte-for-byte unchanged afterwards (a checksum of every table).

Through the Flask test client on both backends; ``test_hostile_http_server.py`` sends what only
a real server sees (raw bytes, over-long request lines) to the server (waitress).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.support.api_client import API_KEY

from .helpers import checksum, leaks

INJECTIONS = [
    '"',
    "*",
    "NEAR(",
    "' OR 1=1 --",
    '" OR ""="',
    "a*",
    "NEAR(a b, 2)",
    ")",
    "(((",
    "^a",
    "a:b",
    "'; DROP TABLE quote; --",
    "1; DELETE FROM document",
    "%",
    "_",
    "\\",
    "quote_fts",
    "{}",
    "AND OR NOT",
    "\u201cunbalanced",
    "-",
    "--",
    "+",
    "a\x00b",
    "😀" * 50,
]

#: Every text (string) query parameter of the read endpoints, with a valid value of the others.
TEXT_PARAMETERS = [
    ("/api/v1/speakers", "q"),
    ("/api/v1/speakers", "kind"),
    ("/api/v1/speakers", "sort"),
    ("/api/v1/speakers/amy-tran/quotes", "q"),
    ("/api/v1/speakers/amy-tran/quotes", "sort"),
    ("/api/v1/quotes", "q"),
    ("/api/v1/quotes", "speaker"),
    ("/api/v1/quotes", "sort"),
    ("/api/v1/search", "q"),
    ("/api/v1/search?q=win", "speaker"),
    ("/api/v1/documents", "source"),
    ("/api/v1/documents", "sort"),
    ("/api/v1/quotes", "since"),
    ("/api/v1/documents", "until"),
    ("/api/v1/quotes", "document"),
    ("/api/v1/quotes", "page"),
]

PAGES = [
    "-1",
    "0",
    "-99999999999999999999",
    "99999999999999999999",
    str(2**31),
    str(2**63),
    "1e9",
    "1.5",
    "abc",
    "",
    "0x10",
    " 1",
    "١",
]


def assert_problem(response: Any, *statuses: int) -> dict[str, Any]:
    """A 4xx problem+json (one of ``statuses`` when given) that leaks nothing."""
    assert 400 <= response.status_code < 500, (response.status_code, response.data[:300])
    if statuses:
        assert response.status_code in statuses, (response.status_code, response.data[:300])
    assert response.mimetype == "application/problem+json", response.data[:300]
    body = response.get_json()
    assert body["status"] == response.status_code and body["title"]
    assert not leaks(response.get_data(as_text=True) + str(response.headers), (API_KEY,))
    return body


@pytest.fixture
def stored(app, corpus) -> str:
    """The corpus stored, and the checksum of the tables holding it."""
    return checksum(app)


def test_injection_syntax_in_every_text_parameter(client, app, stored):
    total = client.get("/api/v1/quotes").get_json()["total"]
    seen = 0
    for path, name in TEXT_PARAMETERS:
        for value in INJECTIONS:
            base, _, fixed = path.partition("?")
            query = dict([fixed.split("=")] if fixed else [])
            response = client.get(base, query_string={**query, name: value})
            seen += 1
            assert response.status_code < 500, (path, name, value, response.data[:300])
            if response.status_code >= 400:
                assert_problem(response)
                continue
            body = response.get_json()
            assert not leaks(response.get_data(as_text=True), (API_KEY,))
            # An injection never widens a query: "' OR 1=1 --" does not list every quote.
            if "total" in body and name in ("q", "speaker", "document", "source"):
                assert body["total"] < max(total, 1) or value in ("*", "%", "_"), (path, name, value)
    assert seen == len(TEXT_PARAMETERS) * len(INJECTIONS)
    assert checksum(app) == stored


def test_negative_and_enormous_pages(client, app, stored):
    for path in (
        "/api/v1/quotes",
        "/api/v1/speakers",
        "/api/v1/documents",
        "/api/v1/search?q=win",
        "/api/v1/speakers/amy-tran/quotes",
    ):
        sep = "&" if "?" in path else "?"
        for value in PAGES:
            for name in ("page", "per_page"):
                response = client.get(f"{path}{sep}{name}={value}")
                if value in (" 1", "١") and response.status_code == 200:
                    continue  # int(" 1") and int("١") (Arabic-Indic one) are 1: lenient, not wrong
                assert_problem(response, 400)
        # The last page a client may ask for is answered (empty), not an overflow.
        far = client.get(f"{path}{sep}page={2**31 - 1}&per_page=100")
        assert far.status_code == 200 and far.get_json()["items"] == []
    assert checksum(app) == stored


def test_malformed_and_mistyped_bodies(writer, app, stored):
    bodies: list[tuple[bytes | str, str, tuple[int, ...]]] = [
        (b"{not json", "application/json", (400,)),
        (b"", "application/json", (400, 422)),
        (b"null", "application/json", (400, 422)),
        (b'{"text": "a"', "application/json", (400,)),
        (b'{"text": "\\ud800 said"}', "application/json", (422,)),  # a lone surrogate
        (b"\xff\xfe\x00\x00", "application/json", (400,)),  # not UTF-8
        (b'{"text": "caf\xe9"}', "application/json", (400,)),  # Latin-1 byte in UTF-8 JSON
        (b'{"text": "x\\u0000y"}', "application/json", (422,)),
        (b'{"text": "x\x00y"}', "application/json", (400,)),  # raw NUL: not JSON at all
        (("[" * 100_000).encode(), "application/json", (400, 422)),  # nesting beyond any parser
        (b'{"text": ' * 50_000, "application/json", (400, 422)),
        (b'{"text": "a", "text": 5}', "application/json", (422,)),
        (b'{"text": "ok"}', "text/plain", (415,)),
        (b'{"text": "ok"}', "application/x-www-form-urlencoded", (415,)),
        (b'{"text": "ok"}', "multipart/form-data; boundary=x", (415,)),
        (b'{"text": "ok"}', "", (415,)),
        (b"text=ok", "application/x-www-form-urlencoded", (415,)),
    ]
    for typ in (5, 1.5, True, None, ["a"], {"a": 1}, "", "   \n\t"):
        bodies.append((json.dumps({"text": typ}), "application/json", (422,)))
    for field, value in (
        ("title", 5),
        ("url", "javascript:alert(1)"),
        ("url", "ftp://x.org"),
        ("published", "2024-13-45"),
        ("published", 20240101),
        ("source", ["x"]),
        ("external_id", {"a": 1}),
        ("title", "x" * 3000),
        ("unknown", 1),
    ):
        bodies.append((json.dumps({"text": '"Hi," said Ann Lee.', field: value}), "application/json", (422,)))
    for payload in ([], ["text"], "text", 5, True):
        bodies.append((json.dumps(payload), "application/json", (422,)))
    for path in ("/api/v1/documents", "/api/v1/extract"):
        for data, content_type, statuses in bodies:
            headers = {"Content-Type": content_type} if content_type else {}
            response = writer.client.post(path, data=data, headers={**writer.headers, **headers})
            assert_problem(response, *statuses)
    assert checksum(app) == stored


def test_huge_bodies(writer, app, stored):
    limit = app.config["MAX_CONTENT_LENGTH"]
    huge = json.dumps({"text": '"' * (limit + 10)})
    for path in ("/api/v1/documents", "/api/v1/extract", "/api/v1/verify"):
        assert_problem(writer.post(path, data=huge, content_type="application/json"), 413)
    assert checksum(app) == stored


HOSTILE_PATHS = [
    "/api/v1/quotes/-1",
    "/api/v1/quotes/0",
    f"/api/v1/quotes/{2**31}",
    f"/api/v1/quotes/{10**40}",
    "/api/v1/quotes/1e3",
    "/api/v1/documents/' OR 1=1 --",
    "/api/v1/speakers/%00",
    "/api/v1/speakers/a%00b/quotes",
    "/api/v1/speakers/' OR 1=1 --",
    "/api/v1/speakers/" + "x" * 5000,
    "/api/v1/speakers/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/api/v1/../../etc/passwd",
    "/api/v1/speakers/%ff%fe",
    "/api/v1/quotes?q=%ff%fe%ed%a0%80",
    "/api/v1/search?q=%c0%af",
    "/api/v1/quotes?q=" + "a" * 10_000,
    "/api/v1/search?q=" + "NEAR(" * 2000,
    "/api/v1/quotes?" + "&".join(["page=1"] * 2000),
]


def test_hostile_paths(client, app, stored):
    for path in HOSTILE_PATHS:
        response = client.get(path)
        assert response.status_code < 500, (path[:80], response.data[:200])
        if response.status_code >= 400:
            assert_problem(response)
    assert checksum(app) == stored


def test_verify_refuses_hostile_claims(client, app, stored):
    claims = [
        b'{"claim": "\\"\\ud800 we will win,\\" said Ann Lee."}',
        ("[" * 100_000).encode(),
        b'{"claim": 5}',
        b'{"claim": ""}',
        b"{bad",
        b'{"claim": "x", "speaker": ["a"]}',
        b'{"claim": "from", "speaker": "\\u00b5\\u0000"}',
    ]
    for data in claims:
        assert_problem(client.post("/api/v1/verify", data=data, content_type="application/json"))
    assert checksum(app) == stored
