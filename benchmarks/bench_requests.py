"""CPU time per API request, in process: the read layer's cost with no server and no network.

The load test (:mod:`benchmarks.run`) times requests through a real server, so its figures
also hold the scheduling of worker processes, which on a shared, loaded machine moves a p50
by several times from one run to the next. This benchmark runs the same requests
(:mod:`benchmarks.scenarios`) through Flask's test client in one process and reports the CPU
time (``time.process_time``) per request, median over passes: the figure to compare two
versions of the code by, run alternately (``PYTHONPATH=<tree>``).

    python -m benchmarks.bench_requests --size 10k --passes 7
    python -m benchmarks.bench_requests --small        # 1,000 quotes, 2 passes (CI)
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.databases import build_sqlite, parse_size
from benchmarks.scenarios import scenario_requests
from quotes_api.app import create_app


def cpu_per_request(client: Any, requests: list[dict[str, Any]], passes: int, rounds: int) -> list[float]:
    """Milliseconds of CPU per request, one figure per pass of ``rounds`` rounds of ``requests``."""
    for request in requests:  # warm up, and check that every request is answered
        _send(client, request)
    figures = []
    for _ in range(passes):
        started = time.process_time()
        for _ in range(rounds):
            for request in requests:
                _send(client, request)
        figures.append((time.process_time() - started) * 1000 / (rounds * len(requests)))
    return figures


def _send(client: Any, request: dict[str, Any]) -> None:
    response = client.open(request["path"], method=request.get("method", "GET"), json=request.get("body"))
    if response.status_code != 200:
        raise SystemExit(f"{request['path']}: HTTP {response.status_code} {response.get_data(as_text=True)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="10k", help="quotes in the database (default 10k)")
    parser.add_argument("--passes", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of a scenario's requests a pass")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--small", action="store_true", help="CI smoke run: 1,000 quotes, 2 passes of 1 round"
    )
    args = parser.parse_args(argv)
    if args.small:
        args.size, args.passes, args.rounds = "1000", 2, 1
    (built,) = build_sqlite([parse_size(args.size)], args.seed)
    app = create_app({"DATABASE_URL": f"sqlite:///{built.path}"})
    client = app.test_client()
    print(f"{built.quotes:,} quotes; CPU per request, ms: median (min) of {args.passes} passes")
    for scenario, requests in scenario_requests(Path(built.path), seed=args.seed).items():
        figures = cpu_per_request(client, requests, args.passes, args.rounds)
        print(f"  {scenario}: {statistics.median(figures):.3f} ({min(figures):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
