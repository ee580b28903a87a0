"""Web pages in: each fixture page (tests/storage/pages) stores exactly its article's quotations,
with their speakers and the page's metadata; on both backends, through the real command.

The pages are written in the shapes real news sites use (a byline with ``<time>``, OpenGraph,
JSON-LD, AMP, bare markup, old markup with no paragraphs), with quotation marks in ads, promos,
captions, related links, comment sections and footers, none of which may be stored.
``expected.json`` beside them says, by hand, what each article's body holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes_api.storage.models import Document, Quote, Speaker
from tests.support.cli import run_cli

from .web_pages import EXPECTED, PAGES, check_page, metadata, stored_quotes


@pytest.mark.parametrize("workers", [1, 2])
def test_every_page_stores_its_article_and_nothing_else(db, database_url, workers):
    """With ``--workers`` the pages are read in the worker processes: the same result."""
    done = run_cli(["ingest", "--no-progress", "--workers", str(workers), str(PAGES)], database_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{len(EXPECTED)} documents: {len(EXPECTED)} new")
    for name in EXPECTED:
        check_page(Document.get(Document.external_id == str(PAGES / name)), name)


def test_the_stored_text_is_the_article_body(db, database_url):
    """Paragraphs one blank line apart, no headline repeated, no markup: what /documents shows."""
    run_cli(["ingest", "--no-progress", str(PAGES / "opengraph.html")], database_url)
    text = Document.get().text
    assert text.startswith("The harbour council voted on Wednesday")
    assert text.endswith('"We will consult every household on the route," Okonjo added.')
    assert text.count("\n\n") == 4 and "<" not in text and "Harbour council backs" not in text


@pytest.mark.parametrize(
    ("name", "words", "other_words"),
    [("byline.html", "save money", "cut costs"), ("jsonld.html", "Birmingham", "Leeds")],
)
def test_jsonl_html_records_and_explicit_metadata_wins(db, database_url, tmp_path, name, words, other_words):
    html = (PAGES / name).read_text(encoding="utf-8")
    given = {
        "title": "Our own headline",
        "author": "Desk",
        "published": "2020-01-02",
        "source": "Wire copy",
        "url": "https://wire.example/1",
    }
    # The second page's text differs a little, or it would be the same document.
    records = [
        {"id": "page-only", "html": html},
        {"id": "with-metadata", "html": html.replace(words, other_words), **given},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = run_cli(["ingest", "--no-progress", str(path)], database_url)
    assert done.returncode == 0, done.stderr
    check_page(Document.get(Document.external_id == "page-only"), name)
    overridden = Document.get(Document.external_id == "with-metadata")
    assert metadata(overridden) == {**given, "published": "2020-01-02T00:00:00"}
    assert stored_quotes(overridden) == EXPECTED[name]["quotes"]


def test_pages_with_no_article_and_bad_records_are_reported(db, database_url, tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    lines = [{"id": "both", "text": "x", "html": "<p>x</p>"}, {"id": "number", "html": 5}]
    (tmp_path / "bad.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    (tmp_path / "good.htm").write_bytes((PAGES / "minimal.html").read_bytes())
    done = run_cli(["ingest", "--no-progress", str(tmp_path)], database_url)
    assert done.returncode == 1
    assert f"{tmp_path / 'empty.html'}: no article text found in the page" in done.stderr
    assert f"{tmp_path / 'bad.jsonl'}:1: give 'text' or 'html', not both" in done.stderr
    assert f"{tmp_path / 'bad.jsonl'}:2: 'html' must be a string" in done.stderr
    assert "Traceback" not in done.stderr
    check_page(Document.get(), "minimal.html")


def test_a_folder_of_fixtures_is_read_without_its_gold_annotations(db, database_url, fixtures_dir):
    """``serve --load fixtures/`` on a fresh clone: the eight articles, not their gold files too."""
    from quotes_api.api.writes import load_paths

    assert load_paths([str(fixtures_dir)]) == {
        "documents": 8,
        "new": 8,
        "existing": 0,
        "failed": 0,
        "quotes": Quote.select().count(),
        "speakers": Speaker.select().count(),
    }
    assert {Path(d.external_id).suffix for d in Document.select()} == {".txt"}
    seed = Document.get(Document.external_id.endswith("000_4a74c906bf940fc8.txt"))
    assert seed.title == (
        "Chinese foreign minister Wang Yi urges 'in-depth' Sino-US dialogue ahead of Antony Blinken meeting"
    )


def test_with_workers_the_pages_are_read_in_the_worker_processes(db, database_url, tmp_path):
    """Reading a page (trafilatura) costs more than extracting its quotes, so ``--workers``
    spreads it too: the writer process then never loads the HTML parser at all, and a page
    with no article is still reported in its place, between good inputs."""
    copies = {"a_byline.html": "byline.html", "c_jsonld.html": "jsonld.html"}
    for copy, name in copies.items():
        (tmp_path / copy).write_bytes((PAGES / name).read_bytes())
    (tmp_path / "b_empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    plain = 'Ferry news\n\n"We sail at dawn," said Ines Varga.\n'
    (tmp_path / "d_plain.txt").write_text(plain, encoding="utf-8")
    script = (
        "import sys\n"
        "from quotes_api.sources import read_sources\n"
        "from quotes_api.storage import connect\n"
        "from quotes_api.storage.ingest import ingest_documents\n"
        f"connect({database_url!r})\n"
        f"items = read_sources([{str(tmp_path)!r}], recursive=True)\n"
        "summary = ingest_documents(items, workers=int(sys.argv[1]))\n"
        "print(summary.line()); print(summary.errors); print('trafilatura' in sys.modules)\n"
    )
    lines = {}
    for workers in (2, 1):
        done = subprocess.run(
            [sys.executable, "-c", script, str(workers)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            env=os.environ.copy(),
        )
        assert done.returncode == 0, done.stderr
        lines[workers] = done.stdout.splitlines()
    assert lines[2][0].startswith("4 documents: 3 new, 0 already present, 1 failed")
    assert lines[2][1] == repr([f"{tmp_path / 'b_empty.html'}: no article text found in the page"])
    assert lines[2][2] == "False"  # read in the workers
    assert lines[1][0].startswith("4 documents: 0 new, 3 already present, 1 failed")
    assert lines[1][2] == "True"  # read here
    for copy, name in copies.items():
        check_page(Document.get(Document.external_id == str(tmp_path / copy)), name)
