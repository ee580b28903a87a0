"""Whom "he" or "she" means when the sentences before it speak of someone only by a role:
"Speaking to reporters, the president framed the attack as ... He did not mention ..." or
"Meanwhile, the current nominee's support for the plan is unprecedented. While he's said
..." — the pronoun goes on with the person named with that role, not the last person named
by name. Used by :mod:`quotes_api.extraction.resolve`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.antecedents import is_person_noun
from quotes_api.extraction.sentences import FILLER

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

# "the president framed", "Still, the new club captain's backing": a definite
# description opening the sentence (after at most an introduction closed by a comma), then a
# verb or a possessive.
_DESCRIBED = re.compile(
    r"[\s" + FILLER + r"\"“”‘’']*(?:[^,.;:!?\n" + FILLER + r"]{1,120},[^\S\n]+)?"
    r"[Tt]he[^\S\n]+(?P<words>(?:[A-Za-z][\w-]*[^\S\n]+){0,3}?(?P<head>[a-z]+))"
    r"(?:['’]s[^\S\n]+[a-z]+|[^\S\n]+(?:[a-z]+ed|[a-z]+s|did|has|had|was|is|said)\b)"
)
_SENTENCES = 3  # the sentence where the pronoun's chain starts and two before it
_REACH = 600  # characters of a sentence read, at the most


def described_subject(entities: DocumentEntities, start: int, gender: str) -> Entity | None:
    """The person named with the role ("President Ann Pike") that a description standing as
    subject ("the president") of the sentence at ``start`` or one of the two before it means,
    when no person named in them stands as a subject; else None.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "President Tom Ray left. Leo Brandt spoke. Later, the president said no. He smiled."
    >>> s = Sentences(text, [(0, len(text))])
    >>> described_subject(DocumentEntities(text, s.start_of), text.index("He smiled"), "male").name
    'Tom Ray'
    """
    end = start
    for _ in range(_SENTENCES):
        sentence = entities.sentence_start(end)
        if end - sentence > _REACH:
            return None  # a long sentence is not read again for each pronoun
        mentions = entities.mentions_in(sentence, end)
        if any(e.kind == "person" and entities.is_subject(p) for p, e in mentions):
            return None  # someone named as a subject: the usual rules weigh them
        m = _DESCRIBED.match(entities.masked, sentence, end)
        if m is not None and is_person_noun(m["head"]):
            holder = entities.by_role(m["words"], sentence)
            return holder if holder is not None and holder.gender in (gender, None) else None
        if sentence == 0:
            return None
        end = sentence - 1
    return None
