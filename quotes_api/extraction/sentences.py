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
    """Where the text has a full stop, "!" or "?", in order. String search lists them far
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
    # initials have a full stop second to last, if more than one letter: "said" is tried no further
    return last in ABBREVIATIONS or (last[-2:-1] in ("", ".") and bool(_INITIALS.fullmatch(last)))


class Sentences:
    """Sentence boundaries of masked text: ``start_of(i)``/``end_of(i)`` for any offset.

    ``paragraphs`` are in order and apart, as :func:`~quotes_api.extraction.paragraphs.paragraphs`
    gives them; ``masked`` is ``text`` with its quotations masked, when ``text`` is given. A
    paragraph's sentences are read the first time an offset in it is asked about: the rules
    read about half of an article's paragraphs."""

    def __init__(self, masked: str, paragraphs: list[tuple[int, int]], text: str | None = None) -> None:
        self._paragraphs = paragraphs
        self._para_starts = [s for s, _ in paragraphs]
        self._masked = masked
        self._src = masked if text is None else text
        self._marks = _end_mark_positions(self._src)
        self._read: dict[int, list[int]] = {}  # paragraph → where its sentences start

    def start_of(self, i: int) -> int:
        j = bisect.bisect_right(self._para_starts, i) - 1
        if j < 0:
            return self._para_starts[0]
        starts = self._read.get(j) or self._read_paragraph(j)  # never empty: the paragraph's start
        return starts[bisect.bisect_right(starts, i) - 1]

    def end_of(self, i: int) -> int:
        j = bisect.bisect_right(self._para_starts, i) - 1
        if j < 0:
            return self._para_starts[0]
        starts = self._read.get(j) or self._read_paragraph(j)
        k = bisect.bisect_right(starts, i)
        return starts[k] if k < len(starts) else self._paragraphs[j][1]

    def _read_paragraph(self, j: int) -> list[int]:
        starts = self._read[j] = self._sentence_starts(*self._paragraphs[j])
        return starts

    def _sentence_starts(self, p_start: int, p_end: int) -> list[int]:
        """Where the sentences of the paragraph start, in order."""
        check()  # the time budget of a request, if any
        masked, src, marks = self._masked, self._src, self._marks
        starts = [p_start]
        k, resume = bisect.bisect_left(marks, p_start), p_start
        # a paragraph's last character ends no sentence before the paragraph does
        while k < len(marks) and (at := marks[k]) < p_end - 1:
            k += 1
            if at < resume:
                continue  # inside the last match, or in a run of marks that failed to end one
            if masked[at] == FILLER:
                # A quotation that ends its sentence inside the marks: '..." Her manager said'.
                # A run of end marks is masked whole or not at all: a quotation starts and
                # ends at a quotation mark.
                ending = _QUOTE_END.match(src, at, p_end)
                ends = ending is not None and masked[ending.end()] != FILLER
            else:
                ending = _SENTENCE_END.match(masked, at, p_end)
                ends = ending is not None and not abbreviation_ends_at(masked, at, p_start)  # "Mr. Smith"
            if ending is None:
                # every mark of this run reads on to its end as this one did: all fail
                run = _END_MARKS.match(src, at, p_end)
                resume = run.end() if run else at + 1
                continue
            resume = ending.end()
            if ends:
                starts.append(resume)  # after the last: each match ends past the mark it starts at
        return starts
