"""Quotations inside a clause whose own subject speaks them, before the main clause's cue:
a relative clause of speech ("under what Tom Ray called "the old model," the club ...") and a
subordinate clause opening the sentence ("After Tom Ray said ... "lesser schools," Ann Pike
said"). :mod:`quotes_api.extraction.rule_order` asks these before it lets the cue after the
quotation speak.
"""

from __future__ import annotations

import re

from quotes_api.extraction.cues import is_cue_word
from quotes_api.extraction.lexicon.function_words import COORDINATORS, FOCUSING_ADVERBS, SUBORDINATORS

_OPENING_SUBORDINATORS = (SUBORDINATORS - {"that", "whether"}) | {"as"}

# "under what Tom Ray called", "a clip that Judge Ann Pike described as": a relative clause whose
# speech verb takes the quotation right after it as its object.
_RELATIVE_OF_SPEECH = re.compile(
    r"\b(?:what|that|which)\s+((?:[A-Z][\w.'’-]*\s+){1,6}|(?:he|she|they)\s+)"
    r"([a-z]+)(?:\s+(?:it|them|him|her))?(?:\s+as)?\s*$"
)


def quoted_by_relative(masked: str, sent_start: int, at: int) -> bool:
    """Is the quotation at ``at`` the object of a relative clause of speech right before it
    ("In 2009, under what Tom Ray called "the old model," the club charged ...")? Its speaker
    is that clause's subject, not the main clause after the quotation."""
    lo = max(sent_start, at - 80)
    # The clause opens with "what", "that" or "which": a cheap look for them spares most searches.
    if (
        masked.find("that", lo, at) == -1
        and masked.find("what", lo, at) == -1
        and masked.find("which", lo, at) == -1
    ):
        return False
    found = _RELATIVE_OF_SPEECH.search(masked, lo, at)
    return found is not None and is_cue_word(found.group(2))


def in_opening_subordinate(masked: str, sent_start: int, at: int) -> bool:
    """Is the quotation inside a subordinate clause that opens its sentence ("After Tom Ray
    said poor pupils might do better at "lesser schools," Ann Pike said: ...")? Its speaker is
    in that clause, not in the main clause after the quotation."""
    if masked.find(",", sent_start, at) != -1:
        return False  # a comma before the quotation: looked for first, without a slice
    words = masked[sent_start:at].split(None, 3)
    while len(words) > 1 and words[0].lower() in _LEADING_LINKS:
        words = words[1:]  # "But even as Tom Ray claimed that ...": the clause opens after them
    return bool(words) and words[0].lower() in _OPENING_SUBORDINATORS


# A conjunction or a focusing adverb before the subordinator that opens the sentence.
_LEADING_LINKS = COORDINATORS | FOCUSING_ADVERBS
