"""Speech someone reports another person saying: "Ana Pike recalled Tom Ray telling her, '...'"
or "remembers her father saying: '...'". The quotation is the words of the one shown speaking
(Tom Ray, her father), not of the one who recalls them.

>>> masked = "Ana Pike recalled Tom Ray telling her, "
>>> reported_speaker(masked, 0, len(masked)).mention
'Tom Ray'
"""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.mentions import NAME_RUN, looks_like_speaker
from quotes_api.extraction.model import Rule

_KIN = (
    r"(?:father|mother|dad|mom|mum|son|daughter|wife|husband|brother|sister|grandfather|"
    r"grandmother|uncle|aunt|friend|boss|teacher|coach|doctor|neighbou?r|parents?)\b"
)
_PARTICIPLE = r"(?:telling|saying|asking|warning|shouting|yelling|insisting|declaring|announcing)"
_SPOKEN_TO = r"(?:[ \t]+(?:her|him|them|me|us|you|reporters|the\s+crowd))?"
_SHOWN_SPEAKING = re.compile(
    rf"(?:(?P<name>{NAME_RUN.pattern})|(?P<kin>(?:his|her|their|my|our)[ \t]+{_KIN}))"
    rf"[ \t]+{_PARTICIPLE}{_SPOKEN_TO}[ \t]*[,:][ \t]*$"
)
_VERB_AT_END = re.compile(rf"[ \t]{_PARTICIPLE}{_SPOKEN_TO}[ \t]*[,:][ \t]*$")
_WINDOW = 160  # the pattern stands right before the quotation


def may_report(masked: str, open_at: int) -> bool:
    """A cheap first look: does a comma or colon stand just before the quotation?"""
    return masked[max(0, open_at - 4) : open_at].rstrip().endswith((",", ":"))


def reported_speaker(masked: str, sentence_start: int, open_at: int) -> Attribution | None:
    """The person a sentence shows speaking with "X telling her," or "X saying:" just before
    the quotation."""
    if not may_report(masked, open_at):
        return None
    start = max(sentence_start, open_at - _WINDOW)
    verb = _VERB_AT_END.search(masked, max(start, open_at - 40), open_at)
    if not verb:
        return None  # the common case, found with a short look at the end
    m = _SHOWN_SPEAKING.search(masked, max(start, verb.start() - 80), open_at)
    if not m:
        return None
    phrase = m.group("name") or m.group("kin")
    if not looks_like_speaker(phrase):
        return None
    at = m.start("name") if m.group("name") else m.start("kin")
    return Attribution(phrase, at, (phrase,), None, Rule.REPORTED, 0.7)
