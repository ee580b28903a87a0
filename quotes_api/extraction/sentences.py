"""Paragraph text with the quotations masked out, and the sentences of what is left.

Attribution rules look only at the words outside quotation marks: masking each quotation
with a filler of the same length keeps every offset valid while hiding quoted words, so a
"said" inside a quote is never taken for a cue.
"""

from __future__ import annotations

import bisect
import re

from quotes_api.extraction.budget import check
from quotes_api.extraction.lexicon.function_words import ABBREVIATIONS
from quotes_api.extraction.marks import Span

FILLER = "\ue000"

# This pattern and _QUOTE_END below open with a single character class (not a repeated one): the
# regex engine then skips ahead to the next full stop instead of trying a match at every character.
# Their repeats are possessive: what follows each never starts with what it repeats, so giving
# characters back could not make a match, and the engine is spared trying.
_SENTENCE_END = re.compile(r"[.!?][.!?]*+[)\]]?\s++(?=[\"“‘'(\[A-Z0-9" + FILLER + "])")


def mask(text: str, spans: list[Span]) -> str:
    """``text`` with each quotation, marks included, replaced by filler of the same length."""
    parts, last = [], 0
    for s in spans:
        stop = s.outer_end
        parts.append(text[last : s.open_at])
        parts.append(FILLER * (stop - s.open_at))
        last = stop
    parts.append(text[last:])
    return "".join(parts)


_END_MARKS = re.compile(r"[.!?]++")


def _end_mark_positions(masked: str) -> list[int]:
    """Where ``masked`` has a full stop, "!" or "?", in order. String search lists them far
    faster than ``_SENTENCE_END`` skips to them (it tests a character class at every
    character); the pattern is then tried only there, as ``finditer`` would."""
    positions: list[int] = []
    for ch in ".!?":
        at = masked.find(ch)
        while at != -1:
            positions.append(at)
            at = masked.find(ch, at + 1)
    positions.sort()
    return positions


_QUOTE_END = re.compile(r"[.!?][.!?]*+[\"\u201d\u2019']++\s++(?=[A-Z\"\u201c])")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")  # "j" of "J. Smith", "u.s" of "U.S."


def abbreviation_ends_at(text: str, dot: int, floor: int = 0) -> bool:
    """Is the full stop at ``dot`` the end of an abbreviation or an initial ("Mr.", "U.S.",
    "J."), rather than of a sentence?"""
    word = text[max(floor, dot - 12) : dot + 1].split()
    last = word[-1].lower().lstrip('("“').rstrip(".") if word else ""
    return last in ABBREVIATIONS or bool(_INITIALS.fullmatch(last))


class Sentences:
    """Sentence boundaries of masked text: ``start_of(i)``/``end_of(i)`` for any offset."""

    def __init__(self, masked: str, paragraphs: list[tuple[int, int]], text: str | None = None) -> None:
        starts = []
        end_marks = _end_mark_positions(masked)
        for p_start, p_end in paragraphs:
            check()  # the time budget of a request, if any
            starts.append(p_start)
            # A quotation that ends its sentence inside the marks: '..." Her manager said'. Such
            # an end stands in a quotation, so the search starts at the paragraph's first one:
            # no match starting before it reaches it (an opening mark is never followed by a
            # space), and most paragraphs hold none.
            first = -1 if text is None else masked.find(FILLER, p_start, p_end)
            if text is not None and first != -1:
                for m in _QUOTE_END.finditer(text, first, p_end):
                    if masked[m.start()] == FILLER and masked[m.end()] != FILLER:
                        starts.append(m.end())
            k, resume = bisect.bisect_left(end_marks, p_start), p_start
            while k < len(end_marks) and end_marks[k] < p_end:
                at = end_marks[k]
                k += 1
                if at < resume:
                    continue  # inside the last match, or in a run of marks that failed to end one
                ending = _SENTENCE_END.match(masked, at, p_end)
                if ending is None:
                    # every mark of this run reads on to its end as this one did: all fail
                    run = _END_MARKS.match(masked, at, p_end)
                    resume = run.end() if run else at + 1
                    continue
                resume = ending.end()
                if abbreviation_ends_at(masked, at, p_start):
                    continue  # "Mr. Smith", "U.S. officials", "J. Smith"
                starts.append(ending.end())
        self._starts = sorted(set(starts))
        self._para_ends = [e for _, e in paragraphs]
        self._para_starts = [s for s, _ in paragraphs]
        self._masked = masked

    def start_of(self, i: int) -> int:
        k = bisect.bisect_right(self._starts, i) - 1
        return self._starts[max(k, 0)]

    def end_of(self, i: int) -> int:
        k = bisect.bisect_right(self._starts, i)
        para_end = self._para_ends[max(bisect.bisect_right(self._para_starts, i) - 1, 0)]
        return min(self._starts[k], para_end) if k < len(self._starts) else para_end
