"""Where a quotation comes from, as every view of a quote tells it: its article's metadata and
the text around it.

The context is up to two sentences of news prose on each side, kept within the quote's
paragraph (a line, as the extractor counts paragraphs: a blank line between them or not) and
cut at a word boundary. It is cut from a window of the text rather than the
whole text, so that exports can cut the windows in SQL and never load a document whole;
``GET /quotes/{id}`` uses the same functions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

#: Characters of context shown on each side of a quote: about two sentences of news prose.
CONTEXT_CHARS = 240
#: Characters before and after a quote in a W3C TextQuoteSelector (``prefix``, ``suffix``).
AFFIX_CHARS = 32

#: JSON-LD terms of this project's own, for what schema.org and the annotation model lack.
VOCABULARY = "https://github.com/quotes-api/quotes-api/ns#"
CONTEXT_TERMS = {"contextBefore": f"{VOCABULARY}contextBefore", "contextAfter": f"{VOCABULARY}contextAfter"}


def context_before(window: str, cut: bool) -> str:
    """The context in ``window``, the :data:`CONTEXT_CHARS` (or fewer) before a quote;
    ``cut`` when the text goes on before the window (its first word may be partial).

    >>> context_before('Ferries.\\nThe minister said: "', cut=False)
    'The minister said: "'
    >>> context_before('ng day, the minister said: "', cut=True)
    'day, the minister said: "'
    """
    if "\n" in window:
        return window.rsplit("\n", 1)[1].lstrip()
    if cut and " " in window:
        return window.split(" ", 1)[1]
    return window


def context_after(window: str, cut: bool) -> str:
    """The context in ``window``, the :data:`CONTEXT_CHARS` (or fewer) after a quote; ``cut``
    when the text goes on after it.

    >>> context_after('" she said.\\r\\nFares will rise.', cut=False)
    '" she said.'
    """
    if "\n" in window:
        return window.split("\n", 1)[0].rstrip()
    if cut and " " in window:
        return window.rsplit(" ", 1)[0]
    return window


def _windows_around(text: str, start: int, end: int) -> tuple[str, str, bool, bool]:
    """The :data:`CONTEXT_CHARS` before and after ``text[start:end]``, and whether the text
    goes on beyond each."""
    begin = max(0, start - CONTEXT_CHARS)
    return text[begin:start], text[end : end + CONTEXT_CHARS], begin > 0, end + CONTEXT_CHARS < len(text)


def context_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The context before and after ``text[start:end]``."""
    before, after, cut_before, cut_after = _windows_around(text, start, end)
    return context_before(before, cut_before), context_after(after, cut_after)


def attach_context(quote: Any, before: str, after: str, *, cut_before: bool, cut_after: bool) -> Any:
    """Give ``quote`` its ``context_before``/``context_after`` and its selector ``prefix``/``suffix``,
    from the :data:`CONTEXT_CHARS` (or fewer) of text before and after it (``cut_*``: the text
    goes on beyond them)."""
    quote.context_before = context_before(before, cut_before)
    quote.context_after = context_after(after, cut_after)
    quote.prefix, quote.suffix = before[-AFFIX_CHARS:], after[:AFFIX_CHARS]
    return quote


def attach_context_from_text(quote: Any, text: str) -> Any:
    """:func:`attach_context` for a quote whose document ``text`` is at hand."""
    before, after, cut_before, cut_after = _windows_around(text, quote.start, quote.end)
    return attach_context(quote, before, after, cut_before=cut_before, cut_after=cut_after)


def iso(value: dt.datetime | None) -> str | None:
    """A naive UTC datetime as ISO 8601 with ``Z`` (as the API writes dates)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
    return str(value)
