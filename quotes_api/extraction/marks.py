"""Pairing quotation marks: find the spans of text that stand between them.

One left-to-right pass over each paragraph with a small stack, so the cost is linear in the
text whatever it contains (a megabyte of quotation marks included). Only outermost spans
are returned; a quotation nested inside another stays part of the outer one's text.

>>> [text[s.start:s.end] for text in ['He said "it\\'s \\'fine\\'" twice.'] for s in find_spans(text)]
["it's 'fine'"]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quotes_api.extraction.budget import check
from quotes_api.extraction.mark_context import (
    OPENS_AFTER,
    can_close,
    can_open,
    closes_double,
    guillemet_closes,
    inside_spaces,
    last_single_close,
    mismatched_close,
    next_double_marks,
)
from quotes_api.extraction.paragraphs import paragraphs

DOUBLE, SINGLE, GUILLEMET = "double", "single", "guillemet"

# Two apostrophes (or backticks) stand for a double mark in some wire and archive text. The
# pattern opens with a character class so the regex engine skips straight to the next mark; a
# lone backtick it also finds is no mark and is dropped.
_MARK_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\u2039\u203a`"
_MARK = re.compile(f"[{_MARK_CHARS}](?:(?<=')'|(?<=`)`)?")
# Mark characters listed by string search at most: past that, each paragraph is scanned whole.
_MAX_LISTED = 5000
_GUILLEMETS = "\u00ab\u00bb\u2039\u203a"
# Words written with a leading apostrophe, which is not an opening quotation mark.
_ELISION = re.compile(r"(?:\d\d?s?\b|em\b|til\b|tis\b|twas\b|cause\b|n\b|round\b|bout\b)", re.IGNORECASE)


@dataclass(slots=True)
class Span:
    """The inside of one pair of quotation marks (marks excluded).

    ``closed`` is False when the paragraph ended before a closing mark; the span then runs
    to the end of the paragraph. ``continues`` is True when such a span's next paragraph
    opens with a quotation mark again: the usual way of quoting over several paragraphs.

    Not frozen, as ``rule_order.Place``: a frozen dataclass sets each field through
    ``object.__setattr__``, and one is made for every quotation. The rules only read it."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    kind: str
    paragraph: int
    continues: bool = False
    outer_end: int = -1  # just past the closing mark; ``end`` when unclosed

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def find_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[Span]:
    """Every outermost quoted span of ``text``, in order (``paras``: its paragraphs, if known)."""
    paras = paragraphs(text) if paras is None else paras
    spans: list[Span] = []
    listed = _mark_positions(text)
    if listed is None:
        for number, (p_start, p_end) in enumerate(paras):
            check()  # the time budget of a request, if any
            found = _scan_paragraph(text, p_start, p_end, number, *_paragraph_marks(text, p_start, p_end))
            spans.extend(_continued(text, paras, number, found))
        return spans
    para_starts, k = [s for s, _ in paras], 0  # only paragraphs that hold a mark are read
    while k < len(listed):
        number = bisect.bisect_right(para_starts, listed[k]) - 1
        if number < 0 or listed[k] >= paras[number][1]:
            k += 1  # a mark outside the paragraphs
            continue
        p_start, p_end = paras[number]
        check()  # the time budget of a request, if any
        k_end = bisect.bisect_left(listed, p_end, k)
        if text.count('"', p_start, p_end) == k_end - k:  # most quote with straight double marks only
            found = _pair_straight(text, p_start, p_end, number, listed[k:k_end])
        else:
            marks, wide = _listed_marks(text, listed, k, k_end, p_end)
            found = _scan_paragraph(text, p_start, p_end, number, marks, wide)
        spans.extend(_continued(text, paras, number, found))
        k = k_end
    return spans


def _continued(text: str, paras: list[tuple[int, int]], number: int, found: list[Span]) -> list[Span]:
    """``found``, its last span going on when left open and the next paragraph opens alike."""
    last = found[-1] if found else None
    if last and not last.closed and number + 1 < len(paras):  # made just now, by this paragraph's scan
        last.continues = _kind_of_opener(text[paras[number + 1][0]]) == last.kind
    return found


