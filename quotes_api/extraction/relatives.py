"""Whom "he" or "she" means inside a sentence about someone a relative clause describes:
"Rep. Tom Ray, the harbour's congressman who made his name in 2009 when he yelled '...'" or
"student Ann Pike, who made me laugh when she called him '...'" — the pronoun is the person
the "who" clause hangs on, not someone named earlier. Used by
:mod:`quotes_api.extraction.resolve` and :mod:`quotes_api.extraction.antecedents`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.sentences import FILLER

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

# Right after the name: ", who", or an apposition whose noun the "who" follows (", the
# harbour's congressman who"); not "who he dubbed": the one dubbed is not the pronoun.
_WHO_AFTER = re.compile(
    r",[^\S\n]+(?:(?:the|a|an)[^\S\n]+[^,.;:!?\n"
    + FILLER
    + r"]{1,80}?[^\S\n]+)?who\b(?![^\S\n]+(?:he|she|they)\b)"
)
_REACH = 300  # characters from the name to the pronoun, at the most


def relative_head(entities: DocumentEntities, position: int, gender: str) -> Entity | None:
    """The person of the pronoun's sentence whose "who" clause comes before the pronoun at
    ``position``, if their gender fits (or is unknown for a name of two words or a title) and
    no other person of that gender is named between the "who" and the pronoun.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "Leo Brandt left. The latest is Tom Ray, the mayor who won when he said no."
    >>> s = Sentences(text, [(0, len(text))])
    >>> relative_head(DocumentEntities(text, s.start_of), text.index("he said"), "male").name
    'Tom Ray'
    """
    # The "who" stands near the pronoun: a window, not the whole sentence, keeps the cost of
    # a long sentence of names linear.
    start = max(entities.sentence_start(position), position - _REACH)
    for pos, entity in sorted(entities.mentions_in(start, position), reverse=True):
        who = _WHO_AFTER.match(entities.masked, entities.mention_end(pos))
        if who is None or who.end() > position:
            continue
        known = entity.gender == gender or entity.gender is None and (len(entity.tokens) > 1 or entity.roles)
        if entity.kind != "person" or not known:
            return None
        between = entities.mentions_in(who.end(), position)
        if any(e.kind == "person" and e.gender == gender for _, e in between):
            return None  # "Ray, who beat Leo Brandt when he ...": Brandt may be meant
        return entity
    return None
