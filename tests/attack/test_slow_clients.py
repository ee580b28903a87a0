"""Issue 15, item 1: stalled and trickling clients do not take the real server down.

The server reads each request whole before a request thread sees it, so connections that
send half a header block, or a body one byte a second, hold no thread: with far more of them
open than the server has threads, the health check still answers at once.
"""

from __future__ import annotations

import pytest

from tests.support.servers import server

from .attackers import probe_health, stalled_connections

#: Well past the server's threads (2 workers x 8).
STALLED = 120


@pytest.mark.parametrize("body_trickle", [False, True], ids=["partial-headers", "trickled-body"])
def test_health_check_answers_with_stalled_connections_open(body_trickle, tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}", "QUOTES_API_KEYS": "k"}
    with (
        server(["--workers", "2"], env=env, cwd=tmp_path, log=tmp_path / "server.log") as base,
        stalled_connections(base, STALLED, body_trickle=body_trickle) as held,
    ):
        latencies = probe_health(base, seconds=6)
        assert len(held) == STALLED
    slowest = max(latencies)
    assert slowest < 1.0, f"health check took {slowest:.2f} s with {STALLED} stalled connections: {latencies}"
