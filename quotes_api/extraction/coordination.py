"""Several speakers in one phrase: "McCaul and Kim", "Harbour Council leader Ann Pike and Ferry Board
chair Tom Ray", but not the "and" inside an apposition ("Kim Wells, a teacher and Rovers fan").

>>> split_coordination("McCaul and Kim")
('McCaul', 'Kim')
>>> split_coordination("Kim Wells, a teacher and Rovers fan")
('Kim Wells, a teacher and Rovers fan',)
"""

from __future__ import annotations

import functools
import re

from quotes_api.extraction.lexicon import TITLES
from quotes_api.extraction.lexicon.function_words import APPOSITION_ARTICLES
from quotes_api.extraction.lexicon.people import NAME_PARTICLES
from quotes_api.extraction.mentions import NAME_RUN
from quotes_api.extraction.places import is_place

_COORDINATION = re.compile(r"(,?\s+and\s+|,\s+(?=[A-Z][\w.'’-]+\s+[A-Z]))")


@functools.lru_cache(maxsize=65536)  # the same phrases recur across quotations
def split_coordination(phrase: str) -> tuple[str, ...]:
    """ "McCaul and Kim" → ("McCaul", "Kim"); a phrase without two named conjuncts stays whole.

    A conjunct that does not name anyone belongs to the apposition before it ("Kim Wells, a
    teacher and Rovers supporter"; "the Council's Office of Parks and Harbours director").
    """
    pieces = _COORDINATION.split(phrase)
    joined = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if (
            _names_someone(piece)
            and not _goes_on_a_role(joined[-1], piece)
            and not _names_a_role(joined[-1], separator)
            and not _place_of_the_one_before(separator, piece)
            and not _inside_a_name_in_apposition(joined[-1], separator)
        ):
            joined.append(piece)
        else:
            joined[-1] += separator + piece
    parts = [p.strip(" ,") for p in joined if p.strip(" ,")]
    if len(parts) > 1 and all(NAME_RUN.search(p) for p in parts):
        return tuple(parts)
    return (phrase,)


def _names_someone(conjunct: str) -> bool:
    """Is this conjunct a name, titled or not ("Young Kim", "state Sen. Jo Ray", "Democrats"),
    rather than a description ("union member in Roanoke", "Obama's budget director")?"""
    words = conjunct.partition(", ")[0].split()
    if not words or words[0].endswith(("'s", "’s")) or not words[-1][:1].isupper():
        return False
    if words[0].islower() and words[1:2] == ["of"]:
        return False  # "keeper of Gull Rock Light", "director of the Ames Trust": a role
    return all(w[:1].isupper() or w.lower() in TITLES or w in NAME_PARTICLES for w in words)


def _place_of_the_one_before(separator: str, conjunct: str) -> bool:
    """ "Tom Ray, a baker from Dunmore, South Carolina": a state or country after a comma
    says where the town before it lies; it is no second speaker. After "and" it may be one
    ("Merenland and Ostravia said")."""
    return "and" not in separator and is_place(conjunct.partition(", ")[0].strip(" ,."))


_APPOSED_DESCRIPTION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[a-z]")


def _inside_a_name_in_apposition(before: str, separator: str) -> bool:
    """ "Jo Lee, an analyst with the Centre for Trade and Investment Studies": a bare "and"
    after a description in apposition joins the words of a name in it, not two speakers
    (those are written "Jo Lee, an analyst, and Tom Ray")."""
    return separator.strip() == "and" and _APPOSED_DESCRIPTION.search(before) is not None


_APPOSED_ROLE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)*$")


def _goes_on_a_role(before: str, conjunct: str) -> bool:
    """ "Ann Pike, president and CEO of the Harbour Council": after a role in apposition, a
    conjunct opening with a title is a second role of the same person, not a second speaker."""
    words = conjunct.split()
    if not words or words[0].lower().rstrip(".,") not in TITLES or not _APPOSED_ROLE.search(before):
        return False
    lead = 0
    while lead < len(words) and words[lead].lower().rstrip(".,") in TITLES:
        lead += 1
    # "CEO of the council", "chief executive": a role; "Sen. Tom Ray": a titled name
    return lead == len(words) or not words[lead][:1].isupper()


def _names_a_role(before: str, separator: str) -> bool:
    """ "Acme's chief executive, Tom Ray": a name after a comma, following a description that
    ends in a lower-case noun, is that description's holder, not a second speaker."""
    words = before.split()
    if "and" in separator or len(words) < 2:
        return False
    # "... chief executive, Tom Ray"; "a spokeswoman for the Harbour Council, Ann Pike"
    return words[-1][:1].islower() or (words[0].lower() in APPOSITION_ARTICLES and words[1][:1].islower())
