"""A named subject whose apposition has no closing comma.

'Sam Lau, the communications director for the Ohio Green Party said ...': the phrase right
before the verb is the apposition, but the one who speaks is the name the clause opens with.
Newswire copy often drops the second comma of an apposition, so the description alone
would otherwise be taken for the speaker (or resolved to the body it names).
"""

from __future__ import annotations

import re

from quotes_api.extraction.lexicon import SOURCE_NOUNS, TITLES
from quotes_api.extraction.mentions import parse_mention
from quotes_api.extraction.openings import sentence_subject

_Subject = tuple[str, int, tuple[str, ...], str]

_GLUE = frozenset("of for at in with and the a an to on".split())


def is_description(phrase: str) -> bool:
    """Does ``phrase`` describe someone (a role, a job) rather than name them?

    >>> is_description("the communications director for the Ohio Green Party"), is_description("Sam Lau")
    (True, False)
    >>> is_description("president and CEO of Oregon Bakers Association")
    True
    """
    words = phrase.split()
    if not words:
        return False
    first = words[0].strip(",.").lower()
    if words[0][:1].islower():
        return first not in ("he", "she", "they", "it", "i", "we")
    return first in TITLES or first in SOURCE_NOUNS and all(
        w[:1].isupper() or w.lower() in _GLUE for w in words[1:])


def name_before_apposition(left: str, found: _Subject) -> _Subject | None:
    """The name the clause opens with, when ``found`` (the phrase before the verb) ends an
    apposition to it: 'Sam Lau, the director of Acme said' and 'Sam Lau, an aide to Governor
    Bill Laird said' give 'Sam Lau'; None when the phrase is no part of an apposition after a
    person's name.

    >>> left = "Sam Lau, the director of Acme said"
    >>> name_before_apposition(left, ("the director of Acme", 9, (), "before"))[0]
    'Sam Lau'
    >>> name_before_apposition("Sam Lau said", ("Sam Lau", 0, ("Sam Lau",), "before")) is None
    True
    """
    phrase, offset = found[0], found[1]
    end = offset + len(phrase)
    comma = left.rfind(",", max(0, offset - _MAX_LEAD), offset + 1)
    if comma < 0:
        return None
    description = left[comma + 1:end].strip()
    if not is_description(description) or _CLAUSE.search(description):
        return None
    head = left[:comma]
    subject = sentence_subject(head)
    if subject is None or subject[1] + len(subject[0]) != len(head.rstrip()):
        return None  # the name must end right at the apposition's comma
    opener = head[:subject[1]].strip()
    if opener and not opener.endswith(","):
        return None  # "Speaking to Ann Pike, the mayor said": Ann Pike is an object
    if parse_mention(subject[0]).kind != "person":
        return None
    return subject


# How far before the phrase the apposition's comma may stand ("an aide to" + the phrase).
_MAX_LEAD = 60
# Words that make the stretch after the comma a clause of its own, not an apposition.
_CLAUSE = re.compile(r"\b(?:who|which|that|whose|when|while|because|if|he|she|they|it|i|we|said|says)\b")
