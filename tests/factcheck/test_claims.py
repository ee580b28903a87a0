"""The claim test set: verdict accuracy and top-match accuracy of ``POST /verify``.

Claims come from ``claims.jsonl`` (generated from the gold quotes by ``make_claims.py``) and
``claims_written.jsonl`` (hand-written paraphrases and unrelated sentences). The expected
verdict of each is how it was made. The figures are printed (``pytest -s``) and reported in
docs/fact-check.md; set ``FACTCHECK_REPORT=path.json`` to write them to a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from quotes_api.storage.models import Document
from tests.support.api_client import bind
from tests.support.paths import FIXTURES

from .make_claims import OUT, make

HERE = Path(__file__).resolve().parent
GOLD_FILES = ("seed.gold.jsonl", "own.gold.jsonl")
VERDICT_TARGET = 0.95
TOP_MATCH_TARGET = 0.95


def load_claims() -> list[dict]:
    claims = []
    for name in ("claims.jsonl", "claims_written.jsonl"):
        with open(HERE / name, encoding="utf-8") as stream:
            claims += [json.loads(line) for line in stream if line.strip()]
    return claims


def gold_texts() -> dict[str, str]:
    out = {}
    for name in GOLD_FILES:
        with open(FIXTURES / name, encoding="utf-8") as stream:
            for line in stream:
                doc = json.loads(line)
                out[doc["id"]] = doc["text"]
    return out


def test_claim_file_is_what_the_generator_makes():
    """claims.jsonl is generated, never edited by hand: rerun make_claims.py after changing it."""
    expected = [json.dumps(c, ensure_ascii=False) for c in make(random.Random(5))]
    assert OUT.read_text(encoding="utf-8").splitlines() == expected


def test_claim_set_covers_every_kind_of_claim():
    counts = Counter(c["category"] for c in load_claims())
    for category in (
        "exact_span",
        "exact_styled",
        "truncation",
        "changed_word",
        "dropped_word",
        "inserted_word",
        "wrong_speaker",
        "paraphrase",
        "unrelated",
        "narrative",
    ):
        assert counts[category] >= 10, counts
    assert sum(counts.values()) >= 400


def _top_is_source(match: dict, source: dict, doc_ids: dict[str, int], texts: dict[str, str]) -> bool:
    """The top match is the quote the claim was made from (or a quote with the same words)."""
    if match["document"]["id"] == doc_ids[source["document"]] and (
        match["start"] < source["end"] and source["start"] < match["end"]
    ):
        return True
    source_text = texts[source["document"]][source["start"] : source["end"]]
    return " ".join(match["text"].lower().split()) == " ".join(source_text.lower().split())


def test_verdict_and_top_match_accuracy(api, seeded_app, database_url):
    texts = gold_texts()
    bind(seeded_app)
    by_hash = {d.content_hash: d.id for d in Document.select(Document.id, Document.content_hash)}
    doc_ids = {name: by_hash[hashlib.sha256(t.encode("utf-8")).hexdigest()] for name, t in texts.items()}
    right, total, top_right, top_total = Counter(), Counter(), Counter(), Counter()
    wrong, timings = [], []
    for claim in load_claims():
        body = {"claim": claim["claim"]} | ({"speaker": claim["speaker"]} if claim.get("speaker") else {})
        began = time.perf_counter()
        response = api.post("/api/v1/verify", json=body)
        timings.append(time.perf_counter() - began)
        assert response.status_code == 200, response.get_json()
        result = response.get_json()
        category = claim["category"]
        total[category] += 1
        if result["verdict"] == claim["expected"]:
            right[category] += 1
        else:
            wrong.append(
                (category, claim["claim"], claim.get("speaker"), claim["expected"], result["verdict"])
            )
        if claim.get("source") and claim["expected"] != "not_found":
            top_total[category] += 1
            matches = result["matches"]
            if matches and _top_is_source(matches[0], claim["source"], doc_ids, texts):
                top_right[category] += 1
    verdict_accuracy = sum(right.values()) / sum(total.values())
    top_accuracy = sum(top_right.values()) / sum(top_total.values())
    timings.sort()
    report = {
        "backend": "postgresql" if database_url.startswith("postgres") else "sqlite",
        "claims": sum(total.values()),
        "verdict_accuracy": round(verdict_accuracy, 4),
        "top_match_accuracy": round(top_accuracy, 4),
        "by_category": {
            c: {
                "claims": total[c],
                "verdict_right": right[c],
                "top_match_right": top_right[c],
                "with_source": top_total[c],
            }
            for c in total
        },
        "latency_ms": {
            "median": round(1000 * timings[len(timings) // 2], 1),
            "p95": round(1000 * timings[int(len(timings) * 0.95)], 1),
            "max": round(1000 * timings[-1], 1),
        },
        "wrong": wrong,
    }
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if os.environ.get("FACTCHECK_REPORT"):
        path = Path(os.environ["FACTCHECK_REPORT"])
        path = path.with_name(f"{path.stem}-{report['backend']}{path.suffix}")
        path.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert verdict_accuracy >= VERDICT_TARGET, wrong
    assert top_accuracy >= TOP_MATCH_TARGET


@pytest.mark.parametrize("category", ["exact_span", "changed_word", "wrong_speaker", "paraphrase"])
def test_each_kind_is_mostly_right(api, category):
    """No kind of claim may hide behind the others' accuracy."""
    claims = [c for c in load_claims() if c["category"] == category]
    right = 0
    for claim in claims:
        body = {"claim": claim["claim"]} | ({"speaker": claim["speaker"]} if claim.get("speaker") else {})
        right += api.post("/api/v1/verify", json=body).get_json()["verdict"] == claim["expected"]
    assert right / len(claims) >= 0.9
