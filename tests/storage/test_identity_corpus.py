"""The identity promise on a corpus of 64 invented articles (``news_corpus``): one row per real
person, organisation or group, of the right kind, whatever the order of ingest and the number
of workers. Ingested by the real command, in small batches so that people meet across batches."""

from __future__ import annotations

import json
import random

import pytest

from quotes_api.storage.base import database_proxy
from quotes_api.storage.db import connect
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from tests.support.cli import run_cli

from .news_corpus import BY_ID, articles

ARTICLES = articles()


def _rows(url: str) -> list[tuple]:
    db = connect(url)
    try:
        speakers = Speaker.select().where(Speaker.quote_count > 0).order_by(Speaker.slug)
        return [
            (s.slug, s.name, s.kind, s.quote_count, tuple(s.aliases), bool(s.ambiguous)) for s in speakers
        ]
    finally:
        db.close()


def _ingest(url: str, records: list[dict], tmp_path, name: str, workers: int) -> None:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = run_cli(["ingest", str(path), "--workers", str(workers), "--batch-size", "7"], url)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def ingested(fresh_url, tmp_path_factory) -> dict[str, str]:
    """The corpus in four databases: two orders, one and two workers."""
    records = [r for r, _ in ARTICLES]
    shuffled = records[:]
    random.Random(14).shuffle(shuffled)
    runs = {
        "forward-1": (records, 1),
        "reversed-2": (records[::-1], 2),
        "shuffled-1": (shuffled, 1),
        "shuffled-2": (shuffled, 2),
    }
    tmp = tmp_path_factory.mktemp("corpus")
    urls = {}
    for name, (order, workers) in runs.items():
        urls[name] = fresh_url()
        _ingest(urls[name], order, tmp, name, workers)
    return urls


def test_speaker_rows_do_not_depend_on_order_or_workers(ingested):
    rows = {name: _rows(url) for name, url in ingested.items()}
    first = rows["forward-1"]
    assert len(first) == len(BY_ID)
    for name, other in rows.items():
        assert other == first, name


def test_each_member_of_the_cast_is_one_row_of_the_right_kind(ingested):
    db = connect(ingested["shuffled-2"])
    try:
        slugs: dict[str, set[str]] = {}
        for record, said in ARTICLES:
            doc = Document.get(Document.external_id == record["id"])
            for quote, ident in said:
                [found] = Quote.select().where((Quote.document == doc.id) & Quote.text.contains(quote))
                speakers = list(Speaker.select().join(QuoteSpeaker).where(QuoteSpeaker.quote == found.id))
                assert len(speakers) == 1, (record["id"], quote)
                assert speakers[0].kind == BY_ID[ident].kind, (ident, speakers[0].slug)
                slugs.setdefault(ident, set()).add(speakers[0].slug)
        assert all(len(s) == 1 for s in slugs.values()), slugs
        assert len({next(iter(s)) for s in slugs.values()}) == len(BY_ID)  # and no two share a row
        names = {s.slug: s.name for s in Speaker.select()}
        assert names[next(iter(slugs["holloway"]))] == "Margaret A. Holloway"  # the fullest form
        assert names[next(iter(slugs["kessler-jr"]))] == "Robert Kessler Jr."
    finally:
        db.close()
        database_proxy.initialize(None)


def _quotes(url: str) -> list[tuple]:
    """Every quotation by stable identifiers (document hash and span), with its speakers' slugs."""
    db = connect(url)
    try:
        rows = []
        for q in Quote.select(Quote, Document.content_hash).join(Document).order_by(Quote.id):
            links = Speaker.select().join(QuoteSpeaker).where(QuoteSpeaker.quote == q.id)
            speakers = links.order_by(QuoteSpeaker.position)
            slugs = tuple(s.slug for s in speakers)
            rows.append((q.document.content_hash, q.start, q.end, q.text, q.cue, slugs))
        return sorted(rows)
    finally:
        db.close()


def _as_an_older_extractor_left_it(url: str) -> None:
    """Every other document loses its quotations, and the rest their cues: what a re-extraction
    must bring back."""
    db = connect(url)
    try:
        docs = [d.id for d in Document.select(Document.id).order_by(Document.id)]
        gone = Quote.select(Quote.id).where(Quote.document.in_(docs[::2]))
        QuoteSpeaker.delete().where(QuoteSpeaker.quote.in_(gone)).execute()
        Quote.delete().where(Quote.document.in_(docs[::2])).execute()
        Quote.update(cue="shouted").execute()
    finally:
        db.close()


def test_reextract_with_workers_gives_the_one_worker_result(fresh_url, tmp_path):
    """``quotes-api reextract --workers 2`` ends where ``--workers 1`` does (issue 14)."""
    records = [r for r, _ in ARTICLES]
    results = {}
    for workers in (1, 2):
        url = fresh_url()
        _ingest(url, records, tmp_path, f"reextract-{workers}", 1)
        expected = (_rows(url), _quotes(url))
        _as_an_older_extractor_left_it(url)
        done = run_cli(["reextract", "--workers", str(workers), "--batch-size", "9"], url)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"{len(records)} documents re-extracted: {len(records)} changed")
        results[workers] = (_rows(url), _quotes(url))
        assert results[workers] == expected, workers  # and both are what ingest stored
    assert results[1] == results[2]
