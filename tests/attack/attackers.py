"""Hostile clients for the attack tests: stalled and trickling connections, and a health probe
that records how long each answer took while they are at work."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from urllib.parse import urlsplit

import requests

#: A request whose header block never ends.
PARTIAL_HEADERS = b"GET /livez HTTP/1.1\r\nHost: x\r\n"


def _address(base: str) -> tuple[str, int]:
    parts = urlsplit(base)
    return parts.hostname or "127.0.0.1", parts.port or 80


@contextmanager
def stalled_connections(
    base: str, count: int, *, body_trickle: bool = False
) -> Iterator[list[socket.socket]]:
    """``count`` open connections that sent part of a request and then nothing (or, with
    ``body_trickle``, whole headers announcing a body that comes one byte a second)."""
    opened: list[socket.socket] = []
    stop = threading.Event()
    try:
        for _ in range(count):
            sock = socket.create_connection(_address(base), timeout=10)
            if body_trickle:
                sock.sendall(
                    b"POST /api/v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    b'Content-Length: 100000\r\n\r\n{"text": "'
                )
            else:
                sock.sendall(PARTIAL_HEADERS)
            opened.append(sock)

        def trickle() -> None:
            while not stop.wait(1.0):
                for sock in opened:
                    with suppress(OSError):
                        sock.send(b"a")

        if body_trickle:
            threading.Thread(target=trickle, daemon=True).start()
        yield opened
    finally:
        stop.set()
        for sock in opened:
            sock.close()


def probe_health(base: str, seconds: float, *, interval: float = 0.25, path: str = "/livez") -> list[float]:
    """GET ``path`` every ``interval`` for ``seconds``; each answer's latency in seconds (a
    failure or a non-200 counts as infinite)."""
    latencies = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        start = time.monotonic()
        try:
            ok = requests.get(f"{base}{path}", timeout=5).status_code == 200
        except requests.RequestException:
            ok = False
        latencies.append(time.monotonic() - start if ok else float("inf"))
        time.sleep(interval)
    return latencies
