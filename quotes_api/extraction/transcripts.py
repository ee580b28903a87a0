"""Transcripts: a paragraph opening with a name in capitals and a colon ("PIKE: ...",
"MODERATOR: ...") is that person's turn. The capitals are a typographic convention, not an
acronym: "PIKE" is the Ann Pike the article named, "MODERATOR" a role, not a name.

>>> turn_speaker("PIKE", {"Pike"}.__contains__)
'Pike'
>>> turn_speaker("MODERATOR", {"Pike"}.__contains__)
'the moderator'
>>> turn_speaker("FBI", {"Pike"}.__contains__)
'FBI'
>>> turn_at("Intro.\\nRAY: I said no.", 17)
'RAY'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes_api.extraction.lexicon import EVENT_ROLES, SOURCE_NOUNS, TITLES


def turn_speaker(phrase: str, known_name: Callable[[str], bool]) -> str:
    """The speaker a phrase in capitals stands for: a name the document gives in ordinary case
    ("PIKE" → "Pike", "ANN PIKE" → "Ann Pike"), or a role ("MODERATOR" → "the moderator");
    anything else (an acronym: "FBI") as it is."""
    if not phrase.isupper():
        return phrase  # nearly every phrase: no capitals-only name to read
    words = phrase.split()
    if not words or not all(w.isalpha() for w in words):
        return phrase
    cased = [w.capitalize() for w in words]
    if known_name(cased[0]) or known_name(cased[-1]):
        return " ".join(cased)
    low = phrase.lower()
    if len(words) == 1 and (low in EVENT_ROLES or low in TITLES or low in SOURCE_NOUNS):
        return f"the {low}"
    return phrase


_TURN = re.compile(r"[ \t]*([A-Z][A-Z.'’ -]{1,40}?)[ \t]*:")


def turn_at(masked: str, position: int) -> str | None:
    """The speaker in capitals that opens the paragraph holding ``position`` ("PIKE:"), if it
    is a transcript turn: "I" in it is that speaker."""
    start = masked.rfind("\n", 0, position) + 1
    m = _TURN.match(masked, start, position)
    return m.group(1).strip() if m and any(c.isalpha() for c in m.group(1)) else None
