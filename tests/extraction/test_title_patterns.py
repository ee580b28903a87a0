"""The possessive title patterns of naming.py accept exactly what their plain forms accept."""

import random
import re

from quotes_api.extraction.naming import _TITLE, _TITLE_CASE


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
