"""Real server processes for end-to-end tests: started on a free loopback port, waited for,
and stopped with their whole process group afterwards. ``server`` is ``quotes-api serve``;
``running`` any command (``waitress-serve`` directly, for instance)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

from .paths import SCRIPTS

QUOTES_API = str(SCRIPTS / "quotes-api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(
    command: list[str], *, port: int, health: str, env: dict[str, str], log: Path, cwd: Path | None = None
) -> Iterator[str]:
    """Run ``command`` (listening on ``port``) until ``health`` answers 200; yield its base URL;
    stop it (SIGTERM, then SIGKILL) after. Its output goes to ``log``, shown when it fails."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                if requests.get(f"{base}{health}", timeout=2).status_code == 200:
                    break
            except (requests.ConnectionError, requests.Timeout):
                pass  # not listening yet, or listening while its workers start
            assert time.monotonic() < deadline, "server did not become ready:\n" + log.read_text()
            time.sleep(0.2)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextmanager
def server(args: list[str], *, env: dict[str, str | None], cwd: Path, log: Path) -> Iterator[str]:
    """Start ``quotes-api serve ARGS``, wait until /readyz answers, stop it after.

    ``env`` is added to this process's environment; a value of ``None`` removes the variable.
    """
    port = free_port()
    full_env = {k: v for k, v in {**os.environ, **env}.items() if v is not None}
    with running(
        [QUOTES_API, "serve", "--port", str(port), *args],
        port=port,
        health="/readyz",
        env=full_env,
        log=log,
        cwd=cwd,
    ) as base:
        yield base
