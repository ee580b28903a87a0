"""HTML ingest throughput: web pages per second through ``quotes-api ingest``, parsing included.

    .venv/bin/python -m benchmarks.bench_html            # 1,000 pages, one run
    .venv/bin/python -m benchmarks.bench_html --small    # 50 pages, for CI

Each page is a news article of ``benchmarks/corpus.py`` dressed as a real site serves it:
OpenGraph and JSON-LD metadata, a navigation bar, an ad and a promo holding quotation marks, a
byline with ``<time>``, a related-links list, a comment section and a footer. The pages are
written to a temporary folder and stored by the real command (``quotes-api ingest FOLDER``,
a new process, into a fresh SQLite database), so the figure includes reading the files,
taking the article out of each page (trafilatura), extraction and the database writes. It
also times the page-to-article step alone, in this process, to show its share.
"""

from __future__ import annotations

import argparse
import html
import json
import os
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
    parser.add_argument("--small", action="store_true", help="50 pages: a smoke run")
    args = parser.parse_args(argv)
    n = 50 if args.small else args.pages
    pages = [page(doc, i) for i, doc in enumerate(generate(n, seed=11))]
    with tempfile.TemporaryDirectory(prefix="bench-html-") as folder:
        root = Path(folder)
        for i, text in enumerate(pages):
            (root / "pages" / f"{i:05d}.html").parent.mkdir(exist_ok=True)
            (root / "pages" / f"{i:05d}.html").write_text(text, encoding="utf-8")
        size = sum(len(p.encode("utf-8")) for p in pages)

        started = time.perf_counter()
        for text in pages:
            article_from_html(text)
        parse_seconds = time.perf_counter() - started

        env = {**os.environ, "DATABASE_URL": f"sqlite:///{root / 'quotes.db'}"}
        command = [sys.executable, "-c", "from quotes_api.cli import main; main()", "ingest", "--no-progress",
                   str(root / "pages")]  # fmt: skip
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        ingest_seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"ingest failed: {done.stderr}")
    print(f"{n} pages, {size / n / 1024:.1f} KiB each on average")
    print(f"quotes-api ingest: {ingest_seconds:.2f} s = {n / ingest_seconds:.1f} pages/s")
    print(f"  ({done.stdout.strip()})")
    print(f"page to article alone (trafilatura): {parse_seconds:.2f} s = {n / parse_seconds:.1f} pages/s")


if __name__ == "__main__":
    main()
