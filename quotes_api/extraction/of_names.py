"""Names that run across an "of" ("Ministry of Defence", "Secretary of State"), tied into one
capitalised run so that the name scan reads them whole.

>>> join_of_names("the Ministry of Defence said; a friend of Tom Ray")
'the Ministry_of_Defence said; a friend of Tom Ray'
"""

from __future__ import annotations

import re
from string import ascii_lowercase

from quotes_api.extraction.lexicon import ORG_HEADS
from quotes_api.extraction.lexicon.bodies import OF_NAME_HEADS

_OF_HEADS = frozenset({w for w in ORG_HEADS if w.isalpha()} | OF_NAME_HEADS)
# "of", then a capitalised word. The word before the "of" is read backwards from it: a pattern
# that opens with that word's capital is tried at every capital of the article, while one that
# opens with the letters "of" lets the regex engine skip straight to them (6 times fewer
# instructions over an article). Possessive repeats: what follows each never starts with what
# it repeats.
_OF_AFTER = re.compile(r"of\s++(?:the\s++)?(?=[A-Z])")


def _head_before(text: str, of: int) -> tuple[int, int]:
    """Where the word before the "of" at ``of`` that could head a name opens and ends
    ("Ministry" of "Ministry of"): a capital and lower-case letters, on a word boundary, then
    white space; else (-1, -1)."""
    lo = of - 40 if of > 40 else 0
    window = text[lo:of]
    word = window.rstrip()  # the white space of ``\\s``
    head = word.rstrip(ascii_lowercase)
    if not head and lo:  # the window holds no capital: read the whole text before it
        lo, window = 0, text[:of]
        word = window.rstrip()
        head = word.rstrip(ascii_lowercase)
    if len(word) == len(window) or len(head) == len(word) or not "A" <= head[-1:] <= "Z":
        return -1, -1
    start = lo + len(head) - 1
    before = text[start - 1] if start else " "
    return (-1, -1) if before.isalnum() or before == "_" else (start, lo + len(word))


def join_of_names(text: str) -> str:
    """Tie "Ministry of Defence" into one capitalised run ("Ministry_of_Defence"), same length:
    the runs a capitalised word that heads a body's name or a title ("Ministry", "Secretary")
    makes with an "of" ("of the") and the capitalised word after it."""
    pieces: list[str] = []
    done = 0
    for m in _OF_AFTER.finditer(text):
        start, end = _head_before(text, m.start())
        if start < 0 or text[start:end].lower() not in _OF_HEADS:
            continue
        pieces += (text[done:start], text[start : m.end()].replace(" ", "_"))
        done = m.end()
    return "".join(pieces) + text[done:] if pieces else text
