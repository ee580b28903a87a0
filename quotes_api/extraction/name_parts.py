"""What the words of a capitalised run are: a role written before a name ("US Secretary of
State Antony Blinken"), a place, or the name of a person or an organisation.

>>> split_role("US Secretary of State Ann Pike")
('US Secretary of State', 'Ann Pike')
>>> kind_of_name("Harbour Council"), kind_of_name("FBI"), kind_of_name("Ann Pike")
('organisation', 'organisation', 'person')
"""

from __future__ import annotations

import functools
import re

from quotes_api.extraction import families
from quotes_api.extraction.lexicon import (
    AFFILIATIONS,
    EITHER_NAMES,
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_HEADS,
    PLACE_HEADS,
    PLACES,
    TITLES,
)
from quotes_api.extraction.lexicon.bodies import OF_NAME_HEADS

_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,}")  # FBI, NRA, U.N.
_CAMEL = re.compile(
    r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+|[A-Z]{2,}[a-z]{2,}(?:[A-Z][a-z]+)*"
)  # ProPublica, AZCentral
_CAMEL_SURNAME = re.compile(r"(?:Mc|Mac|Van|Vande|Vander|De|Di|Du|Da|La|Le|Fitz)[A-Z]")

# "Korean-born", "Oscar-winning", "Ohio-based": a compound that describes whom it precedes.
MODIFIER_COMPOUND = re.compile(r"[A-Z][\w.]*-(?:born|based|bred|raised|winner|winning|nominated|backed|led)")


def is_title(word: str) -> bool:
    w = word.lower()
    return (
        w in TITLES or w in AFFILIATIONS or w.rstrip(".") in TITLES or bool(MODIFIER_COMPOUND.fullmatch(word))
    )


def _names_body(word: str) -> bool:
    """A word that heads a body's name before "of" ("Bank", "Party", "University"), not a title
    that takes an "of" complement ("Secretary of State", "Chief of Staff")."""
    w = word.lower()
    return w in ORG_HEADS and w not in OF_NAME_HEADS


def split_role(run: str) -> tuple[str | None, str]:
    """Split a capitalised run into (role, name): "US Secretary of State Antony Blinken"."""
    if run.lower() in PLACES:
        return None, run  # "South Carolina", "North Korea": a place, not a southern Carolina
    tokens = run.split()
    last_title = -1
    body_of = role_of = -1  # "Bank of England": an "of" inside a body's name, not a role's
    for i, tok in enumerate(tokens):
        if tok == "of" and 0 < i < len(tokens) - 1:
            if role_of < 0 and _names_body(tokens[i - 1]):
                body_of = i
            else:
                role_of = last_title = i
        elif is_title(tok):
            last_title = i
    if body_of > 0 and last_title < body_of:
        return None, run  # no title after the body's name: the whole run is its name
    if 0 <= last_title < len(tokens) - 1 and all(families.is_suffix(t) for t in tokens[last_title + 1 :]):
        # "Martin Luther King Jr.": a name ending in a word that is also a title
        last_title = max((i for i in range(last_title) if is_title(tokens[i])), default=-1)
    if len(tokens) > 1 and tokens[-1].lower() in ORG_HEADS and all(map(is_title, tokens[:-1])):
        # "Republican National Committee", "White House": a body's head alone names nothing, and
        # the words before it are its name, not a role
        return None, run
    if 0 <= last_title < len(tokens) - 1:
        # "of" after the last title belongs to the role only when a title precedes it.
        role = " ".join(tokens[: last_title + 1])
        return role, " ".join(tokens[last_title + 1 :])
    lead = 0
    while lead < len(tokens) - 1 and is_title(tokens[lead]):
        lead += 1
    return (" ".join(tokens[:lead]) or None), " ".join(tokens[lead:])


def is_place(name: str) -> bool:
    """Is the name a state, country or capital, or does it end in a place word ("County")?"""
    low = name.lower()
    return low in PLACES or low.split()[-1] in PLACE_HEADS


def has_given_name(name: str) -> bool:
    first = name.split()[0].lower()
    return first in FEMALE_NAMES or first in MALE_NAMES or first in EITHER_NAMES


@functools.lru_cache(maxsize=65536)  # the same phrases recur across quotations
def kind_of_name(name: str) -> str:
    """person or organisation, from the name's own words."""
    words = name.split()
    last = words[-1].lower().rstrip(".,")
    if last in ORG_HEADS or (len(words) == 1 and (last in PLACES or last in ORG_HEADS)):
        return "organisation"
    if len(words) > 1 and " ".join(w.lower() for w in words) in PLACES:
        return "organisation"
    if any(w.lower() == "of" for w in words) and any(w.lower() in ORG_HEADS for w in words):
        return "organisation"
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
        return "organisation"  # an acronym: FBI, NRA, U.N.
    if len(words) == 1 and _CAMEL.fullmatch(words[0]) and not _CAMEL_SURNAME.match(words[0]):
        return "organisation"  # a brand in camel case: ProPublica, HuffPost; but McCain, DeSantis
    if words[0].lower() in PLACES and len(words) <= 2 and last in ("government", "officials"):
        return "organisation"
    return "person"
