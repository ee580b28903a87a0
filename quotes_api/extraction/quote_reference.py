"""A quotation named right after it by the sentence that follows: '"..." That quote from
Commissioner Ann Pike appeared on the front page in 1980.' The words are the one the next
sentence says they come from."""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.coordination import split_coordination
from quotes_api.extraction.mentions import looks_like_speaker
from quotes_api.extraction.model import Rule

# "That quote from", "The remark by", "Those words of"
_REFERENCE = re.compile(
    r"[ \t]*(?:That|This|The|Those|These)\s+(?:quote|quotation|remark|line|comment|statement|words|phrase)"
    r"\s+(?:from|by|of)\s+((?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*)"
)


def named_by_next_sentence(masked: str, close_end: int, limit: int) -> Attribution | None:
    """The source the sentence right after a quotation names for it ("That quote from X"),
    read up to ``limit``."""
    found = _REFERENCE.match(masked, close_end, limit)
    if found is None:
        return None
    phrase = found.group(1)
    if not looks_like_speaker(phrase):
        return None
    return Attribution(phrase, found.start(1), split_coordination(phrase), None, Rule.CONTEXT, 0.6)
