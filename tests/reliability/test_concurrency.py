"""Many writers at once, with readers listing and searching meanwhile, on SQLite and PostgreSQL:
no error, no duplicate, no lost document, exact counts; a busy database is waited for and
retried, never reported to a client.

* threads: writer threads post overlapping documents through the app while reader threads
  list, page and search (one connection a thread, as under a threaded server);
* processes: several ``quotes-api ingest`` processes load overlapping files at once, and end
  with exactly the counts of one sequential ingest of their union;
* a real server (4 workers) taking overlapping posts from many clients while others
  read (``test_server_under_concurrent_writers``);
* a writer that finds the database locked by another connection waits and succeeds.
"""

from __future__ import annotations

import random
import re
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests
from peewee import SqliteDatabase

from quotes_api.app import create_app
from quotes_api.extraction import extract
from quotes_api.storage.retry import retrying
from tests.support.api_client import API_KEY
from tests.support.cli import popen_cli, run_cli, stats_json, write_jsonl
from tests.support.consistency import check_consistency
from tests.support.documents import news_text
from tests.support.servers import server

WRITER_THREADS = 8
READER_THREADS = 3
POOL = 40  # distinct documents; each writer posts a random 60 % of them
INGEST_PROCESSES = 4
INGEST_DOCS = 400  # each process loads 200 of them, overlapping its neighbours by half
SERVER_CLIENTS = 12

READ_PATHS = [
    "/api/v1/quotes?per_page=50",
    "/api/v1/quotes?page=2&per_page=5",
    "/api/v1/speakers",
    "/api/v1/search?q=harbour",
    "/api/v1/search?q=%22never+asked%22",
    "/api/v1/documents",
    "/api/v1/speakers/ana-lopez/quotes",
]


def expected_quotes(texts: list[str]) -> int:
    return sum(len(extract(t)) for t in texts)


def run_readers(read: Callable[[str], int], stop: threading.Event) -> Counter[int]:
    """Read until ``stop``; the count of each status seen."""
    statuses: Counter[int] = Counter()
    rng = random.Random()
    while not stop.is_set():
        statuses[read(rng.choice(READ_PATHS))] += 1
    return statuses


def hammer(
    write: Callable[[str], int], read: Callable[[str], int], texts: list[str], writers: int
) -> tuple[Counter[int], Counter[int]]:
    """``writers`` threads posting random 60 % shares of ``texts`` while readers read (the first
    text is stored before, so every path read exists)."""
    assert write(texts[0]) == 201
    stop = threading.Event()

    def writer(seed: int) -> Counter[int]:
        rng = random.Random(seed)
        mine = rng.sample(texts, k=int(len(texts) * 0.6))
        return Counter(write(t) for t in mine)

    with ThreadPoolExecutor(writers + READER_THREADS) as pool:
        readers = [pool.submit(run_readers, read, stop) for _ in range(READER_THREADS)]
        writes = [pool.submit(writer, seed) for seed in range(writers)]
        write_statuses = sum((w.result() for w in writes), Counter())
        stop.set()
        read_statuses = sum((r.result() for r in readers), Counter())
    return write_statuses, read_statuses


def api_counts(get: Callable[[str], dict[str, Any]]) -> tuple[int, int]:
    return get("/api/v1/documents?per_page=1")["total"], get("/api/v1/quotes?per_page=1")["total"]


def test_threads_write_and_read_at_once(fresh_url):
    url = fresh_url()
    app = create_app({"DATABASE_URL": url, "API_KEYS": (API_KEY,)})
    texts = [news_text(i) for i in range(POOL)]
    local = threading.local()

    def client():
        if not hasattr(local, "client"):
            local.client = app.test_client()
        return local.client

    def write(text: str) -> int:
        r = client().post("/api/v1/documents", json={"text": text}, headers={"X-API-Key": API_KEY})
        assert b"locked" not in r.data
        return r.status_code

    def read(path: str) -> int:
        return client().get(path).status_code

    writes, reads = hammer(write, read, texts, WRITER_THREADS)
    assert set(writes) <= {200, 201} and writes[201] == POOL - 1, writes  # each document created once
    assert set(reads) == {200}, reads
    c = app.test_client()
    assert api_counts(lambda p: c.get(p).get_json()) == (POOL, expected_quotes(texts))
    check_consistency(url)


