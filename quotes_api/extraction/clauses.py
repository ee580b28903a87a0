"""Reported clauses without "that": "Cox says Obama is trying ...", "who acknowledged Trump
was his fourth choice". The name after the reporting verb is the subject of what is reported,
not of the sentence; "he" in the next sentence is more likely the one reporting.

>>> reports_a_clause("Cox says".split())
True
>>> reports_a_clause("the vote, then Ray".split()[:-1])
False
"""

from __future__ import annotations

from quotes_api.extraction.cues import is_cue_word

# Verbs of thinking that report a clause as speech verbs do.
_THINKING = frozenset("""
thinks thought believes believed knows knew feels felt hopes hoped fears feared suspects
suspected argues argued insists insisted acknowledges acknowledged admits admitted
""".split())


def reports_a_clause(words_before: list[str]) -> bool:
    """Do the words before a name end in a verb of saying or thinking ("says", "believes") that
    reports the clause the name opens?"""
    if not words_before:
        return False
    verb = words_before[-1]
    return verb.islower() and (verb in _THINKING or is_cue_word(verb)) and not verb.endswith(",")
