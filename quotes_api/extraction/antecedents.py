"""Whom "he" or "she" means, or whom an unnamed role stands for: the people a reader keeps in
mind while reading, held by :class:`Antecedents`, the base of the document's ``Resolver``.

A pronoun goes to the latest compatible person either quoted or standing as a clause's subject,
with gender from given names, titles and kinship; a chain of the same pronoun is resolved where
it starts (:mod:`quotes_api.extraction.pronouns` holds the sentence-level readings).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes_api.extraction.entities import DocumentEntities, Entity
from quotes_api.extraction.lexicon import EITHER_NAMES, TITLES
from quotes_api.extraction.lexicon.function_words import COMPARING
from quotes_api.extraction.lexicon.people import PERSON_NOUNS
from quotes_api.extraction.places import state_follows
from quotes_api.extraction.pronouns import (
    after_opening_clause,
    apposed_opening,
    opening_head,
    reporter_in,
    subject_before,
)
from quotes_api.extraction.relatives import relative_head

_PRONOUN_OF = {"male": "he", "female": "she"}
_SAME_PRONOUN_LINKS = 1  # sentences holding the same pronoun, with no subject for it, passed over
_HE = re.compile(r"\b[Hh]e\b")
_SHE = re.compile(r"\b[Ss]he\b")
# A sentence whose subject is a description: "The radio host has ...", "This senator said ..."
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:The|This|That)((?:[ \t]+[a-z][\w-]*){1,3})[ \t]+"
    r"(?:has|had|is|was|also|[a-z]+ed|[a-z]+s)\b"
)


# The end of an introduction before a name, past its titles: "The day before, Mr. "
_AFTER_COMMA = re.compile(r",(?:[ \t]+[A-Z][\w.]*)*[ \t]*$")


def is_person_noun(word: str) -> bool:
    """A noun for a person: a role of news, or an agent noun ("host", "talker", "activist")."""
    return word in PERSON_NOUNS or word in TITLES or word.endswith(("er", "or", "ist", "ian"))


def _named_after(name: str, prefix: str) -> bool:
    """Is ``name`` a place or body named ``prefix`` and two capitalised words more ("Orrville
    Middle School")? Not "Ann Pike campaign", nor a foundation named after Ann Pike."""
    rest = name[len(prefix) :].split() if name.startswith(prefix) else []
    return len(rest) >= 2 and all(w[:1].isupper() for w in rest)


class Antecedents:
    """The people of one document so far, and the choice of the one a pronoun or role means."""

    def __init__(self, entities: DocumentEntities) -> None:
        self.entities = entities
        self.history: list[tuple[int, list[Entity]]] = []  # (position, speakers) of each attribution
        # Everyone in ``history``: "quoted already?" is asked for each person a pronoun may mean,
        # and a look through the whole history each time grew with the document's quotations.
        self.quoted: set[Entity] = set()
        self._places: dict[Entity, bool] = {}  # ``_a_place``, asked once per entity

    def _last_speaker(self, position: int) -> Entity | None:
        """The person quoted last, if recently: "the senior envoy added" after Wang spoke."""
        for pos, speakers in reversed(self.history):
            if position - pos > 3000:
                return None
            if len(speakers) == 1 and speakers[0].kind == "person":
                return speakers[0]
        return None

    def _plausible_person(self, entity: Entity) -> bool:
        """Could "he"/"she" mean this entity? A lone capitalised word ("Gaza", "FAQs") only
        counts once it is known as a person: titled, or already quoted."""
        if entity.kind != "person":
            return False
        if len(entity.tokens) > 1 or entity.roles or entity.gender:
            return not self._a_place(entity)
        return entity in self.quoted and not self._a_place(entity)

    def _a_place(self, entity: Entity) -> bool:
        """Is the "person" a town: written with its state after a comma ("Orrville, Ga."), or
        the first words of a place's name in the document ("Orrville" of "Orrville Middle
        School")? Its "his" ("Orrville became his home") told no gender."""
        known = self._places.get(entity)
        if known is None:
            masked, prefix = self.entities.masked, entity.name + " "
            known = any(state_follows(masked, self.entities.mention_end(p)) for p in entity.positions) or any(
                other.kind == "organisation" and _named_after(other.name, prefix)
                for other in self.entities.entities
            )
            self._places[entity] = known
        return known

    def _known_person(self, entity: Entity) -> bool:
        """Is a name of no known gender known as a person's: it opens with a given name of either
        gender ("Angel Ruiz"), or it has a role, or it has been quoted? "Atlantic City" is not."""
        either = len(entity.tokens) > 1 and entity.tokens[0].lower() in EITHER_NAMES  # not "Dallas" alone
        return either or bool(entity.roles) or entity in self.quoted

    def _last_person(self, position: int, gender: str | None, strict: bool = False) -> Entity | None:
        """The person a reader would take "he"/"she" for: the latest compatible one either
        quoted or standing as a clause's subject; failing that, the latest one named. ``strict``:
        only people whose gender is known to fit, or who are known as people (see
        ``_known_person``)."""

        def fits(entity: Entity) -> bool:
            return self._plausible_person(entity) and (
                gender is None
                or entity.gender == gender
                or (entity.gender is None and (not strict or self._known_person(entity)))
            )

        best: tuple[int, Entity] | None = None
        fallback, quoted = None, False
        for pos, entity in self.entities.recent(position, 4000):
            entity = self.entities.relative(pos, entity, gender)  # "Clinton ... she"
            if fits(entity):
                if self.entities.is_subject(pos):
                    best = self._main_subject_over(pos, entity, fits, gender)
                    if best is not None:
                        break
                fallback = fallback or entity
        for pos, speakers in reversed(self.history):
            if best is not None and pos <= best[0]:
                break
            people = [e for e in speakers if fits(e)]
            if len(people) == 1 and len(speakers) == 1:
                best, quoted = (pos, people[0]), True
                break
        named = self._named_just_before(position, gender)
        outranked = best is None or best[0] < named[0] if named else False
        if named is not None and (
            outranked
            or named[2]
            and not quoted
            and best is not None
            and best[0] < self.entities.sentence_start(position)
        ):
            best = named[:2]  # the subject of the sentence before, over anyone else named in it
        if best is not None:
            return self._learn(best[1], gender)
        if fallback is not None:
            return self._learn(fallback, gender)
        return None

    def _main_subject_over(
        self, pos: int, entity: Entity, fits: Callable[[Entity], bool], gender: str | None
    ) -> tuple[int, Entity] | None:
        """The subject of a clause after "that" ("Trump claimed that Obama wanted ...") is what
        is being reported; the one reporting it, the sentence's own subject, is whom "he" means.
        None when that subject is itself "he" ("He added that Obama ..."): he is someone named
        earlier."""
        if not self.entities.opens_subordinate_clause(pos):
            return pos, entity
        start = self.entities.sentence_start(pos)
        # The sentence's own subject opens it: only its first words are looked at.
        for p, e in self.entities.mentions_in(start, min(pos, start + 200)):
            if (
                e is not entity
                and fits(e)
                and (self.entities.opens_sentence(p) or self._after_introduction(p))
            ):
                return p, e
        if gender is not None and self.entities.first_word(start) == _PRONOUN_OF[gender]:
            return None
        # '"...," said Ann Pike, who admitted the ferry was her last resort': the one quoted in
        # the sentence is the one reporting.
        for p, speakers in reversed(self.history):
            if p < start:
                break
            if p < pos and len(speakers) == 1 and fits(speakers[0]):
                return p, speakers[0]
        return pos, entity

    def _after_introduction(self, position: int) -> bool:
        """Does the mention stand as the main clause's subject right after an introduction
        closed by a comma? "On Tuesday, at the quayside meeting, Mr. Ray was equally frank"."""
        start = self.entities.sentence_start(position)
        return (
            _AFTER_COMMA.search(self.entities.masked, start, position) is not None
            and self.entities.is_subject(position)
            and not self.entities.opens_subordinate_clause(position)
        )

    def _named_just_before(
        self, position: int, gender: str | None, depth: int = 0
    ) -> tuple[int, Entity, bool] | None:
        """The one man (or woman) named in the sentence before the pronoun's: in "Wes Noor, a
        delegate, came dressed as a judge. 'It was fun,' he said." he is Noor, even if the last
        man to stand as a subject or to be quoted was named earlier. Not when that sentence
        speaks of someone else as "he" or "the senator": then Noor is only what they talk about.
        The flag tells whether the person stands as that sentence's subject (not only named)."""
        if gender is None:
            return None
        start, words, mentions = self.entities.sentence_before(position)
        mentions = [(pos, self.entities.relative(pos, e, gender)) for pos, e in mentions]
        reporter = reporter_in(self.entities, mentions)
        if reporter is not None and reporter.gender in (gender, None):
            # "Cruz will struggle, should he win, Henson said.": the he is in Henson's words
            return start, reporter, True
        said = (_HE if gender == "male" else _SHE).search(words)
        if said:  # "He met Noor.": the sentence is about Noor; but "Noor said he ..." is Noor
            subject = subject_before(
                self.entities, mentions, start + said.start(), gender, self._plausible_person
            )
            # "but Rep. Ray, who won in May, knows where he stands.": Ray, whom "who" describes
            subject = subject or relative_head(self.entities, start + said.start(), gender)
            if (
                subject is None
                and depth < _SAME_PRONOUN_LINKS
                and start > 0
                and len(re.findall(r"[A-Za-z]+", words[: said.start()])) >= 3  # not "But he ..."
                and not self._subject_of_last(start, words, mentions, gender)
            ):
                # "Pike is among those ... . Politics was new to her, and she doubts Ray can win.
                # '...,' she said.": that she is no one named in her sentence, so look before it
                return self._named_just_before(start, gender, depth + 1)
            return (start, subject, True) if subject is not None else None
        described = _DESCRIBED_SUBJECT.match(words)
        if described and is_person_noun(described[1].split()[-1]):
            return None
        opening = self._opening_person(mentions, gender)
        if opening is not None:
            return start, opening, True  # "Ari Wills, Carson's longtime friend, said ...": Wills
        people = {
            entity.name: entity
            for pos, entity in mentions
            if entity.kind == "person"
            and entity.gender == gender
            and not self._compared(pos)
            and not self._a_place(entity)
        }
        return (start, next(iter(people.values())), False) if len(people) == 1 else None

    def _subject_of_last(
        self, start: int, words: str, mentions: list[tuple[int, Entity]], gender: str
    ) -> bool:
        """Does a person stand as subject before the sentence's last he (she)? "After he
        struggled, Ray said he ..." names him after all."""
        last = list((_HE if gender == "male" else _SHE).finditer(words))[-1]
        at = start + last.start()
        return subject_before(self.entities, mentions, at, gender, self._plausible_person) is not None

    def _compared(self, position: int) -> bool:
        """Is the mention only a yardstick ("more liberal than Obama", "Like Ray, they ...")?
        Not an example set off by commas ("defenders, like Gary Hale, agree")."""
        words = self.entities.masked[max(0, position - 30) : position].split()
        if not words or words[-1].lower() not in COMPARING:
            return False
        return not (words[-1].lower() == "like" and len(words) > 1 and words[-2].endswith(","))

    def _opening_person(self, mentions: list[tuple[int, Entity]], gender: str) -> Entity | None:
        """The person of no other gender opening the sentence as its subject, ahead of any
        name in an apposition after it."""
        ordered = sorted(mentions, key=lambda pe: pe[0])
        apposed = apposed_opening(self.entities, ordered)  # "One pastor, Leo Brandt, said"
        mentions = [apposed] if apposed is not None else opening_head(self.entities, ordered)
        if not mentions:
            return None
        pos, entity = mentions[0]
        known = (
            entity.gender == gender
            or entity.gender is None
            and (self._known_person(entity) or self.entities.speaks_at(pos))
        )
        if (
            entity.kind != "person"
            or not known
            or len(entity.tokens) < 2
            or apposed is None
            and not (self.entities.opens_sentence(pos) and self.entities.is_subject(pos))
            and not after_opening_clause(self.entities, pos)  # "When Ray spoke, Brandt left."
        ):
            return None
        return entity

    @staticmethod
    def _learn(entity: Entity, gender: str | None) -> Entity:
        if gender and entity.gender is None:
            entity.gender = gender  # "he said" tells us as much about the speaker as a title would
        return entity
