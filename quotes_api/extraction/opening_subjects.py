"""Who the sentence-opening subject is when it is not a plain name: rules of salience for
"he" and "she", used by :mod:`quotes_api.extraction.pronouns` and
:mod:`quotes_api.extraction.resolve`.

- **An opening participle** (``after_participle``): in "Asked about Tom Ray's plan, she said
  ..." the pronoun is the participle's subject, so no one named in the participle is meant.
- **A lone surname opening the sentence before** (``lone_surname_opening``): "Okafor defied
  the question. '...,' he said." — Okafor, a word no dictionary holds.
- **A pronoun reporting the sentence it closes** (``reported_before``): in "Also, Ray isn't a
  conservative, he said." the he is not Ray, whom the reported words name.
- **An inverted subject** (``inverted_subject``): "Across town, canvassing for Pike, is Tom
  Ray, a cook." — Tom Ray, after the verb, is whom the next "he" means.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.cues import is_cue_word
from quotes_api.extraction.lexicon.dictionary import is_english_word
from quotes_api.extraction.lexicon.function_words import INVERSION_OPENERS
from quotes_api.extraction.sentences import FILLER

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

# An opening participial phrase whose subject is the pronoun after it: "Asked about Ray's
# plan, she ...", "Dismayed by Ray and inspired by Pike, he ..." (not prepositions in -ing).
_PARTICIPLE = (
    r"[\s" + FILLER + r"(\"“”‘’']*(?!(?:According|During|Including|Regarding|Concerning|"
    r"Following|Excluding|Pending|Notwithstanding)\b)[A-Z][a-z]{2,}(?:ed|ing)[ \t]"
    r"[^.;:!?\n\"“”]{3,250}?,[ \t]+"
)
PARTICIPLE_CHAIN = re.compile(_PARTICIPLE + r"(he|she|He|She)\b")
_PARTICIPLE_OPENING = re.compile(_PARTICIPLE + "$")


def after_participle(entities: DocumentEntities, position: int) -> int | None:
    """Where the sentence starts when the pronoun at ``position`` is the subject after an
    opening participial phrase, whose names it cannot mean: "Inspired by Tom Ray, he joined."
    Else None.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "Leo Brandt spoke. Asked about Tom Ray, he smiled."
    >>> s = Sentences(text, [(0, len(text))])
    >>> after_participle(DocumentEntities(text, s.start_of), text.index("he smiled"))
    18
    """
    start = entities.sentence_start(position)
    if start >= position or not _PARTICIPLE_OPENING.match(entities.masked[start:position]):
        return None
    first = entities.mentions_in(start, start + 30)
    if first and first[0][0] <= start + 3:
        return None  # "Darling Ray, he ...": a name, not a participle
    return start


def lone_surname_opening(entities: DocumentEntities, start: int) -> Entity | None:
    """The one person of no known gender opening the sentence before ``start`` as its subject,
    named by a single word no dictionary holds: "Carson defied the question. '...,' he said."
    → Carson. A capitalised common word ("Audiences", "Second") is no such name."""
    before, _, mentions = entities.sentence_before(start)
    if len(mentions) != 1:
        return None
    pos, entity = mentions[0]
    word = entity.name
    if (
        entity.kind != "person"
        or entity.gender is not None
        or " " in word
        or is_english_word(word.lower())
        or entities.masked[before:pos].strip(" \t\n" + FILLER + "\"“”‘’'")
        or not entities.is_subject(pos)
        or entities.mentions_in(pos + 1, start)
    ):
        return None
    return entity


_COPULA_BEFORE = re.compile(r"\b(?:is|was)[ \t]+$")


# "There was", "Then there's", "First there is": a sentence introducing someone.
_THERE_IS = re.compile(
    r"[\s" + FILLER + r"\"“”‘’']*(?:[A-Z][a-z]+,?[^\S\n]+)?[Tt]here[^\S\n]*(?:is|was|['’]s)[^\S\n]"
)


def inverted_subject(entities: DocumentEntities, start: int, gender: str) -> Entity | None:
    """The person named after "is"/"was" in an inverted sentence before ``start`` (opened by a
    place or an adverb), who is its subject: "And out on the quay was Ray, a grocer. '...,'
    he said." → Ray. In a sentence introducing someone ("First there was the Tribune's editor
    Tom Ray, who ...", "Then there's Ray."), the first person named after "there was"."""
    before, text, mentions = entities.sentence_before(start)
    if text and (there := _THERE_IS.match(entities.masked, before, start)) is not None:
        return _introduced(entities, there.end(), mentions, gender)
    if not text or entities.first_word(before).strip(",") not in INVERSION_OPENERS:
        return None
    for pos, entity in mentions:
        if _COPULA_BEFORE.search(entities.masked, max(before, pos - 8), pos):
            if entity.kind == "person" and entity.gender in (gender, None):
                return entity
            return None
    return None


def _introduced(
    entities: DocumentEntities, after: int, mentions: list[tuple[int, Entity]], gender: str
) -> Entity | None:
    """The first person named after ``after`` (the end of "there was"), before any comma: the
    one the sentence introduces, past an organisation owning their role ("the Tribune's
    editor Tom Ray")."""
    for pos, entity in sorted(mentions, key=lambda pe: pe[0]):
        if pos < after:
            continue
        if "," in entities.masked[after:pos]:
            return None
        if entity.kind == "person":
            return entity if entity.gender in (gender, None) else None
    return None


# The speech verb closing the sentence after the pronoun: ", he said."
_VERB_AFTER = re.compile(r"[^\S\n]+([a-z]+)[.!?]")
_LETTER = re.compile(r"[A-Za-z]")


def reported_before(entities: DocumentEntities, position: int, pronoun: str) -> int | None:
    """Where the sentence starts when the pronoun at ``position`` reports the words before it
    after a comma, closing the sentence ("Ray isn't a conservative, he said."): the names in
    those words are what is reported, not whom the pronoun means, so it is looked up from the
    sentence's start. Else None (also for '"...," he said': the quotation hides the words).

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "Tom Ray spoke. Also, Leo Brandt is no conservative, he said."
    >>> s = Sentences(text, [(0, len(text))])
    >>> reported_before(DocumentEntities(text, s.start_of), text.index("he said"), "he")
    15
    """
    masked = entities.masked
    start = entities.sentence_start(position)
    verb = _VERB_AFTER.match(masked, position + len(pronoun))
    if (
        masked[position - 2 : position] != ", "
        or verb is None
        or not is_cue_word(verb[1])
        or not _LETTER.search(masked, start, position)
    ):
        return None
    return start
