"""Places taken for speakers: in "Stacy Bell of Dunmore, Ohio says ..." the phrase before the
verb ends in a place, the state of the town the speaker is from. The speaker is the person
named before "of" or "from".

>>> masked = "Stacy Bell of Dunmore, Ohio says"
>>> person_before_place(masked, masked.index("Ohio"))
'Stacy Bell'
>>> person_before_place("In Ohio says", 3) is None
True
"""

from __future__ import annotations

import re

from quotes_api.extraction.mentions import NAME_RUN
from quotes_api.extraction.name_parts import is_place

__all__ = ["is_place", "person_before_place"]

_FROM_TOWN = re.compile(
    rf"({NAME_RUN.pattern})[ \t]+(?:of|from)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*"
    r",[ \t]*$"
)


def person_before_place(masked: str, place_start: int) -> str | None:
    """The person named just before "of <town>," that a place at ``place_start`` completes."""
    m = _FROM_TOWN.search(masked, max(0, place_start - 120), place_start)
    return m.group(1) if m else None
