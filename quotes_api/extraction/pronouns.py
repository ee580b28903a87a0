"""Whom "he" or "she" means when the nearest name is not the answer: rules of salience that
read the sentences around the pronoun, used by :mod:`quotes_api.extraction.resolve`.

- **A chain of the same pronoun** (``chain_start``): "He noted that if his niece Ann were still
  rowing, he would coach her ..." — the second "he" is the one opening the sentence, not the
  son named between them; and "He was moved to Monday nights. Last month, he said ..." goes on
  with the man the first "He" meant. The pronoun is resolved where the chain begins. A
  sentence the same pronoun reports ("Farms vote in order, he noted, so ...") is a link too.
- **The head of the opening noun phrase** (``opening_head``): in "Pike's proposal was backed
  by ..." and "Rovers club chairman Tom Ray said ..." the name opening the sentence
  owns or qualifies the noun after it; "After Tom Ray spoke, ..." opens a clause of its own.
- **The one asked** (``answerer``): "Hosts asked Tom Ray which states he could win. '...,'
  he said." — the answer is Ray's.
- **The one reporting** (``reporter_in``): in "Trump's plan is a fraud, Tom Ray said." the
  sentence is Ray's, however it opens; "he said" next is Ray.
- Openings that name the subject another way (a participle, a lone surname) are read in
  :mod:`quotes_api.extraction.opening_subjects`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from quotes_api.extraction.lexicon import INTRO_WORDS
from quotes_api.extraction.lexicon.function_words import ARTICLES, GOVERNING, SUBORDINATORS
from quotes_api.extraction.opening_subjects import PARTICIPLE_CHAIN
from quotes_api.extraction.sentences import FILLER

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

# A sentence opening with the pronoun as its subject, after at most a short introduction
# ending in a comma ("Last month, he ...", "In 2010, he ..."). The introduction is checked for
# names separately: "After Ray spoke, he left" is no chain.
_OPENING = re.compile(
    r"[\s" + FILLER + r"(\"“”‘’']*(?:([^,.;:!?\n" + FILLER + r"]{1,50}),[ \t]+)?"
    r"(he|she|He|She)\b"
)
# The same pronoun reporting a sentence of its content: "Her district needs jobs, she said."
# or "States vote in order, he noted, so ..." (the sentence is hers or his, as if it opened so).
_REPORTING = re.compile(
    r",[ \t]+(he|she)[ \t]+(?:said|says|added|adds|noted|notes|argued|argues|explained|"
    r"explains|recalled|recalls|insisted|insists|contended|contends|acknowledged|acknowledges)"
    r"(?:[,.][^.;:!?\n]{0,200})?[.!?]?[\s\"“”’']*$"
)
# What may stand between a sentence's start and a pronoun that opens it as a speech cue's
# subject: quotation filler, marks, commas and spaces ('"...," he said').
_ONLY_QUOTE = re.compile(r"[\s" + FILLER + r",\"“”‘’'(—–-]*")
_LINKS = 4  # sentences followed back at the most


def _opening_pronoun(entities: DocumentEntities, start: int, end: int, pronoun: str) -> int | None:
    """Where ``pronoun`` opens the sentence ``[start, end)`` as its subject, or None."""
    m = _OPENING.match(entities.masked, start, min(end, start + 120))
    if m is None:
        p = PARTICIPLE_CHAIN.match(entities.masked, start, min(end, start + 300))
        if p is None and end - start > 20:
            p = _REPORTING.search(entities.masked, max(start, end - 260), end)
        return p.start(1) if p is not None and p[1].lower() == pronoun else None
    if m[2].lower() != pronoun:
        return None
    if m[1] is not None and entities.mentions_in(start, m.start(2)):
        return None  # "After Ray spoke, he left": the introduction names someone
    return m.start(2)


def chain_start(
    entities: DocumentEntities, history: list[tuple[int, list[Entity]]], position: int, pronoun: str
) -> int:
    """Where to resolve ``pronoun`` (he/she) found at ``position``: the start of the chain of
    the same pronoun standing as subject, sentence after sentence, that leads to it.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "Tom Ray met Leo Brandt. He said that Brandt had left before he arrived."
    >>> s = Sentences(text, [(0, len(text))])
    >>> chain_start(DocumentEntities(text, s.start_of), [], text.rindex("he"), "he") == text.index("He")
    True
    """
    here = position
    for _ in range(_LINKS):
        start = entities.sentence_start(here)
        opening = _opening_pronoun(entities, start, here + len(pronoun), pronoun)
        if opening is not None and opening < here:
            here = opening  # "He declared that ... Trump ..., which he declared": the same he
            continue
        if start == 0 or opening != here and not _ONLY_QUOTE.fullmatch(entities.masked, start, here):
            break
        before = entities.sentence_start(start - 1)
        opening = _opening_pronoun(entities, before, start, pronoun)
        if opening is None and before > 0 and not entities.mentions_in(before, start):
            # "..., she said. On top of that, the boats run late. '...,' she said": a sentence naming
            # no one does not break the chain
            opening = _opening_pronoun(entities, entities.sentence_start(before - 1), before, pronoun)
        if opening is None or any(opening < pos < here for pos, _ in history):
            break  # someone was quoted in between: the usual rules weigh that
        here = opening
    return here


_INVERTED_CUE = re.compile(
    r"[," + FILLER + r"][ \t]+(?:said|says|added|adds|wrote|writes|noted|notes|argued|"
    r"argues)[ \t]+$"
)
# A speech verb between commas after the name: "Trump, Tom Ray said, has ..."
_PARENTHETICAL = re.compile(r"\s+[a-z]+,\s")
# A speech verb closing the sentence after the name: "..., Tom Ray said."
_CLOSING_CUE = re.compile(r"[ \t]+[a-z]+\.")
_SUBORDINATORS = SUBORDINATORS | {"as", "once"}  # opening a sentence: "After Ray left, ..."
# A lowercase word after a name that makes the name a modifier ("the Trump campaign chairman")
# rather than a subject: not a verb. Verbs of news mostly end in -ed or -s or are irregular.
_MODIFIED = re.compile(
    r"(?:['’]s?|[ \t]+(?![a-z]+(?:ed|s)\b)(?!(?:is|was|has|had|will|would|can|could|may|"
    r"might|must|should|did|does|do|also|then|later|now|once|still|never|first|last|who|which|"
    r"and|or|but|told|said|says|made|gave|took|won|lost|met|left|kept|held|went|came|"
    r"ran|spoke|wrote|got|put|set|led|saw|knew|became|began|sent|stood|thought|felt|"
    r"found|brought|sought|fought|paid|heard|grew)\b)[a-z][\w-]*)"
)


def reporter_in(entities: DocumentEntities, mentions: list[tuple[int, Entity]]) -> Entity | None:
    """The person a sentence reports the words of, named after its content and a comma:
    "Trump's plan is a fraud, Tom Ray said." or "..., said Tom Ray, a lawyer." → Tom Ray.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> text = "Trump's plan is a fraud, Tom Ray said."
    >>> reporter_in(DocumentEntities(text), DocumentEntities(text).mentions_in(0, len(text))).name
    'Tom Ray'
    """
    masked = entities.masked
    for pos, entity in reversed(mentions):
        content = masked[entities.sentence_start(pos) : pos].split()
        if (
            entity.kind == "person"
            and masked[pos - 2 : pos] == ", "
            and _PARENTHETICAL.match(masked, entities.mention_end(pos))
            and entities.speaks_at(pos)
        ):
            return entity  # "Trump, Tom Ray said, has failed.": a parenthesis, however short
        if (
            entity.kind == "person"
            and len(content) >= 6
            and masked[pos - 2 : pos] == ", "
            and _CLOSING_CUE.match(masked, entities.mention_end(pos))
            and entities.speaks_at(pos)
        ):
            return entity  # "But while ..., Cruz will struggle, should he win, Henson said."
        if entity.kind != "person" or len(content) < 4 or content[0].lower().strip(",") in INTRO_WORDS:
            continue  # "Earlier Wednesday, Reyes spoke ...": an introduction, not reported words
        if (
            masked[pos - 2 : pos] == ", "
            and entities.speaks_at(pos)
            or _INVERTED_CUE.search(masked, max(0, pos - 12), pos)
            and masked[entities.mention_end(pos) : entities.mention_end(pos) + 1] in (",", ".")
        ):
            return entity
    return None


def opening_head(entities: DocumentEntities, mentions: list[tuple[int, Entity]]) -> list[tuple[int, Entity]]:
    """The mentions of a sentence (in reading order) from the head of its opening noun phrase
    on: names owning or qualifying a noun before it ("Pike's proposal", "Rovers club
    chairman Tom Ray") are left out, and so are those of an opening subordinate clause
    ("After Tom Ray spoke, Ann Pike said ...": from Ann Pike)."""
    if not mentions:
        return mentions
    start = entities.sentence_start(mentions[0][0])
    if entities.first_word(start).strip(",") in _SUBORDINATORS:
        comma = entities.masked.find(", ", start, start + 300)
        mentions = [m for m in mentions if comma >= 0 and m[0] > comma]
    k = 0
    while k < len(mentions) - 1 and _MODIFIED.match(entities.masked, entities.mention_end(mentions[k][0])):
        k += 1
    return mentions[k:]


_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]{3,}ly[ \t]+)?[a-z]+\b(?!['’])")


def after_opening_clause(entities: DocumentEntities, position: int) -> bool:
    """Does the mention open the main clause after an opening subordinate one, followed by its
    verb? "When Tom Ray spoke of ..., Mr. Leo Brandt forcefully differed." → Brandt."""
    start = entities.sentence_start(position)
    if entities.first_word(start).strip(",") not in _SUBORDINATORS:
        return False
    comma = entities.masked.find(", ", start, start + 300)
    if comma < 0 or comma > position:
        return False
    between = entities.masked[comma + 2 : position].split()
    return all(w[:1].isupper() for w in between) and bool(
        _VERB_AFTER.match(entities.masked, entities.mention_end(position))
    )


# "One pastor backing Ray, Leo Brandt of Dunmore, said ...": a description opening the
# sentence, then the name it describes, set off by commas.
_DESCRIPTION_OPENING = re.compile(
    r"[\s" + FILLER + r"]*(?:One|A|An|Another|The)[ \t]+[^,;:!?\n]{2,60}?,[ \t]+"
)


_GOVERNING_WORDS = GOVERNING | ARTICLES  # "a friend of Ray": a description again
_GOVERNING = re.compile(r"[ \t]+(?:of|from|in|at|for|with)\b")


def apposed_opening(
    entities: DocumentEntities, mentions: list[tuple[int, Entity]]
) -> tuple[int, Entity] | None:
    """The name apposed to a description that opens the sentence, standing as its subject:
    "One pastor backing Ray, Leo Brandt of Dunmore, said ..." → Leo Brandt, not Ray; "One
    delegate, Harbour Party chairwoman Ann Pike, pledged ..." → Ann Pike."""
    if not mentions:
        return None
    m = _DESCRIPTION_OPENING.match(entities.masked, entities.sentence_start(mentions[0][0]))
    if m is None:
        return None
    after = [pe for pe in mentions if pe[0] >= m.end()]
    k = 0
    while (
        k < len(after) - 1
        and _MODIFIED.match(entities.masked, end := entities.mention_end(after[k][0]))
        and not _GOVERNING.match(entities.masked, end)
    ):
        k += 1  # "Harbour Party chairwoman Ann Pike": the party qualifies her role
    if not after:
        return None
    between = entities.masked[m.end() : after[k][0]].split()
    if len(between) > 5 or any(w in _GOVERNING_WORDS for w in between):
        return None  # "One pastor, a friend of Ray, ...": a description again, not a name
    pos, entity = after[k]
    if "," in entities.masked[m.end() : pos] or entities.masked[entities.mention_end(pos)] not in ", ":
        return None  # "One pastor, a friend of Ray, ...": no name right after the comma
    return pos, entity


_ASKED = re.compile(r"\b(?:asked|pressed|quizzed)[ \t]+$")
_WAS_ASKED = re.compile(r"[ \t]+(?:was|were)[ \t]+(?:asked|pressed|quizzed)\b")  # "Ray was asked by"


def answerer(entities: DocumentEntities, position: int, gender: str) -> Entity | None:
    """The person asked in the sentence before the pronoun's, who answers in it: "The host
    asked Tom Ray which states he could win. '...,' he said." → Tom Ray.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "Ann Pike asked Tom Ray about the vote. Then he said it was over."
    >>> s = Sentences(text, [(0, len(text))])
    >>> answerer(DocumentEntities(text, s.start_of), text.index("he said"), "male").name
    'Tom Ray'
    """
    start, _, mentions = entities.sentence_before(position)
    for _ in range(2):  # "Ray was asked ... The senator's answer was ... But he slipped."
        if start == 0 or any(e.kind == "person" for _, e in mentions):
            break
        start, _, mentions = entities.sentence_before(start)
    for pos, entity in mentions:
        if (
            entity.kind == "person"
            and entity.gender in (gender, None)
            and (
                _ASKED.search(entities.masked, max(0, pos - 12), pos)
                or _WAS_ASKED.match(entities.masked, entities.mention_end(pos))
            )
        ):
            return entity
    return None


def subject_before(
    entities: DocumentEntities,
    mentions: list[tuple[int, Entity]],
    pronoun_at: int,
    gender: str,
    plausible: Callable[[Entity], bool],
) -> Entity | None:
    """The person standing as subject before a "he" of the same sentence, whom that "he" most
    likely means too: "In describing Tom Ray, Leo Brandt said he ..." → Leo Brandt. A person of
    no known gender counts when ``plausible`` says they may be a person at all."""
    found = None
    for pos, entity in opening_head(entities, mentions):
        known = entity.gender == gender or entity.gender is None and plausible(entity)
        if (
            pos < pronoun_at
            and entity.kind == "person"
            and known
            and entities.is_subject(pos)
            and not entities.opens_subordinate_clause(pos)
        ):
            found = entity
    return found
