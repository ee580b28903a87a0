"""A small HTTP load generator, run as its own process so it never shares the server's interpreter.

    echo '{"port": 8000, "requests": [{"path": "/api/v1/quotes/1"}], "count": 500}' | \\
        python -m benchmarks.load

It sends ``count`` requests (cycling through ``requests``) from ``concurrency`` threads, each
with its own ``http.client`` connection, kept alive when the server allows it (both the API
and Datasette do) and reopened when the server closes it, and stops early after
``max_seconds``. Latency is the time from sending a request to having read the whole
response body. Prints one JSON object: latencies in ms, statuses, requests/s.
"""

from __future__ import annotations

import http.client
import json
import statistics
import sys
import threading
import time
from typing import Any

HOST = "127.0.0.1"


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (0–100) by linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summarise(
    latencies_ms: list[float], seconds: float, statuses: dict[str, int], response_bytes: int
) -> dict[str, Any]:
    return {
        "requests": len(latencies_ms),
        "seconds": round(seconds, 3),
        "rps": round(len(latencies_ms) / seconds, 1) if seconds else 0.0,
        "p50": round(percentile(latencies_ms, 50), 2),
        "p95": round(percentile(latencies_ms, 95), 2),
        "p99": round(percentile(latencies_ms, 99), 2),
        "mean": round(statistics.fmean(latencies_ms), 2) if latencies_ms else 0.0,
        "statuses": statuses,
        "mean_bytes": round(response_bytes / max(len(latencies_ms), 1)),
    }


def run(spec: dict[str, Any]) -> dict[str, Any]:
    """Send the requests of ``spec`` (see the module docstring) and summarise the latencies."""
    port, requests = spec["port"], spec["requests"]
    count, concurrency = int(spec.get("count", 200)), int(spec.get("concurrency", 4))
    max_seconds, warmup = float(spec.get("max_seconds", 30)), int(spec.get("warmup", 10))
    lock = threading.Lock()
    next_index = [0]
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    received = [0]
    deadline = [0.0]

    def take() -> int | None:
        with lock:
            i = next_index[0]
            if i >= count or time.perf_counter() > deadline[0]:
                return None
            next_index[0] += 1
            return i

    def send(conn: http.client.HTTPConnection, req: dict[str, Any]) -> tuple[int, int]:
        body = json.dumps(req["body"]).encode() if "body" in req else None
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(2):
            try:
                conn.request(req.get("method", "GET"), req["path"], body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                if response.will_close:
                    conn.close()
                return response.status, len(data)
            except (ConnectionError, http.client.HTTPException):
                conn.close()  # a kept-alive connection the server had closed: reopen once
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def worker(record: bool) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            while (i := take()) is not None:
                req = requests[i % len(requests)]
                start = time.perf_counter()
                try:
                    status, size = send(conn, req)
                except OSError:
                    status, size = 0, 0
                elapsed = (time.perf_counter() - start) * 1000
                if record:
                    with lock:
                        latencies.append(elapsed)
                        key = str(status)
                        statuses[key] = statuses.get(key, 0) + 1
                        received[0] += size
        finally:
            conn.close()

    def phase(n: int, record: bool) -> float:
        nonlocal count
        count, next_index[0] = n, 0
        deadline[0] = time.perf_counter() + max_seconds
        threads = [threading.Thread(target=worker, args=(record,)) for _ in range(concurrency)]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return time.perf_counter() - began

    total = count
    phase(warmup, False)
    seconds = phase(total, True)
    return summarise(latencies, seconds, statuses, received[0])


def main() -> int:
    print(json.dumps(run(json.load(sys.stdin))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
