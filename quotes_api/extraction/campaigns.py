"""A candidate's campaign as a speaker (issue 13 class 9): "the Ray campaign", "Ray's campaign",
"his campaign" and "the Ray presidential campaign" are the organisation "Tom Ray campaign",
named by the candidate's fullest name ("Ray's campaign" is no one's name); an unnamed
spokesperson or official of it ("a Ray campaign spokesman") speaks for it.

>>> campaign_owner("Ray's campaign"), campaign_owner("the Ray re-election campaign")
('Ray', 'Ray')
>>> campaign_owner("a Ray campaign spokeswoman")
'Ray'
>>> campaign_owner("His campaign"), campaign_owner("the campaign")
('his', None)
"""

from __future__ import annotations

import re

from quotes_api.extraction.mentions import NAME_RUN

_CAMPAIGN = re.compile(
    rf"(?:[Tt]he\s+|[Aa]n?\s+|[Oo]ne\s+)?(?P<owner>[Hh]is|[Hh]er|{NAME_RUN.pattern})"
    r"(?:['’]s?)?"
    r"\s+(?:presidential\s+|re-?election\s+|senate\s+|mayoral\s+)?campaign(?:['’]s)?"
    r"(?:\s+(?:spokes(?:man|woman|person)|officials?|aides?|staffers?|representatives?))?"
)


def campaign_owner(phrase: str) -> str | None:
    """The candidate a campaign is named by, as written ("Ray", "his"), or None."""
    if "campaign" not in phrase:
        return None  # nearly every speaker: no need to try the pattern, which holds NAME_RUN
    m = _CAMPAIGN.fullmatch(phrase.strip())
    if m is None:
        return None
    owner = m["owner"]
    return owner.lower() if owner.lower() in ("his", "her") else re.sub(r"['’]s?$", "", owner)
