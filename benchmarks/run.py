"""The API at scale: ingest, load test and a side-by-side with Datasette, at 10k, 100k and 1M quotes.

    python -m benchmarks.run --sizes 10k,100k,1M          # the figures in docs/performance.md
    python -m benchmarks.run --small                      # a tiny database, a few seconds (CI)

For each size: build (or reuse, from ``benchmarks/out/``) the SQLite database of that many
quotes from the synthetic corpus (:mod:`benchmarks.databases`); time an ingest of the same
documents into PostgreSQL when a server is given; serve the SQLite file with ``quotes-api
serve`` (waitress, on a free loopback port) and load it from a separate process
(:mod:`benchmarks.load`) with every scenario of :mod:`benchmarks.scenarios`, several runs,
medians reported; read the workers' memory from ``/proc``; then serve the same file with
Datasette and run the per-speaker list and search through both (:mod:`benchmarks.peer`).
Results go to ``benchmarks/out/results.json``, tables to standard output, and a plot of
latency against size to ``docs/latency.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks import report
from benchmarks.databases import OUT, build_sqlite, ingest_postgres, parse_size, size_label
from benchmarks.loadtest import Settings, run_scenarios
from benchmarks.scenarios import heavy_speakers, scenario_requests
from benchmarks.servers import api_server, datasette_available

ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict[str, Any]:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9, 1),
    }


def bench_size(db: Path, settings: Settings, *, peer: bool, log=print) -> dict[str, Any]:
    """Load-test the API (and Datasette) on the SQLite file ``db``."""
    load_before = os.getloadavg()
    scenarios = scenario_requests(db)
    log(f"  heavy speakers: {heavy_speakers(db)}")
    with api_server(db, OUT / f"api-{db.stem}.log") as server:
        results = run_scenarios(server.port, scenarios, settings, log=log)
        rss = server.worker_rss_mb()
        compared = None
        if peer:
            from benchmarks.peer import compare

            compared = compare(db, server, settings, OUT, log=log)
    return {
        "scenarios": {name: r.summary() for name, r in results.items()},
        "worker_rss_mb": [round(x, 1) for x in rss],
        "peer": compared,
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="quotes per database (default 10k,100k,1M)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3, help="runs of each scenario (medians reported)")
    parser.add_argument("--requests", type=int, default=300, help="requests per scenario and run")
    parser.add_argument("--concurrency", type=int, default=2, help="client threads (default 2, one a core)")
    parser.add_argument("--ingest-workers", type=int, default=2)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default=os.environ.get("QUOTES_API_TEST_POSTGRES"),
        help="time ingest into this PostgreSQL too (default $QUOTES_API_TEST_POSTGRES)",
    )
    parser.add_argument("--postgres-sizes", default=None, help="sizes ingested into PostgreSQL (default all)")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-datasette", action="store_true")
    parser.add_argument("--plot", default=None, help="PNG to write (default docs/latency.png)")
    parser.add_argument("--json", default=None, help="results file (default benchmarks/out/results.json)")
    parser.add_argument(
        "--small",
        action="store_true",
        help="CI smoke run: 1,000 quotes, 1 run of 20 requests, no PostgreSQL, output in benchmarks/out/",
    )
    args = parser.parse_args(argv)
    if args.small:
        args.sizes, args.runs, args.requests, args.no_postgres = "1000", 1, 20, True
    suffix = "-small" if args.small else ""
    args.plot = args.plot or str(OUT / "latency-small.png" if args.small else ROOT / "docs" / "latency.png")
    args.json = args.json or str(OUT / f"results{suffix}.json")
    settings = Settings(requests=args.requests, concurrency=args.concurrency, runs=args.runs)
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    peer = not args.no_datasette and datasette_available()
    if not peer and not args.no_datasette:
        print("datasette is not installed (pip install -e '.[bench]'): no side-by-side", file=sys.stderr)
    started = time.time()
    built = build_sqlite(sizes, args.seed, workers=args.ingest_workers)
    pg_sizes = {parse_size(s) for s in args.postgres_sizes.split(",")} if args.postgres_sizes else set(sizes)
    results: list[dict[str, Any]] = []
    for b in built:
        label = size_label(b.target)
        print(
            f"{label}: {b.quotes:,} quotes, {b.documents:,} documents, {b.file_bytes / 1e6:.0f} MB "
            f"({b.bytes_per_quote:.0f} bytes/quote), built at {b.docs_per_s:.0f} docs/s"
        )
        entry: dict[str, Any] = {
            "label": label,
            "target": b.target,
            "quotes": b.quotes,
            "sqlite": {
                **asdict(b),
                "docs_per_s": round(b.docs_per_s, 1),
                "bytes_per_quote": round(b.bytes_per_quote, 1),
            },
        }
        if args.postgres and not args.no_postgres and b.target in pg_sizes:
            pg = ingest_postgres(args.postgres, b.target, args.seed, workers=args.ingest_workers)
            entry["postgres"] = {
                **asdict(pg),
                "docs_per_s": round(pg.docs_per_s, 1),
                "bytes_per_quote": round(pg.bytes_per_quote, 1),
            }
            print(
                f"  PostgreSQL ingest: {pg.documents:,} documents at {pg.docs_per_s:.0f} docs/s, "
                f"{pg.bytes_per_quote:.0f} bytes/quote"
            )
        entry.update(bench_size(Path(b.path), settings, peer=peer))
        results.append(entry)
    summary = {
        "machine": machine(),
        "settings": asdict(settings),
        "seed": args.seed,
        "seconds": round(time.time() - started),
        "sizes": results,
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(summary, indent=1))
    print()
    print(report.ingest_table(results), end="\n\n")
    print(report.latency_table(results), end="\n\n")
    print(report.memory_table(results), end="\n\n")
    if peer:
        print(report.peer_table(results), end="\n\n")
    print(f"Budgets at {results[-1]['label']} quotes:")
    print("\n".join(report.budget_lines(results[-1])))
    png = report.plot(results, Path(args.plot))
    print(f"\nresults: {args.json}" + (f"; plot: {png}" if png else "; no plot (matplotlib not installed)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
