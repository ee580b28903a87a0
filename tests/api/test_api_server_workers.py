"""The real ``quotes-api serve --workers 2``: connections are spread over the worker processes,
and a worker that dies holds no connection back.

Which process served a request is read from the server's access log, where every line starts
with the process id; each connection marks its requests with a query parameter of its own.
Before the spreading (quotes_api/cli/balance.py), two clients connecting together landed on
one process in most rounds, so their requests took turns on one core.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from tests.support.servers import server

ROUNDS = 12


def served_by(log: Path) -> dict[str, set[str]]:
    """For each connection mark (``?c=MARK``) in the access log, the processes that served it."""
    where: dict[str, set[str]] = defaultdict(set)
    for pid, mark in re.findall(r"^\[(\d+)\] quotes_api\.access: .*\?c=([\w-]+) ", log.read_text(), re.M):
        where[mark].add(pid)
    return where


def worker_pids(log: Path, workers: int, timeout: float = 30.0) -> list[int]:
    """The worker processes' ids, once each has said that it is listening."""
    deadline = time.monotonic() + timeout
    while True:
        pids = re.findall(r"^\[(\d+)\] quotes_api\.server: worker \d+ listening", log.read_text(), re.M)
        if len(set(pids)) >= workers:
            return [int(p) for p in dict.fromkeys(pids)]
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.1)


def open_together(base: str, count: int) -> list[http.client.HTTPConnection]:
    """``count`` connections, all open before any request is sent."""
    parts = urlsplit(base)
    connections = [http.client.HTTPConnection(parts.hostname, parts.port, timeout=10) for _ in range(count)]
    for connection in connections:
        connection.connect()
    return connections


def ask(connection: http.client.HTTPConnection, mark: str) -> None:
    connection.request("GET", f"/livez?c={mark}")
    response = connection.getresponse()
    response.read()
    assert response.status == 200


def test_connections_opened_together_go_to_different_workers(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}", "QUOTES_API_KEYS": "k"}
    log = tmp_path / "server.log"
    with server(["--workers", "2"], env=env, cwd=tmp_path, log=log) as base:
        worker_pids(log, 2)
        for round_ in range(ROUNDS):
            connections = open_together(base, 2)
            for _ in range(3):  # kept alive: every request of a connection goes to its worker
                for i, connection in enumerate(connections):
                    ask(connection, f"{round_}-{i}")
            for connection in connections:
                connection.close()
        four = open_together(base, 4)
        for i, connection in enumerate(four):
            ask(connection, f"four-{i}")
        time.sleep(0.3)  # the last access-log lines
    where = served_by(log)
    shared = [r for r in range(ROUNDS) if where[f"{r}-0"] == where[f"{r}-1"]]
    assert all(len(where[f"{r}-{i}"]) == 1 for r in range(ROUNDS) for i in range(2)), where
    assert not shared, f"both connections on one worker in rounds {shared} of {ROUNDS}: {dict(where)}"
    per_worker = defaultdict(int)
    for i in range(4):
        (pid,) = where[f"four-{i}"]
        per_worker[pid] += 1
    assert sorted(per_worker.values()) == [2, 2], dict(where)


def test_a_dead_worker_holds_no_connection_back(tmp_path):
    """A worker killed outright leaves its last count in the shared table: the others must not
    wait for it, nor for its replacement while that starts."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}", "QUOTES_API_KEYS": "k"}
    log = tmp_path / "server.log"
    with server(["--workers", "2"], env=env, cwd=tmp_path, log=log) as base:
        first, second = worker_pids(log, 2)
        held = open_together(base, 2)  # one on each worker: the survivor then holds one more
        for i, connection in enumerate(held):
            ask(connection, f"held-{i}")
        os.kill(second, signal.SIGKILL)
        took = []
        for i in range(10):
            began = time.monotonic()
            (connection,) = open_together(base, 1)
            ask(connection, f"after-{i}")
            connection.close()
            took.append(time.monotonic() - began)
        for connection in held:
            connection.close()
        time.sleep(0.3)
    # Waiting for the dead worker's slot to go stale (STALE_SECONDS, 3 s) would show here.
    assert max(took) < 1.5, f"a connection after a worker died took {max(took):.2f} s: {took}"
    text = log.read_text()
    assert "starting another" in text, text


def test_a_worker_slow_to_see_a_close_still_gets_the_next_connection(tmp_path):
    """On a loaded machine a worker can wait tens of milliseconds for a core. Here one is
    stopped while its client closes and opens again: its count in the table still says one
    connection, as the other worker's does once that has read its close. The other worker
    must leave the second new connection to it, not take both after a fixed pause."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}", "QUOTES_API_KEYS": "k"}
    log = tmp_path / "server.log"
    with server(["--workers", "2"], env=env, cwd=tmp_path, log=log) as base:
        worker_pids(log, 2)
        first = open_together(base, 2)
        for i, connection in enumerate(first):
            ask(connection, f"first-{i}")
        where = served_by(log)
        assert where["first-0"] != where["first-1"], dict(where)
        (slow,) = where["first-1"]
        os.kill(int(slow), signal.SIGSTOP)
        try:
            for connection in first:
                connection.close()
            again = open_together(base, 2)
            time.sleep(0.2)  # longer than any fixed pause of a few milliseconds
        finally:
            os.kill(int(slow), signal.SIGCONT)
        for i, connection in enumerate(again):
            ask(connection, f"again-{i}")
        time.sleep(0.3)
    where = served_by(log)
    assert where["again-0"] != where["again-1"], dict(where)
