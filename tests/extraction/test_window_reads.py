"""The window tails read from their end give what the patterns they replace searched for."""

import itertools
import re

from quotes_api.extraction.gender import kin_before
from quotes_api.extraction.lexicon import FEMALE_TITLES, MALE_TITLES
from quotes_api.extraction.lone_words import _SENTENCE_END, _ends_a_sentence


def test_ends_a_sentence_agrees_with_its_pattern() -> None:
    alphabet = [" ", "\t", "\n", "\u00a0", ".", "?", ":", ";", "\u201d", '"', "a", "A", ","]
    for k in range(4):
        for chars in itertools.product(alphabet, repeat=k):
            before = "".join(chars)
            assert _ends_a_sentence(before) == (_SENTENCE_END.search(before) is not None), repr(before)


_KIN = re.compile(r"\b([a-z]+),?[ \t]+$")


def _kin_by_search(masked: str, start: int) -> str | None:
    found = _KIN.search(masked, max(0, start - 20), start)
    if found is None:
        return None
    return "female" if found[1] in FEMALE_TITLES else "male" if found[1] in MALE_TITLES else None


def test_kin_before_agrees_with_a_search_of_the_window() -> None:
    texts = [
        "Her father, Brad, worried.",
        "His wife Anna spoke.",
        "a long preamble and then his son,\t Tom left",
        "the x9wife, Anna",
        "her sister,\nAnna",
        "her sister \nAnna",
        "éwife Anna",
        "wife , Anna",
        "Wife Anna",
        "my great-grandmother Anna",
        "wife\t\nAnna",
        "wife\n\nAnna",
        " \nAnna",
        "s \nA",
        "\ue000 Anna. Anna; wife\ue000 Anna",
        "_wife Anna, Äwife Anna, 9wife Anna, -wife Anna, " + "x" * 16 + "son Anna",
    ]
    for text in texts:
        for start in range(len(text) + 1):
            assert kin_before(text, start) == _kin_by_search(text, start), (text, start)
