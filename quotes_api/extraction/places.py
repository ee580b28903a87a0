"""Places taken for speakers: in "Stacy Bell of Dunmore, Ohio says ..." the phrase before the
verb ends in a place, the state of the town the speaker is from. The speaker is the person
named before "of" or "from".

>>> masked = "Stacy Bell of Dunmore, Ohio says"
>>> person_before_place(masked, masked.index("Ohio"))
'Stacy Bell'
>>> person_before_place("In Ohio says", 3) is None
True

A name written with a state after a comma is a town's, whatever other words say of it:

>>> text = "Refugees came to Orrville, Ga. in May. Orrville became his home."
>>> state_follows(text, text.index(", Ga."))
True
>>> text = "Ann Pike, Ohio Republican, and Tom Ray, R-Texas, said"
>>> state_follows(text, text.index(", Ohio")), state_follows(text, text.index(", R-"))
(False, False)
"""

from __future__ import annotations

import re

from quotes_api.extraction.lexicon.bodies import STATE_ABBREVIATIONS, US_STATES
from quotes_api.extraction.mentions import NAME_RUN
from quotes_api.extraction.name_parts import is_place

__all__ = ["in_dateline", "is_place", "person_before_place", "state_follows"]

_FROM_TOWN = re.compile(
    rf"({NAME_RUN.pattern})[ \t]+(?:of|from)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*"
    r",[ \t]*$"
)


def person_before_place(masked: str, place_start: int) -> str | None:
    """The person named just before "of <town>," that a place at ``place_start`` completes."""
    m = _FROM_TOWN.search(masked, max(0, place_start - 120), place_start)
    return m.group(1) if m else None


_STATES = "|".join(sorted((state.title() for state in US_STATES), key=len, reverse=True))
_ABBREVIATED = "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
# ", Ga." anywhere; a state in full only before punctuation: not "Ohio Republican", nor "Ohio
# state director" (Tom Ray's post)
_STATE_AFTER = re.compile(rf",[ \t]+(?:(?:{_ABBREVIATED})(?![\w.])|(?:{_STATES})(?=[.,;:)]|[ \t]*$))")


def state_follows(masked: str, end: int) -> bool:
    """Does a state follow the name ending at ``end`` after a comma, as a town's ("Orrville,
    Ga.")? Not a party's tag ("R-Texas"), nor a description ("Ohio Republican")."""
    return _STATE_AFTER.match(masked, end) is not None


# A dateline: its town in capitals, its state, an agency in brackets, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]*[A-Z.](?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]*"
    r"(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|--)"
)


def in_dateline(masked: str, sentence_start: int, start: int) -> bool:
    """Is the name at ``start`` part of the dateline opening its sentence ("HARBOURTON, Pa. —
    ...")? The town and state say where the story was filed; they issue nothing.

    >>> text = "HARBOURTON, Pa. — The spot airs tonight."
    >>> in_dateline(text, 0, 0), in_dateline(text, 0, text.index("Pa.")), in_dateline(text, 0, 18)
    (True, True, False)
    """
    dateline = _DATELINE.match(masked, sentence_start)
    return dateline is not None and start < dateline.end()
