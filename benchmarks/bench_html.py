"""HTML ingest throughput: web pages per second through ``quotes-api ingest``, parsing included.

    .venv/bin/python -m benchmarks.bench_html                # 1,000 pages, median of 3 runs
    .venv/bin/python -m benchmarks.bench_html --workers 1,2  # ingest --workers 1 and 2, in turn
    .venv/bin/python -m benchmarks.bench_html --small        # 50 pages, one run, for CI

Each page is a news article of ``benchmarks/corpus.py`` dressed as a real site serves it:
OpenGraph and JSON-LD metadata, a navigation bar, an ad and a promo holding quotation marks, a
byline with ``<time>``, a related-links list, a comment section and a footer. The pages are
written to a temporary folder and stored by the real command (``quotes-api ingest FOLDER``,
a new process, into a fresh SQLite database), so the figure includes reading the files,
taking the article out of each page (trafilatura), extraction and the database writes. It
also times the page-to-article step alone, in this process, to show its share. Each run
stores into a fresh database; the figures are medians over ``--runs`` (the machine's load
varies from run to run; with several ``--workers`` counts, each run times each in turn, so
that they meet the same load).
"""

from __future__ import annotations

import argparse
import ctypes
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import generate
from quotes_api.articles import article_from_html

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{jsonld}</script>
<script>window.dataLayer = [{{"event": "pageview", "promo": "\\"Subscribe,\\" they said"}}];</script>
</head><body>
<header><a href="/">{site}</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="advert" id="ad-top"><p>"Best prices in town," says our sponsor. Offer ends Friday.</p></div>
<main><article><h1>{title}</h1>
<div class="byline">By <span class="author">{author}</span>
<time datetime="{published}">{published}</time></div>
<div class="article-body">
{paragraphs}
</div></article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">"A turning point," says minister</a></li>
<li><a href="/b">Traders warn of "hard times"</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><div class="comment"><p>"Nonsense," said my neighbour.</p></div>
<div class="comment"><p>I agree with "hard times".</p></div></section></main>
<footer><p>&copy; {site}. "News you can trust."</p></footer>
</body></html>
"""


def page(doc: dict, index: int) -> str:
    title, _, body = doc["text"].partition("\n\n")
    author = f"Reporter {index % 17}"
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": doc["published"],
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": doc["source"]},
        }
    )
    paragraphs = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body.split("\n\n") if p.strip())
    return PAGE.format(
        title=html.escape(title),
        site=html.escape(doc["source"]),
        url=doc["url"],
        jsonld=jsonld,
        author=author,
        published=doc["published"],
        paragraphs=paragraphs,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="runs to take the median of")
    parser.add_argument("--workers", default="1", help="ingest --workers: a count, or counts (1,2)")
    parser.add_argument("--small", action="store_true", help="50 pages, one run: a smoke run")
    args = parser.parse_args(argv)
    n, runs = (50, 1) if args.small else (args.pages, args.runs)
    worker_counts = [int(w) for w in args.workers.split(",")]
    pages = [page(doc, i) for i, doc in enumerate(generate(n, seed=11))]
    size = sum(len(p.encode("utf-8")) for p in pages)
    ingest_runs: dict[int, list[IngestRun]] = {w: [] for w in worker_counts}
    parse_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-html-") as folder:
        root = Path(folder)
        (root / "pages").mkdir()
        for i, text in enumerate(pages):
            (root / "pages" / f"{i:05d}.html").write_text(text, encoding="utf-8")
        for run in range(runs):
            started = time.process_time()
            for text in pages:
                article_from_html(text)
            parse_times.append(time.process_time() - started)
            for workers in worker_counts:
                database = root / f"quotes-{run}-{workers}.db"
                ingest_runs[workers].append(_ingest(root / "pages", database, workers))
    print(f"{n} pages, {size / n / 1024:.1f} KiB each on average; median of {runs} run(s)")
    for workers, done in ingest_runs.items():
        seconds = statistics.median(r.seconds for r in done)
        each = ", ".join(f"{n / r.seconds:.1f}" for r in done)
        print(
            f"quotes-api ingest --workers {workers}: {seconds:.2f} s = {n / seconds:.1f} pages/s"
            f" (runs: {each})"
        )
        writer = statistics.median(r.writer_cpu for r in done)
        totals = [r.total_cpu for r in done if r.total_cpu is not None]
        total = f"{statistics.median(totals) / n * 1000:.1f} ms" if totals else "not measured"
        print(f"  CPU a page: writer process {writer / n * 1000:.1f} ms, all processes {total}")
    print(f"  ({done[-1].summary})")
    seconds = statistics.median(parse_times)
    print(
        f"page to article alone (trafilatura), one process: {seconds / n * 1000:.1f} ms CPU a page"
        f" = {n / seconds:.1f} pages/s of CPU"
    )


@dataclass
class IngestRun:
    """One ``quotes-api ingest``: its summary line, wall time, and CPU seconds of the writer
    process and of all processes (writer, fork server, workers), when the OS can tell."""

    summary: str
    seconds: float
    writer_cpu: float
    total_cpu: float | None


def _ingest(folder: Path, database: Path, workers: int) -> IngestRun:
    """``quotes-api ingest FOLDER`` in a new process, into a new database.

    On Linux this process becomes a child subreaper first, so the fork server and its workers
    come back to it to be reaped and their CPU time can be counted too.
    """
    subreaper = _become_subreaper()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    command = [
        sys.executable,
        "-c",
        "from quotes_api.cli import main; main()",
        "ingest",
        "--no-progress",
        "--workers",
        str(workers),
        str(folder),
    ]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        writer_cpu = usage.ru_utime + usage.ru_stime
        total_cpu = writer_cpu + _reap_the_rest() if subreaper else None
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            sys.exit(f"ingest failed: {err.read()}")
        return IngestRun(out.read().strip(), seconds, writer_cpu, total_cpu)


def _become_subreaper() -> bool:
    """PR_SET_CHILD_SUBREAPER (Linux): orphaned descendants are reparented to this process."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _reap_the_rest() -> float:
    """Wait for every descendant left (the fork server, which waited for its workers): their CPU."""
    cpu = 0.0
    while True:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return cpu
        cpu += usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
