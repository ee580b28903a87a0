"""Issue 15, items 3, 5 and 6: values that crashed the server or the ingest.

3. ``published`` in range as written but out of range in UTC (``0001-01-01T00:00:00+14:00``):
   422 naming the field from the API, a ``file:line`` skip from ``quotes-api ingest``, and
   ``serve --load`` still starts (on both backends).
5. A JSON number of more digits than Python converts (4,300): 400, not 500.
6. A chunked body over the size limit: 413, as documented.
"""

from __future__ import annotations

import json
import socket

import pytest
import requests

from tests.support.api_client import API_KEY
from tests.support.cli import run_cli, stats_json
from tests.support.servers import server

OUT_OF_RANGE = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"]
KEY = {"X-API-Key": API_KEY}


@pytest.mark.parametrize("published", OUT_OF_RANGE)
def test_out_of_range_published_is_a_422_naming_the_field(writer, published):
    r = writer.post("/api/v1/documents", json={"text": '"We will," said Amy Tran.', "published": published})
    assert r.status_code == 422, r.get_data(as_text=True)
    assert r.content_type == "application/problem+json"
    assert [e["pointer"] for e in r.get_json()["errors"]] == ["#/published"]


def _article(n: int) -> str:
    return f'"We will build bridge number {n}," said Mayor Ann Pike. The council met on Monday.'


def test_ingest_skips_an_out_of_range_date_by_file_and_line(fresh_url, tmp_path):
    url = fresh_url()
    lines = [
        {"id": "a", "text": _article(1), "published": "2024-05-01"},
        {"id": "b", "text": _article(2), "published": OUT_OF_RANGE[0]},
        {"id": "c", "text": _article(3), "published": "2024-05-03T10:00:00+02:00"},
        {"id": "d", "text": _article(4), "published": OUT_OF_RANGE[1]},
    ]
    path = tmp_path / "dates.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    done = run_cli(["ingest", str(path)], url)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    assert f"{path}:2: published" in done.stderr and f"{path}:4: published" in done.stderr
    assert stats_json(url)["documents"] == 2


def test_serve_load_starts_despite_an_out_of_range_date(fresh_url, tmp_path):
    path = tmp_path / "dates.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": _article(1)})
        + "\n"
        + json.dumps({"id": "b", "text": _article(2), "published": OUT_OF_RANGE[0]})
        + "\n",
        encoding="utf-8",
    )
    env = {"DATABASE_URL": fresh_url(), "QUOTES_API_KEYS": API_KEY}
    log = tmp_path / "server.log"
    with server(["--workers", "1", "--load", str(path)], env=env, cwd=tmp_path, log=log) as base:
        assert requests.get(f"{base}/api/v1/documents", timeout=10).json()["total"] == 1
    assert "1 new, 0 already stored, 1 failed" in log.read_text()


@pytest.mark.parametrize("endpoint", ["/api/v1/documents", "/api/v1/extract", "/api/v1/verify"])
def test_a_number_of_5000_digits_is_a_400(writer, endpoint):
    body = '{"text": "x", "claim": "x", "page": ' + "9" * 5000 + "}"
    r = writer.post(endpoint, data=body, content_type="application/json")
    assert r.status_code == 400, r.get_data(as_text=True)[:300]
    assert r.content_type == "application/problem+json"


def _raw(base: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    host, port = base.rsplit("/", 1)[-1].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def test_a_chunked_body_over_the_limit_is_a_413(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}", "QUOTES_API_KEYS": API_KEY}
    with server(["--workers", "1"], env=env, cwd=tmp_path, log=tmp_path / "server.log") as base:
        for key, size in ((b"X-API-Key: " + API_KEY.encode() + b"\r\n", 3 * 1024 * 1024), (b"", 300 * 1024)):
            body = json.dumps({"text": "a" * size}).encode()
            chunks = b"".join(
                b"%x\r\n%s\r\n" % (len(body[i : i + 65536]), body[i : i + 65536])
                for i in range(0, len(body), 65536)
            )
            head = (
                b"POST /api/v1/extract HTTP/1.1\r\nHost: x\r\n" + key + b"Content-Type: application/json"
                b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            )
            status, headers, answer = _raw(base, head + chunks + b"0\r\n\r\n")
            assert status == 413, answer[:300]
            assert headers["content-type"] == "application/problem+json"
        small = json.dumps({"text": '"We will," said Amy Tran.'}).encode()
        head = (
            b"POST /api/v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
            b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        )
        status, _, answer = _raw(base, head + b"%x\r\n%s\r\n0\r\n\r\n" % (len(small), small))
        assert status == 200 and json.loads(answer)["quotes"], answer[:300]
