"""This folder's fixtures: the seeded database and the real server on it (see factcheck.seeded)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from api.test_api_server import free_port
from factcheck import seeded

database_url, live_server = seeded.database_url, seeded.live_server
seeded_app, seeded_spec, api = seeded.seeded_app, seeded.seeded_spec, seeded.api

GUNICORN = str(Path(sys.executable).parent / "gunicorn")


@pytest.fixture(scope="module")
def down_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real API process whose database is unreachable: every query answers 503 + Retry-After.

    Run with gunicorn directly, since ``quotes-api serve`` refuses to start without a database.
    """
    port = free_port()
    log = tmp_path_factory.mktemp("down") / "server.log"
    env = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none", "QUOTES_API_KEYS": "k"}
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [GUNICORN, "-w", "1", "-b", f"127.0.0.1:{port}", "quotes_api.api:create_app()"],
            env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                if requests.get(f"{base}/livez", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=15)
