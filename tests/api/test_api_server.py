"""End to end: the real ``quotes-api serve`` process (waitress) on a free local port, over HTTP.

Also the README's run command: ``quotes-api serve --load fixtures/`` in an empty folder serves
Wang Yi's 7 quotes from the seed article at ``/api/v1/speakers/wang-yi/quotes``.
"""

from __future__ import annotations

import http.client

import requests

from quotes_api.app import create_app
from quotes_api.storage.base import database_proxy
from tests.support.api_client import API_KEY, LIND, REED, TRAN
from tests.support.paths import ROOT
from tests.support.servers import server


def test_production_server_end_to_end(database_url, client, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tran.txt").write_text(TRAN, encoding="utf-8")
    (docs / "reed.txt").write_text(REED, encoding="utf-8")
    env = {"DATABASE_URL": database_url, "QUOTES_API_KEYS": f"other-key,{API_KEY}"}
    args = ["--workers", "2", "--load", str(docs)]
    with server(args, env=env, cwd=tmp_path, log=tmp_path / "server.log") as base:
        api = f"{base}/api/v1"
        r = requests.get(f"{api}/speakers/amy-tran/quotes", timeout=10)
        assert r.status_code == 200 and r.json()["total"] == 3
        assert r.headers["Server"] == "quotes-api"  # waitress, named so
        assert r.headers["X-Total-Count"] == "3" and 'rel="first"' in r.headers["Link"]
        assert (
            requests.get(r.url, headers={"If-None-Match": r.headers["ETag"]}, timeout=10).status_code == 304
        )
        cors = requests.get(f"{api}/quotes", headers={"Origin": "https://x.example"}, timeout=10)
        assert cors.headers["Access-Control-Allow-Origin"] == "*"

        denied = requests.post(f"{api}/documents", json={"text": LIND}, timeout=10)
        assert denied.status_code == 401 and denied.headers["Content-Type"] == "application/problem+json"
        bearer = {"Authorization": f"Bearer {API_KEY}"}
        made = requests.post(f"{api}/documents", json={"text": LIND}, headers=bearer, timeout=30)
        assert made.status_code == 201
        # Every worker sees the write (one shared database, no per-process state).
        for _ in range(6):
            assert requests.get(f"{api}/speakers/sara-lind", timeout=10).status_code == 200
        big = requests.post(f"{api}/extract", json={"text": "x" * (3 * 1024 * 1024)}, timeout=30)
        assert big.status_code == 413
        bad = requests.post(
            f"{api}/extract", data=b"\xff\xfe", headers={"Content-Type": "application/json"}, timeout=10
        )
        assert bad.status_code == 400 and bad.headers["Content-Type"] == "application/problem+json"
        gone = requests.delete(base + made.json()["href"], headers={"X-API-Key": API_KEY}, timeout=10)
        assert gone.status_code == 204
        assert requests.get(f"{api}/speakers/sara-lind", timeout=10).status_code == 404
        assert requests.get(f"{api}/docs", timeout=10).headers["Content-Type"].startswith("text/html")
    log = (tmp_path / "server.log").read_text()
    assert "2 new" in log and "Serving on http://127.0.0.1:" in log


def test_without_keys_it_binds_loopback_only_and_says_so(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}", "QUOTES_API_KEYS": ""}
    log = tmp_path / "server.log"
    with server(["--host", "0.0.0.0", "--workers", "1"], env=env, cwd=tmp_path, log=log) as base:
        assert requests.get(f"{base}/livez", timeout=10).json() == {"status": "ok"}
    text = log.read_text()
    assert "no API keys configured" in text and "127.0.0.1 only" in text
    assert "Serving on http://127.0.0.1:" in text


def test_dev_server(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}", "QUOTES_API_KEYS": API_KEY}
    with server(["--dev"], env=env, cwd=tmp_path, log=tmp_path / "server.log") as base:
        r = requests.post(f"{base}/api/v1/extract", json={"text": TRAN}, timeout=10)
        assert r.status_code == 200 and len(r.json()["quotes"]) == 2
        assert "Werkzeug" in r.headers["Server"]


def test_readme_run_command_serves_the_seed(tmp_path):
    """The README's command, from an empty folder with the default SQLite database."""
    env = {"QUOTES_API_KEYS": None, "DATABASE_URL": None}
    log = tmp_path / "server.log"
    with server(["--load", str(ROOT / "fixtures")], env=env, cwd=tmp_path, log=log) as base:
        r = requests.get(f"{base}/api/v1/speakers/wang-yi/quotes", timeout=10)
        assert r.status_code == 200
        body = r.json()
        assert body["total"] == 7 and len(body["items"]) == 7
        assert all(q["speakers"][0]["name"] == "Wang Yi" for q in body["items"])
    assert (tmp_path / "quotes.db").exists()


def test_connections_are_kept_alive_and_threads_share_the_page_cache(tmp_path):
    """The server answers several requests on one connection, and a worker's threads split
    one connection's SQLite page cache."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}", "QUOTES_API_KEYS": API_KEY}
    log = tmp_path / "server.log"
    with server(["--workers", "1", "--threads", "2"], env=env, cwd=tmp_path, log=log) as base:
        port = int(base.rsplit(":", 1)[1])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", "/api/v1/quotes")
            first = conn.getresponse()
            first.read()
            sock = conn.sock
            assert first.status == 200 and not first.will_close
            conn.request("GET", "/api/v1/speakers")
            second = conn.getresponse()
            second.read()
            assert second.status == 200 and conn.sock is sock  # the same connection
        finally:
            conn.close()
    assert "Serving on http://127.0.0.1:" in log.read_text()
    app = create_app({"DATABASE_URL": env["DATABASE_URL"], "SQLITE_CACHE_KB": 32000})
    with app.test_request_context():
        database_proxy.initialize(app.extensions["quotes_db"])
        assert app.extensions["quotes_db"].execute_sql("PRAGMA cache_size").fetchone()[0] == -32000
