"""Where a quotation mark stands decides what it can do: open a quotation (after a space or an
opening bracket, before a word), close one (after a word, before no letter), close a guillemet
pair in its style, end a double quotation with the wrong mark. The pairing itself is
:mod:`quotes_api.extraction.marks`.

>>> can_open('He said "yes".', 8, 0, 14), can_close('He said "yes".', 12, 0, 14)
(True, True)
"""

from __future__ import annotations

# After an opening mark: what may follow. Before a closing mark: anything but white space.
OPENS_AFTER = " \t\u00a0([{\u2014\u2013-/\"\u201c\u2018'\u00ab:;,"


def guillemet_closes(
    text: str, ch: str, i: int, opener: str | None, open_count: int, p_start: int, p_end: int
) -> bool:
    """Does this guillemet close the one open? A right-pointing one closes «...» always; in the
    styles that open with it (German »...«, Swedish »...»), the mark that opened decides."""
    if not open_count:
        return False
    if ch in "\u00bb\u203a":
        return opener is None or opener in "\u00ab\u2039" or can_close(text, i, p_start, p_end)
    if opener is None:
        return False  # only an apostrophe-style single mark is open: "‹" opens a new quotation
    return opener in "\u00bb\u203a" and can_close(text, i, p_start, p_end)


def inside_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved past the white space just inside a pair of marks (French
    spacing, « mot », or a stray space); unchanged when there is nothing but space."""
    a, b = start, end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else (start, end)


def mismatched_close(text: str, i: int, prev: str, p_end: int) -> bool:
    """Does the single mark at ``i``, with a double quotation open and no single one, end that
    quotation with the wrong mark: right after a sentence's end, and before the paragraph's end
    or a new sentence ('.’ Pike said', but not the possessive of 'the U.S.’ role')?"""
    if prev not in ".!?":
        return False
    rest = text[i + 1 : min(p_end, i + 4)]
    return not rest.strip() or (rest[:1] == " " and rest.lstrip()[:1].isupper())


def next_double_marks(marks: list[tuple[int, str]]) -> dict[int, int]:
    """For each mark of the paragraph, where the next double mark after it stands."""
    out, nxt = {}, -1
    for i, ch in reversed(marks):
        if nxt >= 0:
            out[i] = nxt
        if ch in '"\u201c\u201d\u201e':
            nxt = i
    return out


def closes_double(text: str, at: int | None, p_start: int, p_end: int) -> bool:
    """Could the double mark at ``at`` (if any) close a quotation still open?"""
    if at is None:
        return False
    return text[at] == "\u201d" or (
        text[at] == '"' and can_close(text, at, p_start, p_end) and not can_open(text, at, p_start, p_end)
    )


def last_single_close(text: str, marks: list[tuple[int, str]], p_start: int, p_end: int) -> int:
    """The last place in the paragraph a single quotation mark could close, or -1."""
    return max(
        (i for i, ch in marks if ch in "'\u2019\u203a" and can_close(text, i, p_start, p_end)), default=-1
    )


def can_open(text: str, i: int, p_start: int, p_end: int, width: int = 1) -> bool:
    prev = text[i - 1] if i > p_start else " "
    nxt = text[i + width] if i + width < p_end else " "
    return (prev in OPENS_AFTER or prev.isspace()) and not nxt.isspace()


def can_close(text: str, i: int, p_start: int, p_end: int, width: int = 1) -> bool:
    prev = text[i - 1] if i > p_start else " "
    nxt = text[i + width] if i + width < p_end else " "
    return not prev.isspace() and not nxt.isalnum()
