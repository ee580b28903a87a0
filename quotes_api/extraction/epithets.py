"""A description of a person whose article the speaker phrase lost (issue 13, class 3): in
"In a statement, the business mogul announced that ..." the phrase read may be "mogul" alone;
the "the" before it in the text still makes it definite, so it resolves as "the mogul" does
(to the person named with that role, or the one just named) instead of staying a speaker
called "mogul".

>>> masked = 'In a statement, the business mogul announced that'
>>> article_before(masked, masked.index("mogul"))
True
>>> article_before('Tom Ray met a mogul', len('Tom Ray met a '))
False
"""

from __future__ import annotations

import re

# "the business ", "this veteran ": a definite article and up to three lowercase words
_DEFINITE_BEFORE = re.compile(r"(?:^|[\s,;:(])(?:[Tt]he|[Tt]his|[Tt]hat)(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+$")


def article_before(masked: str, position: int) -> bool:
    """Does a definite article stand shortly before ``position`` in the same clause, with only
    lowercase words between ("the business |mogul")?"""
    return _DEFINITE_BEFORE.search(masked, max(0, position - 60), position) is not None
