"""End to end on the fixture articles: every required gold quote found, with its exact span
and exact speakers, and nothing found that the gold does not hold (precision and recall 1.0),
scored by the rules of the project's evaluation (see ``scoring.py``).
"""

from __future__ import annotations

import pytest

from quotes_api import extract

from .scoring import DocumentScore, article_of, gold_documents, score_document

CASES = gold_documents()
IDS = [doc["id"] for _, doc in CASES]


def _score(gold_file: str, doc: dict) -> tuple[str, DocumentScore]:
    text = article_of(gold_file, doc).read_text(encoding="utf-8")
    return text, score_document(doc, [q.to_dict() for q in extract(text)])


@pytest.mark.parametrize(("gold_file", "doc"), CASES, ids=IDS)
def test_every_quote_found_with_its_speakers_and_nothing_else(gold_file: str, doc: dict) -> None:
    _, result = _score(gold_file, doc)
    if not result.perfect:
        pytest.fail(result.report(), pytrace=False)
    required = [q for q in doc["quotes"] if not q["optional"]]
    assert result.correct == len(required)


@pytest.mark.parametrize(("gold_file", "doc"), CASES, ids=IDS)
def test_matched_spans_are_exact(gold_file: str, doc: dict) -> None:
    """Gold spans are the words between the marks; a match must have exactly those offsets."""
    text, result = _score(gold_file, doc)
    assert result.matched, "nothing matched"
    for pred, gold in result.matched:
        assert (pred["start"], pred["end"]) == (gold["start"], gold["end"]), (
            f"{gold['text'][:50]!r}: got {text[pred['start'] : pred['end']][:50]!r}"
        )
