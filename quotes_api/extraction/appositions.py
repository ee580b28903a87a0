"""A named subject whose apposition has no closing comma.

'Ann Pike, the harbour master of the Quay Rowing Club said ...': the phrase right
before the verb is the apposition, but the one who speaks is the name the clause opens with.
Newswire copy often drops the second comma of an apposition, so the description alone
would otherwise be taken for the speaker (or resolved to the body it names).
"""

from __future__ import annotations

import re
from typing import Protocol

from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.lexicon import EITHER_NAMES, FEMALE_NAMES, MALE_NAMES, SOURCE_NOUNS, TITLES
from quotes_api.extraction.lexicon.function_words import (
    CLAUSE_OPENERS,
    DESCRIPTION_GLUE,
    PERSONAL_PRONOUNS,
    RELATIVE_OBJECTS,
)
from quotes_api.extraction.mentions import NAME_RUN, PREPOSITIONS, parse_mention
from quotes_api.extraction.model import Rule
from quotes_api.extraction.openings import sentence_subject

_Subject = tuple[str, int, tuple[str, ...], Rule]


# A role owned by a name: "Tom Ray's fired campaign manager" (the last word a lowercase noun)
_OWNED_ROLE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+(?:[\w-]+\s+){0,4}[a-z][\w-]*")


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
        return first not in PERSONAL_PRONOUNS
    if ("'" in phrase or "’" in phrase) and _OWNED_ROLE.fullmatch(phrase.strip()):
        return True  # "Tom Ray's campaign manager", "Ray's Colorado state director"
    return (
        first in TITLES
        or first in SOURCE_NOUNS
        and all(w[:1].isupper() or w.lower() in DESCRIPTION_GLUE for w in words[1:])
    )


def name_before_apposition(left: str, found: _Subject) -> _Subject | None:
    """The name the clause opens with, when ``found`` (the phrase before the verb) ends an
    apposition to it: 'Sam Lau, the director of Acme said' and 'Sam Lau, an aide to Governor
    Bill Laird said' give 'Sam Lau'; None when the phrase is no part of an apposition after a
    person's name.

    >>> left = "Sam Lau, the director of Acme said"
    >>> name_before_apposition(left, ("the director of Acme", 9, (), Rule.BEFORE))[0]
    'Sam Lau'
    >>> name_before_apposition("Sam Lau said", ("Sam Lau", 0, ("Sam Lau",), Rule.BEFORE)) is None
    True
    """
    phrase, offset = found[0], found[1]
    end = offset + len(phrase)
    comma = left.rfind(",", max(0, offset - _MAX_LEAD), offset + 1)
    if comma < 0:
        return None
    description = left[comma + 1 : end].strip()
    if not is_description(description) or _CLAUSE.search(description):
        return None
    head = left[:comma]
    subject = sentence_subject(head)
    if subject is None or subject[1] + len(subject[0]) != len(head.rstrip()):
        return None  # the name must end right at the apposition's comma
    opener = head[: subject[1]].strip()
    if opener and not opener.endswith(","):
        return None  # "Speaking to Ann Pike, the mayor said": Ann Pike is an object
    if parse_mention(subject[0]).kind != "person":
        return None
    return subject


# How far before the phrase the apposition's comma may stand ("an aide to" + the phrase).
_MAX_LEAD = 60
# Words that make the stretch after the comma a clause of its own, not an apposition.
_CLAUSE = re.compile(r"\b(?:who|which|that|whose|when|while|because|if|he|she|they|it|i|we|said|says)\b")


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:[a-z]+\s+){0,2}$")


class _Span(Protocol):
    """A regular-expression match, or a :class:`~quotes_api.extraction.cues.Cue`."""

    def start(self) -> int: ...

    def end(self) -> int: ...


def in_closed_relative(left: str, cue: _Span) -> bool:
    """Is the speech verb ``cue`` in a relative clause closed by a comma before the quotation
    ('praised Ann Pike, who ended her bid on Saturday, as "..."'), so that it does not
    introduce the quotation?

    >>> import re
    >>> left = "Cruz praised Ann Pike, who ended her bid on Saturday, as "
    >>> in_closed_relative(left, re.search("ended", left))
    True
    """
    if not _RELATIVE_BEFORE.search(left, max(0, cue.start() - 30), cue.start()):
        return False
    return "," in left[cue.end() :]


