"""One attribution for several spans: fragments of one sentence, quoted sentences of one
paragraph, the pieces of a quotation running over paragraphs, and the pieces of one quotation
split by its attribution ('"The vote," Tran said, "is a victory."').
"""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.fallback import opens_sentence
from quotes_api.extraction.marks import Span
from quotes_api.extraction.model import Rule
from quotes_api.extraction.sentences import Sentences

_WORD = re.compile(r"\w+")


def share_within_sentences(spans: list[Span], found: list[Attribution | None], sentences: Sentences) -> None:
    """Fragments of one sentence ("in-depth" and "comprehensive") share its attribution."""
    for i in range(1, len(spans)):
        if (
            found[i] is None
            and found[i - 1] is not None
            and sentences.start_of(spans[i].open_at) == sentences.start_of(spans[i - 1].open_at)
        ):
            found[i] = found[i - 1]
    for i in range(len(spans) - 2, -1, -1):
        if (
            found[i] is None
            and found[i + 1] is not None
            and sentences.start_of(spans[i].open_at) == sentences.start_of(spans[i + 1].open_at)
        ):
            found[i] = found[i + 1]


def share_within_paragraphs(
    spans: list[Span], found: list[Attribution | None], masked: str, sentences: Sentences
) -> None:
    """A quoted sentence with no cue of its own, in a paragraph where another quotation is
    attributed ('"...," Ray said. "I owe her that."'), is the same speaker going on."""
    # The nearest attributed quotation before and after each one, in its paragraph: two
    # linear passes, so a paragraph of a thousand quotations costs a thousand steps.
    before: list[Attribution | None] = [None] * len(spans)
    after: list[Attribution | None] = [None] * len(spans)
    for order, side in ((range(len(spans)), before), (range(len(spans) - 1, -1, -1), after)):
        last: dict[int, Attribution] = {}
        for i in order:
            side[i] = last.get(spans[i].paragraph)
            attribution = found[i]
            if attribution is not None:
                last[spans[i].paragraph] = attribution
    for i, span in enumerate(spans):
        if found[i] is None and opens_sentence(masked, sentences.start_of(span.open_at), span.open_at):
            found[i] = before[i] or after[i]


def share_across_pieces(spans: list[Span], found: list[Attribution | None]) -> None:
    """The pieces of a quotation running over several paragraphs share one attribution."""
    i = 0
    while i < len(spans):
        j = i
        while spans[j].continues and j + 1 < len(spans):
            j += 1
        if j > i:
            known = next((found[k] for k in range(i, j + 1) if found[k] is not None), None)
            for k in range(i, j + 1):
                if found[k] is None:
                    found[k] = known
        i = j + 1


def quotation_starts(text: str, spans: list[Span], found: list[Attribution | None], masked: str) -> list[int]:
    """For each span, the index of the first span of the quotation it belongs to."""
    first = list(range(len(spans)))
    for i in range(1, len(spans)):
        prev, cur = spans[i - 1], spans[i]
        was, now = found[i - 1], found[i]
        if prev.continues:
            first[i] = first[i - 1]
        elif (
            prev.close_at is not None
            and prev.paragraph == cur.paragraph
            and now
            and was
            and now is not was
            and _WORD.search(masked, prev.outer_end, cur.open_at)
            and text[prev.end - 1] == ","
            and was.rule in (Rule.AFTER, Rule.INVERTED)
            and was.mention == now.mention
        ):
            first[i] = first[i - 1]  # "The vote," Tran said, "is a victory."
    return first
