"""How well a claim matches one stored quote: the best span, a score, and a word-level diff.

The comparison runs on word keys (see :mod:`quotes_api.factcheck.normalize`), with rapidfuzz
doing the fuzzy work: ``fuzz.partial_ratio_alignment`` on word sequences finds the window of the
quote that best matches the claim (a claim is usually a piece of a longer quote), and
``Levenshtein.opcodes`` on words gives the diff a fact-checker reads ("said *hope*, the quote
says *hoped*"). Word-level edits, not characters, decide the verdict: one changed word in a
ten-word claim is a misquote whether the word is "a" or "unprecedented".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from quotes_api.factcheck.normalize import Word, words

#: Word-level similarity (1 - edits / longer length) from which a claim counts as an
#: altered version of a span: one changed word in four, two in seven, three in ten.
ALTERED_MIN_SIMILARITY = 0.7
#: Matches below this are not worth showing at all.
SHOW_MIN_SIMILARITY = 0.5
#: Words of quote text tried beyond the aligned window on each side, so that a claim that
#: dropped or added words is compared with the whole span it came from.
_SLACK = 3


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of turning the quote's words into the claim's.

    ``op`` is ``equal``, ``replace`` (the claim has other words), ``delete`` (the claim
    leaves the quote's words out) or ``insert`` (the claim adds words).
    """

    op: str
    quote: str
    claim: str


@dataclass(slots=True)
class SpanMatch:
    """The best match of a claim inside one quote text.

    ``start``/``end`` are code-point offsets in the quote text; ``similarity`` is word-level
    (1.0 = the same words); ``score`` is rapidfuzz's character ratio of the two normalised
    strings, 0–100, a finer measure for ranking.
    """

    kind: str  # exact | altered | weak
    start: int
    end: int
    similarity: float
    score: float
    edits: int
    diff: list[DiffOp] = field(default_factory=list)


def _find(needle: list[str], haystack: list[str]) -> int:
    """Index of the first occurrence of ``needle`` as a contiguous run in ``haystack``, or -1."""
    n = len(needle)
    first = needle[0]
    for i in range(len(haystack) - n + 1):
        if haystack[i] == first and haystack[i : i + n] == needle:
            return i
    return -1


def match_claim(claim: list[Word], claim_text: str, quote_text: str) -> SpanMatch | None:
    """Compare ``claim`` (the words of ``claim_text``) with a stored quote's text.

    Returns ``None`` when the quote has no words in common worth showing.

    >>> quote = "we will never stop believing in you"
    >>> m = match_claim(words("never stop believing"), "never stop believing", quote)
    >>> m.kind, quote[m.start:m.end]
    ('exact', 'never stop believing')
    >>> claim = "we will never stop believing in them"
    >>> m = match_claim(words(claim), claim, quote)
    >>> m.kind, m.similarity, [(d.quote, d.claim) for d in m.diff if d.op != "equal"]
    ('altered', 0.8571, [('you', 'them')])
    >>> match_claim(words("the weather is fine"), "the weather is fine", quote) is None
    True
    """
    quote = words(quote_text)
    if not claim or not quote:
        return None
    c_keys = [w.key for w in claim]
    q_keys = [w.key for w in quote]
    at = _find(c_keys, q_keys)
    if at >= 0:
        span = quote[at : at + len(c_keys)]
        return SpanMatch("exact", span[0].start, span[-1].end, 1.0, 100.0, 0)
    lo, hi = _window(c_keys, q_keys)
    lo, hi = _trim(c_keys, q_keys, lo, hi)
    span_keys = q_keys[lo:hi]
    edits = Levenshtein.distance(c_keys, span_keys)
    similarity = 1.0 - edits / max(len(c_keys), len(span_keys))
    if similarity < SHOW_MIN_SIMILARITY:
        return None
    kind = "altered" if similarity >= ALTERED_MIN_SIMILARITY else "weak"
    score = fuzz.ratio(" ".join(c_keys), " ".join(span_keys))
    diff = _diff(claim, claim_text, quote[lo:hi], quote_text)
    return SpanMatch(
        kind, quote[lo].start, quote[hi - 1].end, round(similarity, 4), round(score, 2), edits, diff
    )


def _window(c_keys: list[str], q_keys: list[str]) -> tuple[int, int]:
    """The quote's word window best aligned with the claim, widened by a few words each side."""
    if len(c_keys) >= len(q_keys):
        return 0, len(q_keys)
    aligned = fuzz.partial_ratio_alignment(c_keys, q_keys)
    if aligned is None:  # only below a score cutoff, and none is set here
        return 0, len(q_keys)
    lo, hi = aligned.dest_start, aligned.dest_end
    return max(0, lo - _SLACK), min(len(q_keys), hi + _SLACK)


def _trim(c_keys: list[str], q_keys: list[str], lo: int, hi: int) -> tuple[int, int]:
    """The sub-window of ``lo:hi`` closest to the claim, with up to ``2 * _SLACK`` words cut each side.

    Fewest word edits wins, then the span whose length is closest to the claim's: "stabilize
    relations" is "stabilise relations" with one word changed, not "relations" with one added.
    """
    n = len(c_keys)
    best = (Levenshtein.distance(c_keys, q_keys[lo:hi]), abs(hi - lo - n), lo, hi)
    for i in range(lo, min(hi, lo + 2 * _SLACK + 1)):
        for j in range(max(i + 1, hi - 2 * _SLACK), hi + 1):
            d = Levenshtein.distance(c_keys, q_keys[i:j], score_cutoff=best[0])
            if (d, abs(j - i - n)) < best[:2]:
                best = (d, abs(j - i - n), i, j)
    return best[2], best[3]


def _diff(claim: list[Word], claim_text: str, span: list[Word], quote_text: str) -> list[DiffOp]:
    """Word-level edits from the span to the claim, in the words as each text writes them."""

    def text_of(ws: list[Word], text: str, i: int, j: int) -> str:
        return text[ws[i].start : ws[j - 1].end] if j > i else ""

    ops = Levenshtein.opcodes([w.key for w in span], [w.key for w in claim])
    return [
        DiffOp(
            op.tag,
            text_of(span, quote_text, op.src_start, op.src_end),
            text_of(claim, claim_text, op.dest_start, op.dest_end),
        )
        for op in ops
    ]
