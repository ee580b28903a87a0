"""A he or she in a sentence's opening clause that means the subject named right after it:
"After he blasted the film, Pastor Tom Ray set his sights on the scouts." or "In what she
called a 'rant,' Mayor Ann Pike took a whack at the board." — the reader meets the pronoun
first and its person at once after the comma. Used by :mod:`quotes_api.extraction.resolve`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.lexicon.function_words import CATAPHORA_OPENERS
from quotes_api.extraction.sentences import FILLER

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

_OPENING_REACH = 200  # characters from the sentence's start to the pronoun, at the most
# The end of the opening clause: its comma, or a quotation ending it with the comma inside its
# marks ('In what he called "a rant," Mayor Ray ...'), before a capital.
_CLAUSE_END = re.compile(r"(?:,|" + FILLER + r")[^\S\n](?=[A-Z])")
# The main clause's verb right after the name (an -ly adverb may stand between).
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]{3,}ly[ \t]+)?[a-z]+\b(?!['’])")


def cataphor(entities: DocumentEntities, position: int, gender: str) -> Entity | None:
    """The person whom the pronoun at ``position`` anticipates: it stands in the opening
    clause of its sentence (before its first comma), and a person of a fitting gender opens the
    main clause after that comma as its subject, past titles only.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "Leo Brandt spoke first. After he left, Pastor Tom Ray took the stage."
    >>> s = Sentences(text, [(0, len(text))])
    >>> cataphor(DocumentEntities(text, s.start_of), text.index("he left"), "male").name
    'Tom Ray'
    """
    masked = entities.masked
    start = entities.sentence_start(position)
    if (
        position - start > _OPENING_REACH  # no opening clause; a long sentence is not read again
        or entities.first_word(start).strip(",").lower() not in CATAPHORA_OPENERS
        or "," in masked[start:position]
    ):
        return None
    if entities.mentions_in(start, position):
        return None  # "After Leo Brandt left, he ...": someone is named before the pronoun
    end = _CLAUSE_END.search(masked, position, position + 300)
    if end is None or any(c in masked[position : end.start()] for c in ".;:!?\n"):
        return None
    after = entities.mentions_in(end.end(), end.end() + 60)
    if not after:
        return None
    pos, entity = min(after, key=lambda pe: pe[0])
    if entity.kind != "person" or entity.gender not in (gender, None):
        return None
    titles = masked[end.end() : pos].split()
    if not all(w[:1].isupper() for w in titles) or not _VERB_AFTER.match(masked, entities.mention_end(pos)):
        return None  # "After he left, the board met Tom Ray": Ray is no subject
    return entity
