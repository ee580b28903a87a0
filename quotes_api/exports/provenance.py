"""Where a quotation comes from, as every view of a quote tells it: its article's metadata and
the text around it.

The context is up to two sentences of news prose on each side, kept within the quote's
paragraph and cut at a word boundary. It is cut from a window of the text rather than the
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
    ``cut`` when the text goes on before the window (its first word may be partial)."""
    if "\n\n" in window:
        return window.rsplit("\n\n", 1)[1]
    if cut and " " in window:
        return window.split(" ", 1)[1]
    return window


def context_after(window: str, cut: bool) -> str:
    """The context in ``window``, the :data:`CONTEXT_CHARS` (or fewer) after a quote; ``cut``
    when the text goes on after it."""
    if "\n\n" in window:
        return window.split("\n\n", 1)[0]
    if cut and " " in window:
        return window.rsplit(" ", 1)[0]
    return window


def context_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The context before and after ``text[start:end]``."""
    begin = max(0, start - CONTEXT_CHARS)
    return (
        context_before(text[begin:start], begin > 0),
        context_after(text[end : end + CONTEXT_CHARS], end + CONTEXT_CHARS < len(text)),
    )


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
    begin = max(0, quote.start - CONTEXT_CHARS)
    return attach_context(
        quote, text[begin : quote.start], text[quote.end : quote.end + CONTEXT_CHARS],
        cut_before=begin > 0, cut_after=quote.end + CONTEXT_CHARS < len(text),
    )  # fmt: skip


def iso(value: dt.datetime | None) -> str | None:
    """A naive UTC datetime as ISO 8601 with ``Z`` (as the API writes dates)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
    return str(value)
