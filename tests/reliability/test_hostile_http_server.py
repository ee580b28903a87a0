"""Hostile input that only a real server sees: raw bytes on the socket, over-long request lines
and headers, lying Content-Length, chunked floods. Against the real server (``live_api``): each gets a
4xx problem+json (the server's own answers included), and the stored data is unchanged.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
from urllib.parse import urlsplit

import requests

from quotes_api.storage.db import database_from_url
from tests.support.api_client import API_KEY

from .helpers import leaks, table_checksum


def stored_checksum(url: str) -> str:
    db = database_from_url(url)
    try:
        return table_checksum(db)
    finally:
        db.close()


def raw(base: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send ``request`` as it is; the status, headers and body of the answer (read up to its
    Content-Length: the server may keep waiting for a body that a lying header announced)."""
    parts = urlsplit(base)
    data = b""
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        # The server may answer and close before reading everything: read its answer anyway.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(request)
        while True:
            if b"\r\n\r\n" in data:
                head, _, body = data.partition(b"\r\n\r\n")
                length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
                if length and len(body) >= int(length.group(1)):
                    break
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


def assert_problem(status: int, headers: dict[str, str], body: bytes, *statuses: int) -> None:
    assert 400 <= status < 500 and (not statuses or status in statuses), (status, body[:300])
    assert headers["content-type"] == "application/problem+json", (status, headers, body[:200])
    problem = json.loads(body)
    assert problem["status"] == status and problem["title"]
    assert not leaks(body.decode("utf-8", "replace") + json.dumps(headers), (API_KEY,))


def test_raw_hostile_requests_get_problems(live_api, database_url):
    before = stored_checksum(database_url)
    host = b"Host: localhost\r\n"
    cases: list[tuple[bytes, tuple[int, ...]]] = [
        (b"GET /api/v1/quotes?q=" + b"a" * 10_000 + b" HTTP/1.1\r\n" + host + b"\r\n", (414,)),
        (b"GET /api/v1/search?q=" + b"%22" * 3000 + b" HTTP/1.1\r\n" + host + b"\r\n", (414,)),
        (b"GET /api/v1/quotes?q=" + b"b" * 5_000 + b" HTTP/1.1\r\n" + host + b"\r\n", (400,)),
        (b"GET /api/v1/quotes?q=a\x00b HTTP/1.1\r\n" + host + b"\r\n", (400,)),
        (b"GET /api/v1/quotes?q=a%00b HTTP/1.1\r\n" + host + b"\r\n", (400,)),
        (b"GET /api/v1/speakers/a%00b HTTP/1.1\r\n" + host + b"\r\n", (404,)),
        (b"GET /api/v1/quotes?page=-1 HTTP/1.1\r\n" + host + b"\r\n", (400,)),
        (b"GET /api/v1/quotes?page=" + b"9" * 400 + b" HTTP/1.1\r\n" + host + b"\r\n", (400,)),
        (b"GET /api/v1/quotes HTTP/1.1\r\n" + host + b"X-Big: " + b"x" * 100_000 + b"\r\n\r\n", (400, 431)),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 100 + b"\r\n\r\n", (400,)),  # TLS
        (b"GARBAGE\r\n\r\n", (400,)),
        (
            b"POST /api/v1/documents HTTP/1.1\r\n"
            + host
            + b"X-API-Key: "
            + API_KEY.encode()
            + b"\r\nContent-Type: application/json\r\nContent-Length: 1000000000000\r\n\r\n{}",
            (400, 413),
        ),
        (
            b"POST /api/v1/documents HTTP/1.1\r\n"
            + host
            + b"X-API-Key: "
            + API_KEY.encode()
            + b'\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{"text": \xff}',
            (400,),
        ),
        (
            b"POST /api/v1/documents HTTP/1.1\r\n"
            + host
            + b"X-API-Key: "
            + API_KEY.encode()
            + b'\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n{"text":"\x00"}',
            (400,),
        ),
        (
            b"POST /api/v1/extract HTTP/1.1\r\n" + host + b"Content-Type: application/json\r\n"
            b'Content-Length: 5\r\nContent-Length: 7\r\n\r\n{"a"}',
            (400,),
        ),
    ]
    for request, statuses in cases:
        status, headers, body = raw(live_api, request)
        assert_problem(status, headers, body, *statuses)
    assert stored_checksum(database_url) == before


def test_floods_and_bad_bodies_over_http(live_api, database_url):
    before = stored_checksum(database_url)
    api, key = f"{live_api}/api/v1", {"X-API-Key": API_KEY}

    def flood():  # 3 MB, chunked: no Content-Length to refuse it by
        for _ in range(48):
            yield b'"' * 65536

    responses = [
        requests.post(
            f"{api}/documents", data=flood(), headers={**key, "Content-Type": "application/json"}, timeout=60
        ),
        requests.post(
            f"{api}/documents",
            data=json.dumps({"text": "x" * 3_000_000}),
            timeout=60,
            headers={**key, "Content-Type": "application/json"},
        ),
        requests.post(
            f"{api}/documents",
            data=b"\xff\xfe\xfd",
            timeout=10,
            headers={**key, "Content-Type": "application/json"},
        ),
        requests.post(f"{api}/documents", data="text=hi", headers=key, timeout=10),
        requests.post(f"{api}/documents", json={"text": ["a"]}, headers=key, timeout=10),
        requests.post(
            f"{api}/documents",
            data="[" * 200_000,
            timeout=10,
            headers={**key, "Content-Type": "application/json"},
        ),
        requests.get(f"{api}/quotes", params={"q": "' OR 1=1 --", "page": "1e99"}, timeout=10),
        requests.get(f"{api}/quotes/{10**30}", timeout=10),
        requests.get(f"{api}/speakers", params={"sort": "name; DROP TABLE speaker"}, timeout=10),
    ]
    for r in responses:
        assert 400 <= r.status_code < 500, (r.status_code, r.text[:200])
        assert r.headers["Content-Type"] == "application/problem+json"
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert not leaks(r.text + json.dumps(dict(r.headers)), (API_KEY,))
    assert stored_checksum(database_url) == before
