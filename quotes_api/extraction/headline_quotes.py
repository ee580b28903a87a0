"""Quotations that make up a headline (issue 13 class 12): in a display line such as

    Pike: ‘We Are Going To Win Every County In The State’

the quoted words are a headline's, written in title case or in capitals, and the story below
quotes the same words again in a sentence of its own. A quotation is a headline's when it
runs to five words or more, all in title case (with the small words a headline capitalises,
such as "To", "Is", "Of") or all in capitals, and its paragraph holds no lower-case word
outside the quotation marks. A title in quotation marks inside a sentence ('a website called
"Cape Harbour If Pike Wins"') is read with that sentence and stays.

>>> line = "Ann Pike: 'We Are Going To Win Every County In The State'"
>>> is_headline_quote(line[11:-1], line.replace(line[10:], " " * (len(line) - 10)))
True
>>> text = "Pike set up a site called 'Harbour If Pike Wins Again' last week."
>>> is_headline_quote("Harbour If Pike Wins Again", text[:25] + " " * 28 + text[53:])
False
"""

from __future__ import annotations

import re

from quotes_api.extraction.lexicon.function_words import HEADLINE_SMALL_WORDS

_WORDS = re.compile(r"[A-Za-z][\w'’.-]*")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]")


_LONG_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]{3,}")


def _headline_case(quoted: str) -> bool:
    if _LONG_LOWER_WORD.search(quoted):
        return False  # most quotations: a lower-case word of four letters or more, found early
    words = [w for w in _WORDS.findall(quoted) if len(w) > 1]
    if len(words) < 5:
        return False
    if all(w.isupper() for w in words):
        return True  # "VOTERS MAKE GOOD DECISIONS IN THE END"
    if not all(w[0].isupper() for w in words if len(w) > 3):
        return False
    return any(w in HEADLINE_SMALL_WORDS for w in words[1:])


def is_headline_quote(quoted: str, outside: str) -> bool:
    """Is ``quoted`` a headline's words, ``outside`` being its paragraph with every quotation
    blanked out?"""
    return _headline_case(quoted) and _LOWER_WORD.search(outside) is None
