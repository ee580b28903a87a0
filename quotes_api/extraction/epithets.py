"""Descriptions of a person resolved from the sentence they stand in (issue 13, classes 2-3).

A description whose article the speaker phrase lost: in
"In a letter, the ferry magnate announced that ..." the phrase read may be "magnate" alone;
the "the" before it in the text still makes it definite, so it resolves as "the magnate" does
(to the person named with that role, or the one just named) instead of staying a speaker
called "magnate".

>>> masked = 'In a letter, the ferry magnate announced that'
>>> article_before(masked, masked.index("magnate"))
True
>>> article_before('Tom Ray met a mogul', len('Tom Ray met a '))
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.lexicon import ROLE_SYNONYMS, TITLES
from quotes_api.extraction.roles import role_words

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

# "the business ", "this veteran ": a definite article and up to three lowercase words
_DEFINITE_BEFORE = re.compile(
    r"(?:^|[\s,;:(])(?:[Tt]he|[Tt]his|[Tt]hat)(?:[ \t]+[a-z][\w-]*){0,3}"
    r"(?:(?:[ \t]+[A-Z][\w-]*)?(?:[ \t]+[a-z][\w-]*){1,3}[ \t]+and)?[ \t]+$"
)


def article_before(masked: str, position: int) -> bool:
    """Does a definite article stand shortly before ``position`` in the same clause, with only
    lowercase words between ("the ferry |magnate")?"""
    return _DEFINITE_BEFORE.search(masked, max(0, position - 60), position) is not None


def sentence_subject(entities: DocumentEntities, position: int, head: str) -> Entity | None:
    """The person a role description after a quotation means when the sentence opened with
    that person as its subject: "Ray defends his plan in an ad: '...,' the senator says" → Ray,
    unless a role the article gave Ray says otherwise (a "governor" is not "the senator")."""
    start = entities.sentence_start(position)
    opening = entities.mentions_in(start, position)
    if not opening:
        return None
    pos, entity = opening[0]
    if entity.kind != "person" or len(entity.tokens) < 2 or not entities.is_subject(pos) or pos - start > 40:
        return None
    if "\ue000" not in entities.masked[pos:position]:
        return None  # "But Ray has a point, the columnist wrote": no quotation between, no opener
    roles = [role_words(r) for r in entity.roles]
    if (
        roles
        and not any(head in words or words & ROLE_SYNONYMS.get(head, {head}) for words in roles)
        and any(words & TITLES for words in roles)
    ):
        return None
    return entity


# A sentence that closes on its speaker asking: '"That would be you?" Ann Pike asked.'
_ASKED_LAST = re.compile(r"\b(?:asked|wondered|pressed|inquired)\s*[.?!]?\s*$")


def answering(
    entities: DocumentEntities, history: list[tuple[int, list[Entity]]], position: int, holder: Entity | None
) -> Entity | None:
    """Whom a role answering a question means: '"That would be you?" Pike asked. "...," the
    senator said' is not Pike, who asked, but the one quoted before her. Others are kept."""
    if holder is None:
        return None
    start, text, mentions = entities.sentence_before(position)
    if not _ASKED_LAST.search(text) or holder not in [entity for _, entity in mentions]:
        return holder
    for pos, speakers in reversed(history):
        if pos < start and len(speakers) == 1 and speakers[0] is not holder and speakers[0].kind == "person":
            return speakers[0]
    return holder
