"""The context around a quote stays in its paragraph, as the extractor counts paragraphs: a
line, whether a blank line separates them or not (texts from feeds often have none), with a
hard-wrapped sentence going on in the next line."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from quotes_api.exports.provenance import CONTEXT_CHARS, attach_context_from_text, context_of
from quotes_api.extraction import extract

PARAGRAPHS = [
    "The island ferry company froze its fares on Monday after a summer of complaints.",
    '"Families have had enough bad news this year," said Ines Varga, who runs the company.',
    "Fuel costs rose by a fifth over the same period, the company's accounts show.",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n", "\r\n", "\n  \n"])
def test_the_context_ends_at_the_paragraph(separator: str) -> None:
    text = separator.join(PARAGRAPHS)
    (quote,) = extract(text)
    before, after = context_of(text, quote.start, quote.end)
    assert before == '"'
    assert after == '" said Ines Varga, who runs the company.'


def test_within_a_long_paragraph_the_context_is_cut_at_a_word() -> None:
    opening = "word " * 80 + 'and then she said: "'
    text = opening + 'We will not raise fares," she said, ' + "and more " * 60
    start = len(opening)
    end = start + len("We will not raise fares,")
    before, after = context_of(text, start, end)
    assert len(before) <= CONTEXT_CHARS and before.startswith("word ") and before.endswith('she said: "')
    assert len(after) <= CONTEXT_CHARS and after.startswith('" she said, ') and after.endswith("more")


def test_a_quote_with_its_text_gets_the_same_context_and_its_selector_affixes() -> None:
    text = "\n".join(PARAGRAPHS)
    (found,) = extract(text)
    quote = attach_context_from_text(SimpleNamespace(start=found.start, end=found.end, text=found.text), text)
    assert (quote.context_before, quote.context_after) == context_of(text, found.start, found.end)
    assert quote.prefix == text[max(0, found.start - 32) : found.start]
    assert quote.suffix == text[found.end : found.end + 32]


def test_a_hard_wrapped_sentence_is_one_paragraph_for_the_context_too() -> None:
    text = (
        "Fares will stay where they are next year, the company\n"
        'announced on Monday. "Families have had enough bad news," said Ines Varga, who runs\n'
        "the company, at the harbour office.\n"
        "Fuel costs rose by a fifth.\n"
    )
    (quote,) = extract(text)
    assert [s.name for s in quote.speakers] == ["Ines Varga"]
    before, after = context_of(text, quote.start, quote.end)
    assert before == 'Fares will stay where they are next year, the company\nannounced on Monday. "'
    assert after == '" said Ines Varga, who runs\nthe company, at the harbour office.'
