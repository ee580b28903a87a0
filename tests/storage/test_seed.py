"""The seed article, ingested twice, is stored once with its 16 required quotes and speakers.

These depend on the extractor: they fail while it is incomplete, and that is expected.
"""

from __future__ import annotations

from quotes_api.sources import read_documents
from quotes_api.storage import ingest_documents
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker

SEED_SPEAKERS = {
    "Wang Yi",
    "Antony Blinken",
    "Xie Feng",
    "Michael McCaul",
    "Young Kim",
    "White House",
    "China",
}


def _ingest_seed_twice(seed_path):
    first = ingest_documents(read_documents([str(seed_path)]))
    second = ingest_documents(read_documents([str(seed_path)]))
    return first, second


def test_seed_twice_is_stored_once(db, seed_path):
    first, second = _ingest_seed_twice(seed_path)
    assert (first.new, second.new, second.existing) == (1, 0, 1)
    assert Document.select().count() == 1
    assert second.quotes == 0


def test_seed_required_quotes_with_their_speakers(db, seed_path, seed_gold):
    _ingest_seed_twice(seed_path)
    required = [q for q in seed_gold["quotes"] if not q.get("optional")]
    assert len(required) == 16
    stored: dict[tuple[int, int], list[Quote]] = {}
    for quote in Quote.select():
        stored.setdefault((quote.start, quote.end), []).append(quote)
    missing, wrong = [], []
    for gold in required:
        found = stored.get((gold["start"], gold["end"]), [])
        if len(found) != 1:
            missing.append((gold["text"][:40], len(found)))
            continue
        names = {link.speaker.name for link in QuoteSpeaker.select().where(QuoteSpeaker.quote == found[0])}
        if names != set(gold["speakers"]):
            wrong.append((gold["text"][:40], sorted(names), gold["speakers"]))
    assert not missing, f"required quotes not stored exactly once: {missing}"
    assert not wrong, f"required quotes with wrong speakers: {wrong}"


def test_seed_speakers(db, seed_path):
    _ingest_seed_twice(seed_path)
    names = {s.name for s in Speaker.select()}
    assert names >= SEED_SPEAKERS, f"missing speakers: {sorted(SEED_SPEAKERS - names)}"
    slugs = {s.name: s.slug for s in Speaker.select()}
    assert slugs.get("Wang Yi") == "wang-yi"
    assert slugs.get("Antony Blinken") == "antony-blinken"
    assert Speaker.get(Speaker.name == "Wang Yi").kind == "person"
    assert Speaker.get(Speaker.name == "White House").kind == "organisation"
