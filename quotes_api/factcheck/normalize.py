"""Words of a claim or a stored quote, compared the way a reader compares them.

A fact-checker pastes a claim from a web page, a PDF or a tweet: its quotation marks may be
curly or straight, its dashes en, em or hyphen, its case and spacing anything. None of that
changes what was said, so comparison happens on *words*: Unicode-normalised (NFKC), case-folded,
with every apostrophe made ``'`` and every dash a word separator. Punctuation between words
(commas, full stops, dashes) is dropped, since a quote's closing comma is not part of the claim.

Each word keeps its code-point offsets in the original text, so a match found on words maps
back to an exact span of the stored quote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Apostrophes and single quotation marks that may stand inside a word ("don’t", "O‘Neill").
APOSTROPHES = "'\u2018\u2019\u201b\u02bc\u2032\uff07"
#: Every dash and hyphen a text may use; all separate words ("forward–looking").
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_WORD = re.compile(rf"[^\W_]+(?:[{APOSTROPHES}][^\W_]+)*")
_APOSTROPHE_MAP = str.maketrans({c: "'" for c in APOSTROPHES})


@dataclass(frozen=True, slots=True)
class Word:
    """A word as compared (``key``) and where it stands in its text (``start``/``end``)."""

    key: str
    start: int
    end: int


def word_key(word: str) -> str:
    """The comparison form of one word: NFKC, case-folded, apostrophes straightened.

    >>> word_key("DON’T")
    "don't"
    """
    return unicodedata.normalize("NFKC", word.translate(_APOSTROPHE_MAP)).casefold()


def words(text: str) -> list[Word]:
    """The words of ``text`` with their code-point offsets.

    >>> [w.key for w in words("“Forward—looking,” she said.")]
    ['forward', 'looking', 'she', 'said']
    """
    return [Word(word_key(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def normalize(text: str) -> str:
    """``text`` as one comparable string: its word keys joined by single spaces.

    >>> normalize("We  will\\u00a0WIN – “together”") == normalize('we will win - "together"')
    True
    """
    return " ".join(w.key for w in words(text))


#: English function words: they say little about which quote a claim comes from, so they are
#: not used to look up candidates (PostgreSQL's full-text index drops them anyway).
STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves""".split()
)
