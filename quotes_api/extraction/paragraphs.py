"""Paragraphs: where the extractor's paragraphs start and end, the unit of ``Quote.paragraph``.

Each non-blank line is a paragraph, except that a line broken in the middle of a sentence
(hard-wrapped text) goes on in the next one, and text wrapped at a fixed width has its
paragraphs between blank lines. Quotation marks are paired one paragraph at a time
(:mod:`quotes_api.extraction.marks`), and the web pages number paragraphs with the same function.
"""

from __future__ import annotations

import re

# A line from its first to its last character that is not white space.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")


def paragraphs(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of each paragraph, white space trimmed at both ends: each non-blank line,
    except that a line broken in the middle of a sentence (hard-wrapped text) goes on in the
    next one.

    >>> text = "Ann Pike said the plan was\nnot ready.\nTom Ray agreed."
    >>> [text[a:b] for a, b in paragraphs(text)]
    ['Ann Pike said the plan was\nnot ready.', 'Tom Ray agreed.']
    """
    out: list[tuple[int, int]] = []
    lines = [m.span() for m in _PARAGRAPH.finditer(text)]
    if _wrapped_at_fixed_width(text, lines):
        for start, end in lines:  # paragraphs are the blocks between blank lines
            if out and text.count("\n", out[-1][1], start) == 1:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return out
    # Whether the paragraph so far leaves a double quotation open, worked out only when a line
    # break asks, and only over the part not read yet: each character is read once at most.
    left_open, read_to = False, 0
    for line in lines:
        start, last = line[0], text[out[-1][1] - 1] if out else "."
        # A line that stops without a sentence's end (on a word, a comma), one line break before
        # the next, may go on in it: when that starts in lower case, as a paragraph never opens,
        # or, when a quotation is left open, when its first double mark closes it ('for\nEastholm,"
        # she said').
        if (last.isalnum() or last in ",;") and text.count("\n", out[-1][1], start) == 1:
            if text[start].islower():
                out[-1] = (out[-1][0], line[1])
                continue
            if read_to < out[-1][0]:
                left_open, read_to = False, out[-1][0]
            left_open, read_to = _double_open_after(text, read_to, out[-1][1], left_open), out[-1][1]
            if left_open and _first_double_closes(text, start):
                out[-1] = (out[-1][0], line[1])
                continue
        out.append(line)
    return out


def _wrapped_at_fixed_width(text: str, lines: list[tuple[int, int]]) -> bool:
    """Is the text wrapped at a fixed width, its paragraphs set apart by blank lines (wire
    copy, archives, e-mail)? Then nearly every line that runs on into the next, without a blank
    line between, is about as long as the longest ones, at most 100 characters."""
    if len(lines) < 6:
        return False
    lengths = [end - start for start, end in lines]
    width = sorted(lengths)[len(lengths) * 9 // 10]
    if not 40 <= width <= 100:
        return False
    runs_on = [k for k in range(len(lines) - 1) if text.count("\n", lines[k][1], lines[k + 1][0]) == 1]
    if len(runs_on) < 4 or len(runs_on) == len(lines) - 1:
        return False  # too few wrapped lines to tell, or no blank line between paragraphs
    near_width = sum(width - 20 <= lengths[k] <= width + 10 for k in runs_on)
    return near_width >= 0.8 * len(runs_on)


_DOUBLE_MARK = re.compile('["\u201c\u201d\u201e]')


def _double_open_after(text: str, start: int, end: int, was_open: bool) -> bool:
    """Is a double quotation open after the line ``text[start:end]``, given whether one was
    open before it? The last curly mark decides; straight marks toggle."""
    last = max(text.rfind(ch, start, end) for ch in '"\u201c\u201d\u201e')
    if last < 0:
        return was_open
    if text[last] != '"':
        return text[last] != "\u201d"
    return was_open != (text.count('"', start, end) % 2 == 1)


def _first_double_closes(text: str, start: int) -> bool:
    """Is the first double mark of the line starting at ``start`` a closing one ('Eastholm," she
    said'), not the opening of a quotation of its own?"""
    line_end = text.find("\n", start)
    first = _DOUBLE_MARK.search(text, start, len(text) if line_end < 0 else line_end)
    if first is None or first.start() == start:
        return False
    at = first.start()
    return text[at] == "\u201d" or (text[at] == '"' and not text[at - 1].isspace())
