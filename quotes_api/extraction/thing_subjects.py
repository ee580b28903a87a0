"""What "it" means when the sentence before (or its own sentence) is about a document or a
body described by its kind: "The email was sent by Tom Ray. '...,' it reads." — the email,
whose sender speaks; "The group seeks what it calls '...'" — the group. Used by
:mod:`quotes_api.extraction.resolve`, which resolves the description as if the text had
written it as the speaker ("the email reads").

The description must stand as its sentence's subject, opening it ("The staff letter noted",
"Monday's note from the harbour board hinted", "Ray's campaign said"); a document only mentioned
("a photo of the email", "wrote in the affidavit") is not what "it" means.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.antecedents import is_person_noun
from quotes_api.extraction.lexicon.bodies import EDITORIAL_BODIES, MEDIA_NOUNS, ORG_NOUNS, SPEAKING_THINGS
from quotes_api.extraction.lexicon.function_words import (
    COORDINATORS,
    GOVERNING,
    MODIFYING_WORDS,
    VERB_SUBJECTS,
)
from quotes_api.extraction.lexicon.people import PARTY_MEMBERS
from quotes_api.extraction.lexicon.times import DATE_WORDS
from quotes_api.extraction.places import is_place
from quotes_api.extraction.sentences import FILLER

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity


def _subject_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """The sentence's opening noun phrase with one of ``heads``: a determiner or an owner
    ("The", "This", "Its", "Thursday's", "Tom Ray's"), up to three modifiers, the head, and
    optionally "from/by/of ..." or an apposition between commas, then a verb in lower case."""
    head = "|".join(sorted(heads, key=len, reverse=True))
    return re.compile(
        r"[\s" + FILLER + r"\"“”‘’']*"
        r"(?P<owner>The|This|That|Its|Their|(?:[A-Z][\w.-]*[^\S\n]+){0,2}[A-Z][\w.-]*['’]s?)[^\S\n]+"
        r"(?:[a-z][\w-]*[^\S\n]+){0,3}?(?P<head>" + head + r")\b"
        r"(?:[^\S\n]+(?:from|by|of)[^\S\n]+[^,.;:!?\n" + FILLER + r"]{1,60}?)?"
        r"(?:,[^,.;:!?\n" + FILLER + r"]{1,120},)?"
        r"[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?(?P<verb>[a-z]+)\b"
    )


_THING_SUBJECT = _subject_pattern(SPEAKING_THINGS)
# What "they" may mean: bodies in the plural ("the groups"), and a paper or board whose
# editors write ("The newspaper writes ... they conclude").
_GROUP_SUBJECT = _subject_pattern(
    frozenset(head + "s" for head in ORG_NOUNS) | MEDIA_NOUNS | EDITORIAL_BODIES
)
_SENTENCES = 4  # the pronoun's own sentence and the three before it
# A sentence opening with a person as its subject ends the search.
_PERSON_OPENING = re.compile(r"[\s" + FILLER + r"\"“”‘’']*(?P<pronoun>He|She|They|I|We)\b")
# Words after the head that show it is no subject: "The email address", "The group of"
_NOT_VERBS = GOVERNING | VERB_SUBJECTS | COORDINATORS


def thing_subject(entities: DocumentEntities, position: int, plural: bool = False) -> str | None:
    """The document or body "it" at ``position`` most likely means, as a speaker phrase ("the
    email", "Ray's campaign"): the subject opening the pronoun's own sentence (before the
    pronoun) or of one of the two sentences before, the latest first, as long as no sentence
    between opens with a person's pronoun. None when none opens with one.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> from quotes_api.extraction.sentences import Sentences
    >>> text = "The email was sent by Tom Ray on Monday. Then it read, in part, that he left."
    >>> s = Sentences(text, [(0, len(text))])
    >>> thing_subject(DocumentEntities(text, s.start_of), text.index("it read"))
    'the email'
    """
    masked = entities.masked
    end = position
    for _ in range(_SENTENCES):
        start = entities.sentence_start(end)
        m = (_GROUP_SUBJECT if plural else _THING_SUBJECT).match(masked, start, end)
        if m is not None and m["verb"] not in _NOT_VERBS:
            head, owner = m["head"].lower(), m["owner"]
            if owner.lower() in MODIFYING_WORDS or owner.rstrip("'’s").lower() in DATE_WORDS:
                return f"the {head}"
            return f"{owner} {head}"  # "Ray's campaign"
        opening = _PERSON_OPENING.match(masked, start, end)
        if start == 0 or opening is not None and not (plural and opening["pronoun"] == "They"):
            break  # "He left. ...": a sentence about a person, not the document
        end = start - 1
    return None


def body_subject(entities: DocumentEntities, position: int) -> Entity | None:
    """The organisation opening the pronoun's own sentence as its subject, whom a "they" later
    in it means: "Council Democrats stalled the levy because they said ..." or "The Harbour
    Party is asking the courts whether they may ..." (news writes a party or a team as
    "they"); a party's members named as a group count too ("Council Democrats"). For a "They"
    opening its sentence, the same of the sentence before, where the body may also be named
    by its members ("Harbour Guard soldiers mock the navy. They state ..."). None when a person
    is named between it and the pronoun.

    >>> from quotes_api.extraction.entities import DocumentEntities
    >>> text = "The Harbour Party is asking the court whether they can add a day."
    >>> body_subject(DocumentEntities(text), text.index("they")).name
    'Harbour Party'
    """
    start = entities.sentence_start(position)
    mentions = sorted(entities.mentions_in(start, position))
    members = False
    if not mentions and not entities.masked[start:position].strip(_OPENING_MARKS):
        _, _, mentions = entities.sentence_before(position)  # "... They state ..."
        mentions, members = sorted(mentions), True
    if not mentions:
        return None
    pos, entity = mentions[0]
    if (
        entity.kind != "organisation"
        and entity.tokens[-1].lower() not in PARTY_MEMBERS  # "Council Democrats"
        or is_place(entity.name)  # "In Norway, they say": a setting
        or not entities.opens_sentence(pos)
        or not (entities.is_subject(pos) or members and _named_by_members(entities, pos))
        or any(e.kind == "person" for _, e in mentions[1:])
    ):
        return None
    return entity


_OPENING_MARKS = " \t\n" + FILLER + "\"“”‘’'"
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)s\b")


def _named_by_members(entities: DocumentEntities, position: int) -> bool:
    """Is the body named by its members as a subject: "Harbour Guard soldiers mock ..."?"""
    word = _NEXT_WORD.match(entities.masked, entities.mention_end(position))
    return word is not None and is_person_noun(word[1])


# "She and her defenders argue ...": a person and their own people, as a subject.
_PRINCIPAL_AND_THEIRS = re.compile(
    r"[\s" + FILLER + r"\"“”‘’']*(?P<pronoun>He|She)[^\S\n]+and[^\S\n]+(?:his|her)[^\S\n]+[a-z]"
)


def principal_of_group(entities: DocumentEntities, position: int) -> tuple[str, int] | None:
    """The he or she (and where it stands) of a group "they" means that opens the pronoun's
    sentence or the one before as "She and her defenders": "She and her aides argue ... They
    note that ..." — the group speaks for her, so its words are hers. None otherwise."""
    own = entities.sentence_start(position)
    before, text, _ = entities.sentence_before(position)
    for start in (own, before) if text else (own,):
        m = _PRINCIPAL_AND_THEIRS.match(entities.masked, start, position)
        if m is not None:
            return m["pronoun"].lower(), m.start("pronoun")
    return None
