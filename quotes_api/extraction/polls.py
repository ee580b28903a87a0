"""A share of a poll's respondents speaks for the poll (issue 13, class 4).

"In a Harbour Times poll, 40 percent of voters said they were 'angry'": the speaker is the
poll's issuer, the Harbour Times, not "voters". The rule holds only when the share ("40
percent of", "31% of", "six in 10", "a majority of") opens the speaker phrase and a poll or
survey is spoken of earlier in the same sentence; the issuer is a name in the poll's phrase
("a Quarry University poll"), else the issuer of a poll spoken of before ("Wednesday's Quarry
poll ... The poll also finds that ..."). With neither, the respondents stay the speakers.

>>> share_and_poll('In a Quarry poll, 40 percent of ', 0, len('In a Quarry poll, 40 percent of '))
(3, 12)
>>> share_and_poll('Ray said 40 percent of ', 0, 23) is None
True
"""

from __future__ import annotations

import re

from quotes_api.extraction.lexicon.bodies import POLL_NOUNS, SHARE_WORDS

_SHARE = re.compile(
    rf"(?:\d[\d.,]*\s*(?:{'|'.join(re.escape(w) for w in sorted(SHARE_WORDS))})"
    r"|\b(?:\w+|\d+)\s+in\s+(?:10|ten)"
    rf"|\b(?:{'|'.join(re.escape(w) for w in sorted(SHARE_WORDS) if w.isalpha())}))"
    r"(?:\s+of)?(?:\s+[a-z][\w-]*){0,2}\s+$",
    re.I,
)
_POLL = re.compile(rf"\b(?:{'|'.join(sorted(POLL_NOUNS))})\b", re.I)
# Where the poll's phrase starts: after the last comma, dash or opening preposition
_PHRASE_START = re.compile(r"(?:.*(?:[,;:—–]|\b[Ii]n\b|\b[Bb]y\b))?\s*", re.S)


def share_and_poll(masked: str, sentence_start: int, position: int) -> tuple[int, int] | None:
    """Where the poll's phrase stands, when the speaker phrase at ``position`` is opened by a
    share of respondents and a poll is spoken of before it in the same sentence."""
    # polls are rare: a plain look for the word comes before any pattern
    lowered = masked[max(sentence_start, position - 400) : position].lower()
    if "poll" not in lowered and "survey" not in lowered:
        return None
    if _SHARE.search(masked, max(sentence_start, position - 60), position) is None:
        return None
    polls = list(_POLL.finditer(masked, sentence_start, position))
    if not polls:
        return None
    poll = polls[-1]
    lead = _PHRASE_START.match(masked, max(sentence_start, poll.start() - 80), poll.start())
    return (lead.end() if lead else poll.start()), poll.start()
