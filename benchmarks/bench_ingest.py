"""Ingest throughput: documents per second into SQLite and PostgreSQL, extraction included.

    .venv/bin/python benchmarks/bench_ingest.py                 # 5,000 docs x 5 runs, SQLite
    .venv/bin/python benchmarks/bench_ingest.py --postgres URL  # and PostgreSQL
    .venv/bin/python benchmarks/bench_ingest.py --small         # a few seconds, for CI

Each run ingests the same news-sized documents (about 5 KB, from ``benchmarks/corpus.py``)
into a fresh, empty database through :func:`quotes_api.storage.ingest_documents` -- the path
``quotes-api ingest`` takes, minus file reading -- and reports the median over the runs. To
show where the time goes it also times, on the same documents, extraction alone (no
database) and the database writes alone (quotes extracted beforehand).

PostgreSQL runs go into a schema created for the run and dropped after it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for corpus.py beside this file

from quotes_api.extraction import extract  # noqa: E402
from quotes_api.storage import connect, ingest_documents  # noqa: E402
from quotes_api.storage.base import database_proxy  # noqa: E402
from quotes_api.storage.ingest import DEFAULT_BATCH_SIZE  # noqa: E402
from quotes_api.storage.writer import prepare, write_batch  # noqa: E402


def documents(n: int, seed: int = 0) -> list[dict]:
    """``n`` news-sized documents from ``benchmarks/corpus.py`` (or, without it, the fixtures)."""
    try:
        from corpus import generate
    except ImportError:
        return _fixture_documents(n)
    return list(generate(n, seed=seed))


def _fixture_documents(n: int) -> list[dict]:
    """The fixture articles, each copy made unique by a dateline; used until corpus.py exists."""
    folder = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return [
        {
            "id": f"bench-{i}",
            "title": f"Article {i}",
            "published": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            "text": f"Edition {i}\n\n{texts[i % len(texts)]}",
        }
        for i in range(n)
    ]


def sqlite_databases() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
        for i in range(10_000):
            yield f"sqlite:///{Path(folder) / f'run{i}.db'}"


def postgres_databases(url: str) -> Iterator[str]:
    import psycopg

    while True:
        schema = f"bench_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        sep = "&" if urlsplit(url).query else "?"
        try:
            yield f"{url}{sep}options={quote(f'-csearch_path={schema}')}"
        finally:
            if database_proxy.obj is not None and not database_proxy.obj.is_closed():
                database_proxy.obj.close()
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_backend(
    name: str, urls: Iterator[str], docs: list[dict], runs: int, workers: int, batch_size: int
) -> dict:
    """Median documents/s of full ingest and of writes alone, over ``runs`` fresh databases."""
    ingest_rates, write_rates, quotes = [], [], 0
    prepared = []
    for doc in docs:
        p = prepare(doc["text"], doc, external_id=doc.get("id"))
        p.quotes = extract(p.text)
        prepared.append(p)
    for _ in range(runs):
        connect(next(urls))
        seconds = timed(lambda: ingest_documents(docs, workers=workers, batch_size=batch_size))
        ingest_rates.append(len(docs) / seconds)
        quotes = sum(1 for _ in database_proxy.obj.execute_sql("SELECT id FROM quote"))
        database_proxy.obj.close()
        connect(next(urls))
        db = database_proxy.obj
        seconds = timed(
            lambda db=db: [
                write_batch(db, prepared[i : i + batch_size]) for i in range(0, len(prepared), batch_size)
            ]
        )
        write_rates.append(len(docs) / seconds)
        db.close()
    return {
        "backend": name,
        "documents": len(docs),
        "quotes": quotes,
        "runs": runs,
        "workers": workers,
        "ingest_docs_per_s": round(statistics.median(ingest_rates)),
        "ingest_runs": [round(r) for r in ingest_rates],
        "write_only_docs_per_s": round(statistics.median(write_rates)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="extraction processes (default: one per core)",
    )
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default=os.environ.get("QUOTES_API_TEST_POSTGRES"),
        help="PostgreSQL server to benchmark too (default: $QUOTES_API_TEST_POSTGRES)",
    )
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--small", action="store_true", help="200 documents, 1 run: a smoke test")
    parser.add_argument("--json", action="store_true", help="print results as JSON lines")
    args = parser.parse_args(argv)
    if args.small:
        args.docs, args.runs = 200, 1

    print(
        f"load average before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores",
        file=sys.stderr,
        flush=True,
    )
    docs = documents(args.docs)
    size = statistics.mean(len(d["text"].encode("utf-8")) for d in docs)
    extract_seconds = timed(lambda: [extract(d["text"]) for d in docs])
    results = [
        {
            "backend": "none (extraction only)",
            "documents": len(docs),
            "mean_bytes": round(size),
            "extract_docs_per_s": round(len(docs) / extract_seconds),
        }
    ]
    results.append(
        bench_backend("sqlite", sqlite_databases(), docs, args.runs, args.workers, args.batch_size)
    )
    if args.postgres and not args.no_postgres:
        results.append(
            bench_backend(
                "postgresql",
                postgres_databases(args.postgres),
                docs,
                args.runs,
                args.workers,
                args.batch_size,
            )
        )
    print(f"load average after: {os.getloadavg()[0]:.2f} (1 min)", file=sys.stderr, flush=True)
    for result in results:
        if args.json:
            print(json.dumps(result))
        else:
            print("  ".join(f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
