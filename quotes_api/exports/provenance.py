"""Where a quotation comes from, as every view of a quote tells it: its article's metadata and
the text around it.

The context is up to two sentences of news prose on each side, kept within the quote's
paragraph (as the extractor counts paragraphs: lines, blank between them or not, a hard-wrapped
sentence going on in the next) and cut at a word boundary. It is cut from a window of the text rather than the
whole text, so that exports can cut the windows in SQL and never load a document whole;
``GET /quotes/{id}`` uses the same functions.
"""

from __future__ import annotations

from typing import Any

from quotes_api.extraction.marks import paragraphs

#: Characters of context shown on each side of a quote: about two sentences of news prose.
CONTEXT_CHARS = 240
#: Characters before and after a quote in a W3C TextQuoteSelector (``prefix``, ``suffix``).
AFFIX_CHARS = 32

#: JSON-LD terms of this project's own, for what schema.org and the annotation model lack.
VOCABULARY = "https://github.com/quotes-api/quotes-api/ns#"
CONTEXT_TERMS = {"contextBefore": f"{VOCABULARY}contextBefore", "contextAfter": f"{VOCABULARY}contextAfter"}


def context_around(
    before: str, quoted: str, after: str, *, cut_before: bool, cut_after: bool
) -> tuple[str, str]:
    """The context in ``before`` and ``after``, the :data:`CONTEXT_CHARS` (or fewer) either side
    of the ``quoted`` text: the part of each in the quote's paragraphs, as the extractor reads
    paragraphs (:func:`quotes_api.extraction.marks.paragraphs`: lines, a hard-wrapped sentence
    going on in the next). ``cut_*``: the text goes on beyond that window, so where the
    paragraph does too, its partial word at the edge is left out.

    >>> context_around('Ferries.\\nThe minister said: "', "We sail,", '" she said.\\nMore.',
    ...                cut_before=False, cut_after=False)
    ('The minister said: "', '" she said.')
    >>> context_around('ng day, the minister\\nsaid: "', "We sail,", '" she added, and the boa',
    ...                cut_before=True, cut_after=True)
    ('day, the minister\\nsaid: "', '" she added, and the')
    """
    local = before + quoted + after
    start, end = len(before), len(before) + len(quoted)
    spans = paragraphs(local)
    opens = max((a for a, _ in spans if a <= start), default=0)
    closes = min((b for _, b in spans if b >= end), default=len(local))
    context_before, context_after = local[opens:start], local[end:closes]
    # The paragraph began before the window when no line break comes before it in the window.
    if cut_before and "\n" not in local[:opens] and " " in context_before:
        context_before = context_before.split(" ", 1)[1]
    if cut_after and "\n" not in local[closes:] and " " in context_after:
        context_after = context_after.rsplit(" ", 1)[0]
    return context_before, context_after


def _windows_around(text: str, start: int, end: int) -> tuple[str, str, bool, bool]:
    """The :data:`CONTEXT_CHARS` before and after ``text[start:end]``, and whether the text
    goes on beyond each."""
    begin = max(0, start - CONTEXT_CHARS)
    return text[begin:start], text[end : end + CONTEXT_CHARS], begin > 0, end + CONTEXT_CHARS < len(text)


def context_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The context before and after ``text[start:end]``."""
    before, after, cut_before, cut_after = _windows_around(text, start, end)
    return context_around(before, text[start:end], after, cut_before=cut_before, cut_after=cut_after)


def attach_context(quote: Any, before: str, after: str, *, cut_before: bool, cut_after: bool) -> Any:
    """Give ``quote`` its ``context_before``/``context_after`` and its selector ``prefix``/``suffix``,
    from the :data:`CONTEXT_CHARS` (or fewer) of text before and after it (``cut_*``: the text
    goes on beyond them)."""
    quote.context_before, quote.context_after = context_around(
        before, quote.text, after, cut_before=cut_before, cut_after=cut_after
    )
    quote.prefix, quote.suffix = before[-AFFIX_CHARS:], after[:AFFIX_CHARS]
    return quote


def attach_context_from_text(quote: Any, text: str) -> Any:
    """:func:`attach_context` for a quote whose document ``text`` is at hand."""
    before, after, cut_before, cut_after = _windows_around(text, quote.start, quote.end)
    return attach_context(quote, before, after, cut_before=cut_before, cut_after=cut_after)
