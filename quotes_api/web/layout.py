"""Cutting article text into pieces for the pages: paragraphs, and runs of plain or marked text.

Pure functions over strings and offsets (code points, as stored), so the templates only loop
over ``(kind, text, data)`` runs and never slice text themselves. Jinja escapes every run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from quotes_api.extraction.marks import paragraphs as find_paragraphs


@dataclass(frozen=True, slots=True)
class Span:
    """A marked stretch of text: ``kind`` names the mark (``quote``, ``mention``, ``cue``)."""

    start: int
    end: int
    kind: str
    data: Any = None


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a paragraph: plain (``kind`` ``None``) or inside a :class:`Span`."""

    text: str
    kind: str | None = None
    data: Any = None


def paragraphs(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of each paragraph, split exactly as the extractor splits them, so that a
    quote's ``paragraph`` number is its index here.

    >>> paragraphs("Ann Pike spoke.\n\n  \"We won,\" she said.\nThen she left.\n")
    [(0, 15), (19, 38), (39, 53)]
    """
    return find_paragraphs(text)


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph holding ``start`` (stretched to ``end`` if the span crosses a break)."""
    for lo, hi in paragraphs(text):
        if lo <= start < hi or (start == hi and lo < hi):
            return lo, max(hi, min(end, len(text)))
    return max(0, start), min(len(text), max(end, start))


def runs(text: str, lo: int, hi: int, spans: list[Span]) -> list[Run]:
    """``text[lo:hi]`` as runs, each span inside it marked; overlapping spans after the first are dropped."""
    out: list[Run] = []
    at = lo
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = max(span.start, lo), min(span.end, hi)
        if start < at or start >= end:
            continue  # outside this stretch, or overlapping an earlier mark
        if start > at:
            out.append(Run(text[at:start]))
        out.append(Run(text[start:end], span.kind, span.data))
        at = end
    if at < hi:
        out.append(Run(text[at:hi]))
    return out


def locate(text: str, phrase: str | None, lo: int, hi: int, avoid: tuple[int, int]) -> Span | None:
    """Where ``phrase`` (a mention or a cue) stands in ``text[lo:hi]``, outside ``avoid``.

    The store keeps the attribution's words, not their offsets, so the occurrence nearest to
    the quote (``avoid``) is taken, as whole words, in any case. ``None`` when it is not there
    (the attribution of a later piece of a quotation sits in an earlier paragraph).
    """
    if not phrase or not phrase.strip():
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(phrase.strip()) + r"(?!\w)", re.IGNORECASE)
    best: tuple[int, int, int] | None = None
    for found in pattern.finditer(text, lo, hi):
        if found.start() < avoid[1] and found.end() > avoid[0]:
            continue
        distance = avoid[0] - found.end() if found.end() <= avoid[0] else found.start() - avoid[1]
        if best is None or distance < best[0]:
            best = (distance, found.start(), found.end())
    return None if best is None else Span(best[1], best[2], "")


def attribution_spans(text: str, quote: dict[str, Any], lo: int, hi: int) -> list[Span]:
    """The quote, its mention and its cue as spans inside the paragraph ``text[lo:hi]``."""
    quoted = (quote["start"], quote["end"])
    spans = [Span(quote["start"], quote["end"], "quote")]
    mention = locate(text, quote.get("mention"), lo, hi, quoted)
    if mention:
        spans.append(Span(mention.start, mention.end, "mention"))
    cue = locate(text, quote.get("cue"), lo, hi, quoted)
    if cue and not (mention and cue.start < mention.end and cue.end > mention.start):
        spans.append(Span(cue.start, cue.end, "cue"))
    return spans


def document_paragraphs(text: str, quotes: list[dict[str, Any]]) -> list[list[Run]]:
    """Every paragraph of a document as runs, each quote marked with the quote's dict as data."""
    spans = [Span(q["start"], q["end"], "quote", q) for q in quotes]
    return [runs(text, lo, hi, spans) for lo, hi in paragraphs(text)]


def diff_runs(diff: list[dict[str, str]]) -> list[Run]:
    """A verify ``diff`` as runs: ``same``, ``removed`` (quote words the claim lacks), ``added``."""
    out: list[Run] = []
    for step in diff:
        if step["op"] == "equal":
            out.append(Run(step["quote"], "same"))
            continue
        if step["quote"]:
            out.append(Run(step["quote"], "removed"))
        if step["claim"]:
            out.append(Run(step["claim"], "added"))
    return out