def _mark_positions(text: str) -> list[int] | None:
    """Where the text has a mark character, in order; None when it has too many to list.

    String search finds them far faster than the pattern, which tests a character class at
    every character, and most of an article stands before its paragraph's first mark or in a
    paragraph with none: the pattern then reads a paragraph from its first mark only."""
    positions: list[int] = []
    for ch in _MARK_CHARS:
        at = text.find(ch)
        while at != -1:
            if len(positions) == _MAX_LISTED:
                return None  # a text of marks: the bound keeps this step small
            positions.append(at)
            at = text.find(ch, at + 1)
    positions.sort()
    return positions


def _kind_of_opener(ch: str) -> str | None:
    if ch in '"\u201c\u201e`':
        return DOUBLE
    if ch in "'\u2018\u2019\u2039":
        return SINGLE
    if ch == "\u00ab":
        return GUILLEMET
    return None


def _paragraph_marks(text: str, p_start: int, p_end: int) -> tuple[list[tuple[int, str]], set[int]]:
    """The marks of one paragraph, each with the character it counts as, and where a double
    mark two characters wide ('' or ``) stands."""
    marks, wide = [], set()
    for m in _MARK.finditer(text, p_start, p_end):
        ch = m.group()
        if ch == "`":
            continue
        if len(ch) == 2:  # '' or ``: a double mark two characters wide
            wide.add(m.start())
            ch = "\u201c" if ch == "``" else '"'
        marks.append((m.start(), ch))
    return marks, wide


def _listed_marks(
    text: str, listed: list[int], k: int, k_end: int, p_end: int
) -> tuple[list[tuple[int, str]], set[int]]:
    """What :func:`_paragraph_marks` finds, read from the listed mark positions
    ``listed[k:k_end]`` of the paragraph (ending at ``p_end``) instead of by the pattern, which
    tests a character class at each character: the same pairing of '' and `` into one mark."""
    marks, wide = [], set()
    skip = -1  # the second character of a wide mark just taken
    for i in listed[k:k_end]:
        if i == skip:
            continue
        ch = text[i]
        if ch in "'`" and i + 1 < p_end and text[i + 1] == ch:
            wide.add(i)
            skip = i + 1
            ch = "\u201c" if ch == "`" else '"'
        elif ch == "`":
            continue
        marks.append((i, ch))
    return marks, wide


def _pair_straight(text: str, p_start: int, p_end: int, number: int, marks: list[int]) -> list[Span]:
    """What :func:`_scan_paragraph` finds in a paragraph whose marks are all straight double
    marks: each closes the one open, else opens one unless it can only close."""
    spans: list[Span] = []
    opened = -1  # where the open quotation's mark stands, if one is open
    for i in marks:
        if opened >= 0:
            check()  # a paragraph can hold a megabyte of marks
            if i > opened + 1:
                start, end = inside_spaces(text, opened + 1, i)
                spans.append(Span(start, end, opened, i, DOUBLE, number, False, i + 1))
            opened = -1
        else:
            prev, nxt = text[i - 1] if i > p_start else " ", text[i + 1] if i + 1 < p_end else " "
            if prev.isspace() or nxt.isalnum() or (prev in OPENS_AFTER and not nxt.isspace()):
                opened = i  # a mark that can open, or that cannot close either
    if opened >= 0 and p_end > opened + 1:
        spans.append(Span(opened + 1, p_end, opened, None, DOUBLE, number, False, p_end))
    return spans