_RELATIVE = re.compile(r"who(?:['’]s)?\s")  # "Ann Pike, who's running for mayor,"
_PAIR_AT_END = re.compile(rf"(?:^|(?<=[\s,]))((?:{NAME_RUN.pattern})[ \t]+and[ \t]+(?:{NAME_RUN.pattern}))$")
_LAST_CHUNK = re.compile(r",([^,]{1,120}),$")
_NAME_AT_END = re.compile(rf"(?:^|(?<=[\s,]))({NAME_RUN.pattern})$")


def _given(name: str) -> bool:
    """Does the name open with a given name ("Michael Bloomberg", not "California")?"""
    first = name.split()[0].lower()
    return " " in name and (first in MALE_NAMES or first in FEMALE_NAMES or first in EITHER_NAMES)


def owner_before_comma(text: str) -> _Subject | None:
    """For a verb right after a comma, the person the comma closes: a name standing alone
    ('In Berea, Ohio, Gov. Tom Pike (R-Ohio), said') or the name an apposition follows
    ('..., while Tom Dyke, the former governor, proposed'); None otherwise, leaving the
    sentence's subject to be found. ``text`` is the sentence up to the comma, parentheses
    blanked.

    >>> owner_before_comma("Hale wants a ban, while Tom Dyke, the former governor,")[0]
    'Tom Dyke'
    >>> owner_before_comma("In Ely, after the vote, Gov. Tom Pike      ,")[0]
    'Gov. Tom Pike'
    >>> owner_before_comma("In May, Dan Axel, who was an adviser to the mayor,")[0]
    'Dan Axel'
    >>> owner_before_comma("Ann Pike, a friend of Tom Ray,") is None
    True
    >>> owner_before_comma("Tom Lee met his rival, Ann Pike,") is None
    True
    >>> owner_before_comma("the assailant, Tom Ray,")[0]
    'Tom Ray'

    """
    chunk = _LAST_CHUNK.search(text)
    if chunk is None:
        return None
    last = chunk.group(1).strip()
    if NAME_RUN.fullmatch(last) and len(last.split()) > 1 and parse_mention(last).kind == "person":
        # only after an opening phrase ('In Ely, after the vote, Gov. Tom Pike (R-NV), said');
        # after a clause ('Tom Lee met his rival, Ann Pike,') the name is an apposition
        # or after the description that opens the sentence ('the assailant, Tom Ray, told')
        previous = text[: chunk.start()].rsplit(",", 1)[-1].strip()
        opener = previous.split(" ", 1)[0].lower()
        opens_sentence = "," not in text[: chunk.start()] and (
            is_description(previous) or opener == "another"
        )
        if not opens_sentence and (
            opener not in PREPOSITIONS and opener not in CLAUSE_OPENERS or _CLAUSE.search(previous)
        ):
            return None
        return last, text.rfind(last), (last,), Rule.BEFORE
    relative = _RELATIVE.match(last) is not None  # "Dan Axel, who was an adviser, said"
    if not relative and (not is_description(last) or _CLAUSE.search(last)):
        return None
    head = text[: chunk.start()].rstrip()
    name = _NAME_AT_END.search(head)
    if name is None or not (
        parse_mention(name.group(1)).kind == "person" or relative and _given(name.group(1))
    ):
        return None  # "who" speaks of a person, also one whose name reads like a firm's ("Michael Bloomberg")
    if relative:
        pair = _PAIR_AT_END.search(head)  # "Ann Pike and Tom Ray, who run the shop, said"
        if pair is not None:
            return pair.group(1), pair.start(1), split_coordination(pair.group(1)), Rule.BEFORE
        return name.group(1), name.start(1), (name.group(1),), Rule.BEFORE
    before = head[: name.start(1)].split()
    if not before or before[-1].lower() not in CLAUSE_OPENERS | RELATIVE_OBJECTS:
        return None  # at the sentence's start, the sentence's subject is found anyway
    return name.group(1), name.start(1), (name.group(1),), Rule.BEFORE
