"""The gold files themselves: well-formed, and every record's text is the article's slice.

These hold whatever the extractor does; they guard the annotations the other tests trust.
"""

from __future__ import annotations

import pytest

from tests.support.paths import FIXTURES

from .scoring import SEED_ARTICLE, article_of, gold_documents, load_gold

CASES = gold_documents()


@pytest.mark.parametrize(("gold_file", "doc"), CASES, ids=[doc["id"] for _, doc in CASES])
def test_gold_record_text_is_the_article_slice(gold_file: str, doc: dict) -> None:
    article = article_of(gold_file, doc).read_text(encoding="utf-8")
    assert doc["text"] == article, "the gold's copy of the text differs from the fixture article"
    assert doc["quotes"], "a gold document without quotes tests nothing"
    previous_end = -1
    for q in doc["quotes"]:
        assert set(q) >= {"start", "end", "text", "speakers", "optional"}
        assert 0 <= q["start"] < q["end"] <= len(article)
        assert article[q["start"] : q["end"]] == q["text"], q
        assert q["start"] >= previous_end, f"gold quotes out of order or overlapping at {q['text']!r}"
        previous_end = q["end"]
        assert isinstance(q["speakers"], list) and all(isinstance(s, str) and s for s in q["speakers"])
        assert isinstance(q["optional"], bool)


def test_own_gold_covers_every_own_article() -> None:
    ids = {doc["id"] for doc in load_gold(FIXTURES / "own.gold.jsonl")}
    articles = {p.name for p in FIXTURES.glob("[0-9][0-9][0-9]_*.txt")} - {SEED_ARTICLE}
    assert len(articles) >= 5
    assert ids == articles


def test_seed_gold_has_the_sixteen_required_quotes() -> None:
    (doc,) = load_gold(FIXTURES / "seed.gold.jsonl")
    required = [q for q in doc["quotes"] if not q["optional"]]
    assert len(required) == 16
    names = {s for q in required for s in q["speakers"]}
    assert names == {
        "Wang Yi",
        "Antony Blinken",
        "Xie Feng",
        "Michael McCaul",
        "Young Kim",
        "White House",
        "China",
    }
