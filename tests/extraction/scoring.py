"""Scoring predicted quotes against gold, by the rules of the project's evaluation scorer.

A predicted quote matches a gold quote when their spans overlap and their texts agree once
surrounding white space and ``, . ; :`` are stripped (and inner white space collapsed,
case-folded). Speakers match when the two sets agree after case-folding and dropping a
leading "the "; a gold name written "A|B" accepts either form, and gold speakers ``None``
accept anything. Optional gold quotes count neither way: matching one is neither a hit nor
a false positive, missing one is not a miss.

Gold format (one document a line): ``{"id", "text", "quotes": [{"start", "end", "text",
"speakers", "optional"}]}``. Predictions: dicts with ``start``, ``end``, ``text``,
``speakers`` (the ``quotes-api extract`` record, or ``Quote.to_dict()``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.support.paths import FIXTURES

STRIP = " \t\n,.;:"


def norm_text(text: str) -> str:
    """The text as compared: trimmed of white space and ``, . ; :``, spaces collapsed, case-folded."""
    return " ".join(text.strip(STRIP).split()).casefold()


def norm_speaker(name: str) -> str:
    """A speaker name as compared: spaces collapsed, case-folded, a leading "the " dropped."""
    name = " ".join(name.split()).casefold()
    return name[4:] if name.startswith("the ") else name


def speakers_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether the predicted speaker set is the gold one (see the module docstring)."""
    if gold.get("speakers", []) is None:
        return True
    got = {norm_speaker(s) for s in pred.get("speakers") or []}
    want = [frozenset(norm_speaker(a) for a in name.split("|")) for name in gold["speakers"]]
    return (
        len(got) == len(want)
        and all(any(g in alts for g in got) for alts in want)
        and all(any(g in alts for alts in want) for g in got)
    )


@dataclass
class DocumentScore:
    """The outcome for one document, with every miss described for an assertion message."""

    doc_id: str
    correct: int = 0  # span and speakers right
    wrong_speaker: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (pred, gold)

    @property
    def perfect(self) -> bool:
        return not (self.wrong_speaker or self.false_positives or self.missed)

    def report(self) -> str:
        lines = [f"{self.doc_id}: {self.correct} correct"]
        lines += [f"  FP   {m}" for m in self.false_positives]
        lines += [f"  MISS {m}" for m in self.missed]
        lines += [f"  SPK  {m}" for m in self.wrong_speaker]
        return "\n".join(lines)


def score_document(gold_doc: dict[str, Any], preds: Iterable[dict[str, Any]]) -> DocumentScore:
    """Match ``preds`` against ``gold_doc``'s quotes, greedily in order of predicted start."""
    golds = gold_doc["quotes"]
    result = DocumentScore(str(gold_doc["id"]))
    used: set[int] = set()
    for p in sorted(preds, key=lambda q: q["start"]):
        hit = next(
            (
                i
                for i, g in enumerate(golds)
                if i not in used
                and p["start"] < g["end"]
                and g["start"] < p["end"]
                and norm_text(p["text"]) == norm_text(g["text"])
            ),
            None,
        )
        if hit is None:
            result.false_positives.append(f"{p['text'][:70]!r} -> {p.get('speakers')}")
            continue
        used.add(hit)
        g = golds[hit]
        if g.get("optional"):
            continue
        result.matched.append((p, g))
        if speakers_match(p, g):
            result.correct += 1
        else:
            result.wrong_speaker.append(
                f"{g['text'][:60]!r}: gold {g.get('speakers')}, got {p.get('speakers')}"
            )
    for i, g in enumerate(golds):
        if i not in used and not g.get("optional"):
            result.missed.append(f"{g['text'][:70]!r} ({g.get('speakers')})")
    return result


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The documents of a gold JSONL file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


SEED_ARTICLE = "000_4a74c906bf940fc8.txt"
GOLD_FILES = ["seed.gold.jsonl", "own.gold.jsonl"]


def article_of(gold_file: str, doc: dict) -> Path:
    """The fixture article a gold document annotates (the seed's id is just "seed")."""
    return FIXTURES / (SEED_ARTICLE if gold_file == "seed.gold.jsonl" else doc["id"])


def gold_documents() -> list[tuple[str, dict]]:
    return [(name, doc) for name in GOLD_FILES for doc in load_gold(FIXTURES / name)]