def test_ingest_processes_at_once_equal_one_sequential_ingest(fresh_url, tmp_path):
    url, clean = fresh_url(), fresh_url()
    files = [
        write_jsonl(tmp_path / f"part{i}.jsonl", INGEST_DOCS // 2, start=i * INGEST_DOCS // 8)
        for i in range(INGEST_PROCESSES)
    ]
    union = write_jsonl(tmp_path / "all.jsonl", INGEST_DOCS // 2 + (INGEST_PROCESSES - 1) * INGEST_DOCS // 8)
    # The first document goes in first (so every path read exists); it is in the union too.
    seed = write_jsonl(tmp_path / "seed.jsonl", 1)
    assert run_cli(["ingest", "--no-progress", str(seed)], url).returncode == 0
    app = create_app({"DATABASE_URL": url})
    reader = app.test_client()
    stop = threading.Event()
    with ThreadPoolExecutor(READER_THREADS) as pool:
        readers = [
            pool.submit(run_readers, lambda p: reader.get(p).status_code, stop) for _ in range(READER_THREADS)
        ]
        procs = [popen_cli(["ingest", "--batch-size", "20", "--no-progress", str(f)], url) for f in files]
        outputs = [p.communicate(timeout=600) for p in procs]
        stop.set()
        read_statuses = sum((r.result() for r in readers), Counter())
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err.decode()
        assert b"locked" not in err and b"Traceback" not in err
    assert set(read_statuses) == {200}, read_statuses
    check_consistency(url)
    assert run_cli(["ingest", "--no-progress", str(union)], clean).returncode == 0
    assert stats_json(url) == stats_json(clean)


def test_server_under_concurrent_writers(fresh_url, tmp_path):
    url = fresh_url()
    texts = [news_text(1000 + i) for i in range(POOL)]
    env = {"DATABASE_URL": url, "QUOTES_API_KEYS": API_KEY}
    log = tmp_path / "server.log"
    with server(["--workers", "4"], env=env, cwd=tmp_path, log=log) as base:
        local = threading.local()

        def session() -> requests.Session:
            if not hasattr(local, "session"):
                local.session = requests.Session()
            return local.session

        def write(text: str) -> int:
            r = session().post(
                f"{base}/api/v1/documents", json={"text": text}, headers={"X-API-Key": API_KEY}, timeout=60
            )
            assert "locked" not in r.text
            return r.status_code

        def read(path: str) -> int:
            return session().get(base + path, timeout=60).status_code

        writes, reads = hammer(write, read, texts, SERVER_CLIENTS)
        assert set(writes) <= {200, 201} and writes[201] == POOL - 1, writes
        assert set(reads) == {200}, reads
        get = lambda p: requests.get(base + p, timeout=30).json()  # noqa: E731
        assert api_counts(get) == (POOL, expected_quotes(texts))
    check_consistency(url)
    text = log.read_text()
    assert "Traceback" not in text and "locked" not in text
    assert text.count('"POST /api/v1/documents HTTP/1.1" ') >= sum(writes.values())  # the access log
    assert not re.search(r'" 5\d\d ', text), "a 5xx in the access log"


def hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another connection's write transaction on the SQLite file ``path``, for ``seconds``."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def release() -> None:
        time.sleep(seconds)
        holder.execute("COMMIT")
        holder.close()

    thread = threading.Thread(target=release)
    thread.start()
    return thread


def test_a_locked_sqlite_database_is_waited_for_and_retried(tmp_path: Path):
    path = tmp_path / "q.db"
    app = create_app({"DATABASE_URL": f"sqlite:///{path}", "API_KEYS": ()})
    holder = hold_write_lock(path, 1.5)
    started = time.monotonic()
    r = app.test_client().post("/api/v1/documents", json={"text": news_text(7)})
    assert r.status_code == 201 and time.monotonic() - started >= 1.0  # it waited, then wrote
    holder.join()

    # When the busy timeout itself runs out ("database is locked"), the transaction runs again.
    impatient = SqliteDatabase(str(path), timeout=0.05, pragmas={"busy_timeout": 50})
    holder = hold_write_lock(path, 0.5)
    attempts = []

    def work() -> int:
        attempts.append(1)
        with impatient.atomic():
            sql = "INSERT INTO schema_version VALUES (999, 'probe', '2024-01-01')"
            return impatient.execute_sql(sql).rowcount

    assert retrying(impatient, work) == 1 and len(attempts) > 1
    holder.join()
    impatient.close()
