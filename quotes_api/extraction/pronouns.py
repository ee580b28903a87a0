"""Whom "he" or "she" means when the nearest name is not the answer: rules of salience that
read the sentences around the pronoun, used by :mod:`quotes_api.extraction.resolve`.

- **A chain of the same pronoun** (``chain_start``): "He added that if his son Tom were still
  serving, he would warn him ..." — the second "he" is the one opening the sentence, not the
  son named between them; and "He was moved to Monday nights. Last month, he said ..." goes on
  with the man the first "He" meant. The pronoun is resolved where the chain begins.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.sentences import FILLER

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

# A sentence opening with the pronoun as its subject, after at most a short introduction
# ending in a comma ("Last month, he ...", "In 2010, he ..."). The introduction is checked for
# names separately: "After Ray spoke, he left" is no chain.
_OPENING = re.compile(r"[\s" + FILLER + r"(\"“”‘’']*(?:([^,.;:!?\n" + FILLER + r"]{1,50}),[ \t]+)?"
                      r"(he|she|He|She)\b")
# What may stand between a sentence's start and a pronoun that opens it as a speech cue's
# subject: quotation filler, marks, commas and spaces ('"...," he said').
_ONLY_QUOTE = re.compile(r"[\s" + FILLER + r",\"“”‘’'(—–-]*")
_LINKS = 4  # sentences followed back at the most


def _opening_pronoun(entities: DocumentEntities, start: int, end: int, pronoun: str) -> int | None:
    """Where ``pronoun`` opens the sentence ``[start, end)`` as its subject, or None."""
    m = _OPENING.match(entities.masked, start, min(end, start + 120))
    if m is None or m[2].lower() != pronoun:
        return None
    if m[1] is not None and entities.mentions_in(start, m.start(2)):
        return None  # "After Ray spoke, he left": the introduction names someone
    return m.start(2)


def chain_start(entities: DocumentEntities, history: list[tuple[int, list[Entity]]],
                position: int, pronoun: str) -> int:
    """Where to resolve ``pronoun`` (he/she) found at ``position``: the start of the chain of
    the same pronoun standing as subject, sentence after sentence, that leads to it.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "Tom Ray met Leo Brandt. He said that Brandt had left before he arrived."
    >>> s = Sentences(text, [(0, len(text))])
    >>> chain_start(DocumentEntities(text, s.start_of), [], text.rindex("he"), "he") == text.index("He")
    True
    """
    here = position
    for _ in range(_LINKS):
        start = entities.sentence_start(here)
        opening = _opening_pronoun(entities, start, here + len(pronoun), pronoun)
        if opening is not None and opening < here:
            here = opening  # "He declared that ... Trump ..., which he declared": the same he
            continue
        if start == 0 or opening != here and not _ONLY_QUOTE.fullmatch(entities.masked, start, here):
            break
        before = entities.sentence_start(start - 1)
        opening = _opening_pronoun(entities, before, start, pronoun)
        if opening is None or any(opening < pos < here for pos, _ in history):
            break  # someone was quoted in between: the usual rules weigh that
        here = opening
    return here
