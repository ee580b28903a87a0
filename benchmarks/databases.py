"""Databases of a given number of quotes, built from the synthetic corpus and cached.

A database "of 100k quotes" holds the first documents of ``generate(n, seed)`` (the corpus is a
prefix family: ``generate(n)`` starts ``generate(m)`` for ``n < m``) up to the first batch
that brings the quote count to at least 100,000. The SQLite files are kept in
``benchmarks/out/`` (git-ignored) with a ``.json`` beside each one that records how it was
built and how long the ingest took; a rerun with the same size and seed reuses them.

Sizes are built in a chain: the 100k file starts as a copy of the 10k one and the ingest goes
on from where that stopped, so building 10k, 100k and 1M costs one 1M ingest. The ingest rate
of a size is its documents over the summed ingest time of its chain.

    python -m benchmarks.databases --sizes 10k,100k,1M      # build (or find) them
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from benchmarks.corpus import generate
from quotes_api.storage import connect, ingest_documents
from quotes_api.storage.base import database_proxy

OUT = Path(__file__).resolve().parent / "out"
#: Bump when the schema changes, so stale cached databases are not reused (a change of the
#: corpus is caught by :func:`corpus_digest`).
BUILD_VERSION = 1
#: Documents a transaction while ingesting (as ``quotes-api ingest``).
BATCH_DOCS = 500
#: The first step's guess of quotes per document, on the high side so that it never overshoots
#: the target; later steps use the ratio measured so far (the corpus may change it).
FIRST_QUOTES_PER_DOC = 32.0
#: Documents of the corpus hashed to tell whether a cached database was built from it.
DIGEST_DOCS = 50


@dataclass
class Built:
    """A database of at least ``target`` quotes and what it took to build it."""

    target: int
    path: str
    documents: int
    quotes: int
    speakers: int
    ingest_seconds: float
    file_bytes: int
    seed: int
    workers: int
    version: int = BUILD_VERSION
    corpus: str = ""

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.ingest_seconds if self.ingest_seconds else 0.0

    @property
    def bytes_per_quote(self) -> float:
        return self.file_bytes / max(self.quotes, 1)


def parse_size(text: str) -> int:
    """``10k`` → 10,000; ``1M`` → 1,000,000; ``2500`` → 2,500."""
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def sqlite_path(target: int, seed: int, out: Path = OUT) -> Path:
    return out / f"quotes-{size_label(target)}-seed{seed}-v{BUILD_VERSION}.db"


def _meta_path(path: Path) -> Path:
    return path.with_suffix(".json")


def corpus_digest(seed: int) -> str:
    """A digest of the corpus' first documents at ``seed``: a cached database built from another
    version of :mod:`benchmarks.corpus` (other texts, other quote counts) is rebuilt."""
    digest = hashlib.sha256()
    for doc in generate(DIGEST_DOCS, seed):
        digest.update(json.dumps(doc, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def load_built(path: Path, seed: int) -> Built | None:
    meta = _meta_path(path)
    if not (path.exists() and meta.exists()):
        return None
    data = json.loads(meta.read_text())
    if data.get("version") != BUILD_VERSION or data.get("corpus") != corpus_digest(seed):
        return None
    return Built(**data)


def _count(db, table: str) -> int:
    return db.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def ingest_until(target: int, seed: int, start_docs: int, workers: int) -> tuple[int, float]:
    """Ingest corpus documents from ``start_docs`` on into the bound database until it holds
    ``target`` quotes; returns (documents stored in all, seconds spent ingesting)."""
    db = database_proxy.obj
    docs, seconds = start_docs, 0.0
    corpus: Iterator[dict] = itertools.islice(generate(10**9, seed), start_docs, None)
    quotes = _count(db, "quote")
    while quotes < target:
        # Most of the way in one step (one pool of workers), then smaller steps up to the target.
        per_doc = quotes / docs if docs else FIRST_QUOTES_PER_DOC
        step = max(1, int((target - quotes) / per_doc * 0.95))
        batch = list(itertools.islice(corpus, step))
        began = time.perf_counter()
        summary = ingest_documents(batch, workers=workers if step >= 200 else 1, batch_size=BATCH_DOCS)
        seconds += time.perf_counter() - began
        docs += len(batch)
        quotes += summary.quotes
    return docs, seconds


def build_sqlite(
    targets: list[int], seed: int = 0, *, workers: int = 2, out: Path = OUT, log=print
) -> list[Built]:
    """The SQLite databases of ``targets`` quotes (built in a chain, or found in ``out``)."""
    out.mkdir(parents=True, exist_ok=True)
    results: list[Built] = []
    previous: Built | None = None
    for target in sorted(targets):
        path = sqlite_path(target, seed, out)
        built = load_built(path, seed)
        if built is None:
            log(f"building {path.name} ...")
            tmp = path.with_suffix(".building")
            tmp.unlink(missing_ok=True)
            if previous is not None:
                shutil.copyfile(previous.path, tmp)
            connect(f"sqlite:///{tmp}")
            docs, seconds = ingest_until(target, seed, previous.documents if previous else 0, workers)
            db = database_proxy.obj
            quotes, speakers = _count(db, "quote"), _count(db, "speaker WHERE quote_count > 0")
            db.close()
            _checkpoint(tmp)
            tmp.replace(path)
            seconds += previous.ingest_seconds if previous else 0.0
            built = Built(
                target,
                str(path),
                docs,
                quotes,
                speakers,
                round(seconds, 2),
                path.stat().st_size,
                seed,
                workers,
                corpus=corpus_digest(seed),
            )
            _meta_path(path).write_text(json.dumps(asdict(built), indent=1))
            log(f"  {built.documents} documents, {built.quotes} quotes, {built.docs_per_s:.0f} docs/s")
        results.append(built)
        previous = built
    return results


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so the file size is the database's size."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@dataclass
class PostgresIngest:
    target: int
    documents: int
    quotes: int
    seconds: float
    total_bytes: int

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def bytes_per_quote(self) -> float:
        return self.total_bytes / max(self.quotes, 1)


def ingest_postgres(url: str, target: int, seed: int = 0, *, workers: int = 2) -> PostgresIngest:
    """Time an ingest of ``target`` quotes into a fresh schema of ``url`` (dropped afterwards)."""
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if urlsplit(url).query else "?"
    try:
        db = connect(f"{url}{sep}options={quote(f'-csearch_path={schema}')}")
        docs, seconds = ingest_until(target, seed, 0, workers)
        quotes = _count(db, "quote")
        size = db.execute_sql(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
            (schema,),
        ).fetchone()[0]
        db.close()
        return PostgresIngest(target, docs, quotes, round(seconds, 2), int(size))
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build (or find) the benchmark databases.")
    parser.add_argument("--sizes", default="10k,100k,1M")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    for built in build_sqlite(sizes, args.seed, workers=args.workers):
        print(json.dumps(asdict(built)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
