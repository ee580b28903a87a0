"""join_of_names, which reads the word before each "of" backwards, ties the same runs as the
pattern it replaces, which searched for that word's capital."""

import itertools
import re

from quotes_api.extraction.of_names import _OF_HEADS, join_of_names

_OF_CANDIDATE = re.compile(r"([A-Z](?<=\b[A-Z])[a-z]++)\s++of\s++(?:the\s++)?(?=[A-Z])")


def _by_search(text: str) -> str:
    def tie(m: re.Match[str]) -> str:
        return m.group(0).replace(" ", "_") if m.group(1).lower() in _OF_HEADS else m.group(0)

    return _OF_CANDIDATE.sub(tie, text)


def test_join_of_names_agrees_with_the_search() -> None:
    texts = [
        "the Ministry of Defence and the Secretary of State met the Bank of the North.",
        "Ministry of Defence",
        "a friend of Tom Ray, the Federation of\tSmall Traders, the Council of\nElders",
        "xMinistry of Defence, _Ministry of Defence, éMinistry of Defence, 9Ministry of State",
        "Ministry  \u00a0of  the  Interior; Ministry of the interior; Ministry ofDefence",
        "Ministryy of Defence. MINISTRY of Defence. Ministry of the",
        "Department of Department of Justice of State",
        "Ministry" + "y" * 60 + " of Defence, " + " " * 50 + "of State, Ministry" + " " * 45 + "of State",
        "Ministry\ue000 of State. Office of Ministry of State",
    ]
    for text in texts:
        assert join_of_names(text) == _by_search(text), text
    alphabet = ["Ministry", "ministry", "x", " ", "\n", "of", "the", "State", "_"]
    for words in itertools.product(alphabet, repeat=5):
        text = "".join(words)
        assert join_of_names(text) == _by_search(text), text
