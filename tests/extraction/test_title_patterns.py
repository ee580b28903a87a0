"""The possessive title patterns of naming.py accept exactly what their plain forms accept, and
``is_naming`` gives the answer of all its tests when it stops early."""

import random
import re

from quotes_api.extraction.lexicon.bodies import NAMING
from quotes_api.extraction.marks import Span, find_spans
from quotes_api.extraction.naming import (
    _AFTER_TITLE,
    _BEFORE_TITLE,
    _TITLE,
    _TITLE_CASE,
    _after_a_work,
    is_naming,
    names_a_thing,
)
from quotes_api.extraction.paragraphs import paragraphs
from quotes_api.extraction.sentences import mask


def test_possessive_title_patterns_match_the_plain_ones() -> None:
    rnd = random.Random(5)
    words = [
        "Night",
        "Desk",
        "of",
        "the",
        "an",
        "and",
        "a",
        "vs.",
        "x",
        "U.S.",
        "9",
        "&",
        "it",
        "Tides:",
        "Go,",
        "’s",
    ]
    spaces = [" ", "  ", "\n", ""]
    texts = [
        "".join(rnd.choice(words) + rnd.choice(spaces) for _ in range(rnd.randint(1, 6))) for _ in range(4000)
    ]
    for fast in (_TITLE, _TITLE_CASE):
        plain = re.compile(fast.pattern.replace("*+", "*").replace("++", "+"))
        assert plain.pattern != fast.pattern
        for text in texts:
            for t in (text, text.strip()):
                assert bool(fast.fullmatch(t)) == bool(plain.fullmatch(t)), t


def _reference_is_naming(text: str, masked: str, span: Span) -> bool:
    before = masked[max(0, span.open_at - 40) : span.open_at].split()
    if " ".join(before).lower().endswith(NAMING):
        return True
    if names_a_thing(text, masked, span.open_at, span.start, span.end, span.outer_end):
        return True
    if _after_a_work(before) and not text[span.start : span.start + 1].islower():
        return True
    if not _TITLE_CASE.fullmatch(text[span.start : span.end].rstrip(",.")):
        return False
    return bool(
        _BEFORE_TITLE.search(masked, max(0, span.open_at - 30), span.open_at)
        or _AFTER_TITLE.match(masked, span.outer_end)
    )


def test_is_naming_gives_up_early_only_where_no_test_holds() -> None:
    rnd = random.Random(9)
    before = [
        "the film",
        "her memoir,",
        "on ABC's",
        "Mayor Jo",
        "so-called",
        "Pike said",
        "for the",
        "co-author of",
    ]
    quoted = [
        "Night Desk",
        "Skip",
        "Tides: A History of the Port",
        "we will win the vote",
        "This Week,",
        "a b c",
        "big man",
    ]
    after = [" star", " Lane", " said.", ", she said", ""]
    for _ in range(3000):
        text = f'{rnd.choice(before)} "{rnd.choice(quoted)}"{rnd.choice(after)}'
        paras = paragraphs(text)
        spans = find_spans(text, paras)
        masked = mask(text, spans)
        for span in spans:
            assert is_naming(text, masked, span) == _reference_is_naming(text, masked, span), text