def _scan_paragraph(
    text: str, p_start: int, p_end: int, number: int, marks: list[tuple[int, str]], wide: set[int]
) -> list[Span]:
    """The spans of one paragraph, from its marks (see :func:`_paragraph_marks`)."""
    if not marks:
        return []  # most paragraphs of an article quote nobody
    # The last place a single quotation mark could close: lets "the Joneses' dog" inside a
    # single-quoted quotation stay a possessive when a later mark can still close it.
    last_close = None  # worked out the first time a possessive needs it
    next_double: dict[int, int] | None = None  # worked out the first time a mismatched mark needs it
    stack: list[tuple[str, int]] = []
    # For each entry of the stack, the guillemet nearest below it, so a « or » knows in constant
    # time which way the open guillemet pointed.
    guillemet_below: list[str | None] = []
    # How many marks of each kind are open: "is a double mark open?" in constant time, so a
    # paragraph of a million opening marks stays linear.
    # A plain dict with every kind at 0: a Counter costs a Python-level call to make and
    # another each time an absent kind is read, once per paragraph and mark.
    open_kinds = {DOUBLE: 0, SINGLE: 0, GUILLEMET: 0}
    spans: list[Span] = []

    def push(kind: str, at: int) -> None:
        stack.append((kind, at))
        guillemet_below.append(
            text[at] if text[at] in _GUILLEMETS else guillemet_below[-1] if guillemet_below else None
        )
        open_kinds[kind] += 1

    def close(kind: str, at: int) -> None:
        check()  # a paragraph can hold a megabyte of marks
        while stack and stack[-1][0] != kind:
            open_kinds[stack.pop()[0]] -= 1
            guillemet_below.pop()
        _, opened = stack.pop()
        guillemet_below.pop()
        open_kinds[kind] -= 1
        inner = opened + (2 if opened in wide else 1)
        if not stack and at > inner:
            start, end = inside_spaces(text, inner, at)  # « Nous gagnerons »: the words only
            spans.append(Span(start, end, opened, at, kind, number, False, at + (2 if at in wide else 1)))

    for i, ch in marks:
        if ch in "\u00ab\u00bb\u2039\u203a":
            kind = GUILLEMET if ch in "\u00ab\u00bb" else SINGLE
            opener = guillemet_below[-1] if open_kinds[kind] else None
            if guillemet_closes(text, ch, i, opener, open_kinds[kind], p_start, p_end):
                close(kind, i)
            elif ch in "\u00ab\u2039" or can_open(text, i, p_start, p_end):
                push(kind, i)  # »...« (German) and »...» (Swedish) open with the right-pointing mark
        elif ch in '"\u201c\u201d\u201e':
            # can_open and can_close, written out: the two read the same neighbours
            width = 2 if i in wide else 1
            prev = text[i - 1] if i > p_start else " "
            nxt = text[i + width] if i + width < p_end else " "
            after_space = prev.isspace()
            opens = (prev in OPENS_AFTER or after_space) and not nxt.isspace()
            closes = not after_space and not nxt.isalnum()
            if open_kinds[DOUBLE] and (ch in '"\u201d' or (closes and not opens)):
                close(DOUBLE, i)
            elif ch != "\u201d" or (opens and not closes):
                if ch == '"' and not opens and closes:
                    continue  # a stray closing mark with nothing open
                push(DOUBLE, i)
        else:  # ' ‘ ’: quotation mark or apostrophe
            prev = text[i - 1] if i > p_start else " "
            nxt = text[i + 1] if i + 1 < p_end else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # don't, O'Brien, Jones's
            if (
                open_kinds[DOUBLE]
                and not open_kinds[SINGLE]
                and stack[-1][0] == DOUBLE
                and (ch == "'") == (text[stack[-1][1]] == '"')
                and ch != "\u2018"
                and mismatched_close(text, i, prev, p_end)
            ):
                if next_double is None:
                    next_double = next_double_marks(marks)
                if not closes_double(text, next_double.get(i), p_start, p_end):
                    close(DOUBLE, i)  # “Let’s go.’ Pike left: a single mark of the same style closes it
                    continue
            if open_kinds[SINGLE] and ch != "\u2018" and can_close(text, i, p_start, p_end):
                possessive = prev in "sS" and nxt == " "
                if possessive:
                    if last_close is None:
                        last_close = last_single_close(text, marks, p_start, p_end)
                    possessive = i < last_close
                if not possessive:
                    close(SINGLE, i)
                    continue
            if (
                (ch != "\u2019" or prev in ' ([\u201c"')
                and can_open(text, i, p_start, p_end)
                and not _ELISION.match(text, i + 1, p_end)
            ):
                push(SINGLE, i)

    if stack:
        kind, opened = stack[0]
        # An unclosed double mark runs to the paragraph's end; an unclosed single one is far
        # more often a misread apostrophe, unless it opens the paragraph.
        inner = opened + (2 if opened in wide else 1)
        # A right-pointing guillemet left open is more often a bullet or a breadcrumb ("» More").
        if (kind != SINGLE or opened == p_start) and p_end > inner and text[opened] not in "\u00bb\u203a":
            spans.append(Span(inner, p_end, opened, None, kind, number, False, p_end))
    return spans
