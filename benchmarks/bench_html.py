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
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
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
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                         "datePublished": doc["published"], "author": {"@type": "Person", "name": author},
                         "publisher": {"@type": "Organization", "name": doc["source"]}})  # fmt: skip
    paragraphs = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body.split("\n\n") if p.strip())
    return PAGE.format(title=html.escape(title), site=html.escape(doc["source"]), url=doc["url"],
                       jsonld=jsonld, author=author, published=doc["published"], paragraphs=paragraphs)


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
    ingest_times: dict[int, list[float]] = {w: [] for w in worker_counts}
    parse_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-html-") as folder:
        root = Path(folder)
        (root / "pages").mkdir()
        for i, text in enumerate(pages):
            (root / "pages" / f"{i:05d}.html").write_text(text, encoding="utf-8")
        for run in range(runs):
            started = time.perf_counter()
            for text in pages:
                article_from_html(text)
            parse_times.append(time.perf_counter() - started)
            for workers in worker_counts:
                done, seconds = _ingest(root / "pages", root / f"quotes-{run}-{workers}.db", workers)
                ingest_times[workers].append(seconds)
    print(f"{n} pages, {size / n / 1024:.1f} KiB each on average; median of {runs} run(s)")
    for workers, times in ingest_times.items():
        seconds = statistics.median(times)
        each = ", ".join(f"{n / t:.1f}" for t in times)
        print(f"quotes-api ingest --workers {workers}: {seconds:.2f} s = {n / seconds:.1f} pages/s"
              f" (runs: {each})")
    print(f"  ({done.stdout.strip()})")
    seconds = statistics.median(parse_times)
    print(f"page to article alone (trafilatura), one process: {seconds:.2f} s = {n / seconds:.1f} pages/s")


def _ingest(folder: Path, database: Path, workers: int) -> tuple[subprocess.CompletedProcess, float]:
    """``quotes-api ingest FOLDER`` in a new process, into a new database, and its wall time."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    command = [sys.executable, "-c", "from quotes_api.cli import main; main()", "ingest", "--no-progress",
               "--workers", str(workers), str(folder)]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"ingest failed: {done.stderr}")
    return done, seconds


if __name__ == "__main__":
    main()
