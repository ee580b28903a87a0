"""Build ``claims.jsonl``: claimed quotes made from the fixtures' gold quotes, each with the verdict
that follows from how it was made (never from what the implementation answers).

Run ``python tests/factcheck/make_claims.py`` to rebuild it (deterministic: a fixed seed).
Claims are cut at white space from the gold quote text, so nothing here depends on the
normaliser under test. Hand-written paraphrases and unrelated sentences are in
``claims_written.jsonl`` beside this file.

Categories and their expected verdicts:

* ``exact_span`` (a run of 4–12 words, with the right speaker), ``exact_whole`` (a short quote
  in full), ``exact_styled`` (a span with changed case, curly/straight marks, other dashes,
  odd spacing), ``no_speaker`` (a span, no speaker given), ``truncation`` (the start or the end
  of a quote, with an ellipsis): ``exact``;
* ``changed_word``, ``dropped_word``, ``inserted_word`` (one word, in a run of 6–14): ``altered``;
* ``wrong_speaker`` (a span given to a speaker who never said those words): ``misattributed``;
* ``narrative`` (a sentence of an article outside any quotation): ``not_found``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[1] / "fixtures"
GOLD_FILES = ("seed.gold.jsonl", "own.gold.jsonl")
OUT = HERE / "claims.jsonl"

REPLACEMENTS = "always clearly strong people country future problem world together honest quickly".split()
INSERTIONS = "really also certainly very truly entirely simply".split()
DASHES = ["\u2013", "\u2014", " - "]


def load_gold() -> list[dict]:
    docs = []
    for name in GOLD_FILES:
        with open(FIXTURES / name, encoding="utf-8") as stream:
            docs += [json.loads(line) for line in stream if line.strip()]
    return docs


def tokens(text: str) -> list[str]:
    return text.split()


def squash(text: str) -> str:
    """Lower-case letters and digits only: to check that a span is not someone else's too."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))


def span(rng: random.Random, toks: list[str], lo: int, hi: int) -> tuple[int, int]:
    size = rng.randint(min(lo, len(toks)), min(hi, len(toks)))
    start = rng.randint(0, len(toks) - size)
    return start, start + size


def styled(rng: random.Random, text: str) -> str:
    """The same words as a different source would print them."""
    style = rng.choice(["upper", "lower", "curly", "straight", "dash", "space"])
    if style == "upper":
        return text.upper()
    if style == "lower":
        return text.lower()
    if style == "curly":
        return "\u201c" + text.replace("'", "\u2019") + "\u201d"
    if style == "straight":
        return '"' + text.replace("\u2019", "'").replace("\u2018", "'") + '"'
    if style == "dash":
        return text.replace("-", rng.choice(DASHES)) if "-" in text else " \u2014 ".join(text.split(" ", 1))
    return "  ".join(text.split()).replace(" ", "\n", 1)


def make(rng: random.Random) -> list[dict]:
    docs = load_gold()
    quotes = [(d["id"], q) for d in docs for q in d["quotes"] if q["speakers"] and not q.get("optional")]
    said_by: dict[str, str] = {}
    for _, q in quotes:
        for name in q["speakers"]:
            said_by[name] = said_by.get(name, "") + " | " + squash(q["text"])
    speakers = sorted(said_by)
    claims: list[dict] = []

    def add(category: str, claim: str, speaker: str | None, expected: str, doc: str, q: dict) -> None:
        record = {
            "category": category,
            "claim": claim,
            "speaker": speaker,
            "expected": expected,
            "source": {"document": doc, "start": q["start"], "end": q["end"]},
        }
        claims.append(record)

    for doc, q in quotes:
        toks = tokens(q["text"])
        who = rng.choice(q["speakers"])
        if len(toks) < 4:
            add("exact_whole", q["text"], who, "exact", doc, q)
            continue
        for _ in range(2):
            a, b = span(rng, toks, 4, 12)
            add("exact_span", " ".join(toks[a:b]), who, "exact", doc, q)
        a, b = span(rng, toks, 4, 12)
        add("exact_styled", styled(rng, " ".join(toks[a:b])), who, "exact", doc, q)
        a, b = span(rng, toks, 4, 12)
        add("no_speaker", " ".join(toks[a:b]), None, "exact", doc, q)
        if len(toks) >= 6:
            k = rng.randint(4, len(toks) - 1)
            cut = (
                " ".join(toks[:k]) + rng.choice(["...", "…", " ..."])
                if rng.random() < 0.5
                else (rng.choice(["...", "… "]) + " ".join(toks[-k:]))
            )
            add("truncation", cut, who, "exact", doc, q)
        a, b = span(rng, toks, 4, 10)
        text = " ".join(toks[a:b])
        others = [s for s in speakers if s not in q["speakers"] and squash(text) not in said_by[s]]
        add("wrong_speaker", text, rng.choice(others), "misattributed", doc, q)
        if len(toks) < 6:
            continue
        for category in ("changed_word", "dropped_word", "inserted_word"):
            a, b = span(rng, toks, 6, 14)
            words = toks[a:b]
            i = rng.randrange(1, len(words) - 1)
            if category == "changed_word":
                new = rng.choice([w for w in REPLACEMENTS if w != squash(words[i])])
                words = words[:i] + [new] + words[i + 1 :]
            elif category == "dropped_word":
                words = words[:i] + words[i + 1 :]
            else:
                words = words[:i] + [rng.choice(INSERTIONS)] + words[i:]
            add(category, " ".join(words), who, "altered", doc, q)
    claims += narrative(rng, docs, quotes)
    return claims


def narrative(rng: random.Random, docs: list[dict], quotes: list) -> list[dict]:
    """Sentences of the articles that contain no quotation mark: reported, not quoted."""
    out = []
    for d in docs:
        names = sorted({n for doc, q in quotes if doc == d["id"] for n in q["speakers"]})
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n\n", d["text"])]
        plain = [s for s in sentences if len(s.split()) >= 6 and not re.search("[\"“”‘’']", s)]
        for sentence in rng.sample(plain, min(4, len(plain))):
            speaker = rng.choice(names) if names and rng.random() < 0.7 else None
            out.append(
                {
                    "category": "narrative",
                    "claim": sentence,
                    "speaker": speaker,
                    "expected": "not_found",
                    "source": None,
                }
            )
    return out


def main() -> None:
    claims = make(random.Random(5))
    with open(OUT, "w", encoding="utf-8") as stream:
        for claim in claims:
            stream.write(json.dumps(claim, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim["category"]] = counts.get(claim["category"], 0) + 1
    print(f"{len(claims)} claims written to {OUT.name}: {counts}")


if __name__ == "__main__":
    main()
