"""Whom "he" or "she" means when the passage has a topic of no known gender: the person who
opened the sentence before as its subject and stands as subject of the pronoun's own sentence
too ("Okafor also missed the deadline. Okafor was plainly hoping to win the tender; in fact, he
had said ..."). Used by :mod:`quotes_api.extraction.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotes_api.extraction.pronouns import subject_before

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

_REACH = 300  # characters from the sentence's start to the pronoun, at the most


def topic_subject(
    entities: DocumentEntities, position: int, gender: str, plausible: Callable[[Entity], bool]
) -> Entity | None:
    """The person of no known gender who stands as subject of the pronoun's own sentence,
    before it, and opened the sentence before as its subject too: the topic of the passage
    ("Okafor also missed ... Okafor was plainly hoping to win the tender; in fact, he had
    said ..."), whom a gendered person named earlier does not displace. ``plausible`` tells
    whether a name of no known gender may be a person's."""
    start = entities.sentence_start(position)
    if position - start > _REACH:
        return None  # the subject stands near the pronoun; a long sentence is not read again
    mentions = sorted(entities.mentions_in(start, position))
    subject = subject_before(entities, mentions, position, gender, plausible)
    if subject is None or subject.gender is not None:
        return None
    _, _, before = entities.sentence_before(position)
    opening = min(before, key=lambda pe: pe[0], default=None)
    if opening is None or opening[1] is not subject or not entities.opens_sentence(opening[0]):
        return None
    return subject
