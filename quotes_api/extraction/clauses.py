"""Reported clauses without "that": "Cox says Pike is hoping ...", "who admitted the ferry
was her last resort". The name after the reporting verb is the subject of what is reported,
not of the sentence; "he" in the next sentence is more likely the one reporting.

>>> reports_a_clause("Cox says".split())
True
>>> reports_a_clause("the vote, then Ray".split()[:-1])
False
>>> without_owner("noting that the club's".split())
['noting', 'that']
"""

from __future__ import annotations

import re

from quotes_api.extraction.cues import cue_at, is_cue_word
from quotes_api.extraction.lexicon.function_words import DETERMINERS
from quotes_api.extraction.lexicon.verbs import THINKING_FORMS


def reports_a_clause(words_before: list[str]) -> bool:
    """Do the words before a name end in a verb of saying or thinking ("says", "believes") that
    reports the clause the name opens?"""
    if not words_before:
        return False
    verb = words_before[-1]
    return verb.islower() and (verb in THINKING_FORMS or is_cue_word(verb)) and not verb.endswith(",")


def without_owner(words_before: list[str]) -> list[str]:
    """The words before a name without the owner in front of it: "that the club's" → "that"
    ("noting that the club's Tom Ray had written")."""
    words = list(words_before)
    if words and words[-1].endswith(("'s", "’s")) and words[-1][:1].islower():
        words.pop()
        if words and words[-1].lower() in DETERMINERS and len(words) > 1:
            words.pop()
    return words


_APPOSITION = re.compile(r"(?:,[^,.;]{0,80},)?\s+")


def speaks(masked: str, end: int, headline: bool = False) -> bool:
    """Is the name ending at ``end`` followed, after any apposition, by a verb of saying or
    thinking ("Ari Wills, a friend of Ray, suggested ...")? Places and firms rarely do that.
    With ``headline``, a capitalised verb counts too ("Pike Says Harbour Will Close")."""
    after = _APPOSITION.match(masked, end)
    if after is None:
        return False
    if headline and is_cue_word(masked[after.end() : after.end() + 20].split(" ", 1)[0].lower()):
        return True
    # A capitalised word opens a name or a sentence, not a verb: "..., and his aide, Hope Ray."
    return not masked[after.end() : after.end() + 1].isupper() and cue_at(masked, after.end()) is not None
