"""Who a pronoun that introduces a quotation means: "I", "he"/"she", "they" and "it".

- "I" is the speaker of a transcript's turn, else the article's narrator;
- "he"/"she" the person a careful reader takes the sentence to be about, by the rules of
  :mod:`quotes_api.extraction.pronouns`, :mod:`quotes_api.extraction.opening_subjects` and the
  salience of :class:`~quotes_api.extraction.antecedents.Antecedents`;
- "they" the body or group the sentence is about, else the last group quoted or named;
- "it" the document or body just quoted or standing as subject, else the last organisation.

:class:`~quotes_api.extraction.resolve.Resolver` builds on this class and reads the phrases
these rules hand back ("RAY:", "the email") with ``_resolve_one``.
"""

from __future__ import annotations

from quotes_api.extraction.antecedents import Antecedents
from quotes_api.extraction.cataphora import cataphor
from quotes_api.extraction.described_subjects import described_subject
from quotes_api.extraction.descriptions import DescriptionResolver
from quotes_api.extraction.entities import DocumentEntities, Entity
from quotes_api.extraction.lexicon import PLACE_HEADS, PLACES
from quotes_api.extraction.narrators import narrator
from quotes_api.extraction.opening_subjects import (
    after_participle,
    inverted_subject,
    lone_surname_opening,
    reported_before,
)
from quotes_api.extraction.pronouns import answerer, chain_start
from quotes_api.extraction.relatives import relative_head
from quotes_api.extraction.thing_subjects import body_subject, principal_of_group, thing_subject
from quotes_api.extraction.topics import topic_subject
from quotes_api.extraction.transcripts import turn_at


class PronounResolver(Antecedents):
    """Resolves the pronouns of one document in reading order."""

    def __init__(self, entities: DocumentEntities) -> None:
        super().__init__(entities)
        self._thing: tuple[int, list[Entity]] | None = None  # the last document or body quoted
        self._narrator: str | None = None  # who "I" is outside quotations, read when first needed
        self.descriptions = DescriptionResolver(entities)

    def _resolve_one(self, phrase: str, position: int) -> list[Entity]:
        """The speakers a phrase as written means; the full resolver reads it."""
        raise NotImplementedError

    def _pronoun(self, pronoun: str, position: int) -> list[Entity]:
        if pronoun == "i":
            return self._first_person(position)
        if pronoun in ("he", "she"):
            return self._person(pronoun, position)
        if pronoun == "they":
            return self._they(position)
        if pronoun == "it":
            return self._it(position)
        return []

    def _first_person(self, position: int) -> list[Entity]:
        if (turn := turn_at(self.entities.masked, position)) is not None:
            return self._resolve_one(turn, position)  # "RAY: I said ..." in a transcript
        if self._narrator is None:
            self._narrator = narrator(self.entities.masked) or ""
        return self._resolve_one(self._narrator, position) if self._narrator else []

    def _person(self, pronoun: str, position: int) -> list[Entity]:
        # People known to fit first: "Ana Ruiz spoke in Atlantic City. 'No,' she said."
        gender = "male" if pronoun == "he" else "female"
        if (anticipated := cataphor(self.entities, position, gender)) is not None:
            return [self._learn(anticipated, gender)]  # "After he left, Pastor Tom Ray ..."
        start = chain_start(self.entities, self.history, position, pronoun)  # "He ... he said"
        if start == position and (head := relative_head(self.entities, position, gender)):
            return [self._learn(head, gender)]  # "Ray, the mayor who won when he said"
        if start == position and (
            topic := topic_subject(self.entities, position, gender, self._plausible_person)
        ):
            return [self._learn(topic, gender)]  # "Okafor pleaded ... Okafor was ...; he had"
        if start == position and (content := reported_before(self.entities, position, pronoun)):
            start = position = content  # "Ray isn't a conservative, he said.": not Ray
        if (opening := after_participle(self.entities, start)) is not None:
            start = opening  # "Inspired by Tom Ray, he ...": not Ray
            position = min(position, opening)
        asked = answerer(self.entities, start, gender)  # "X asked Ray ... '...,' he said"
        if asked is not None:
            return [self._learn(asked, gender)]
        lone = lone_surname_opening(self.entities, start)  # "Carson defied it. '...,' he said"
        lone = lone or inverted_subject(self.entities, start, gender)  # "... was Ray, a cook."
        if lone is not None:
            return [self._learn(lone, gender)]
        if (role_named := described_subject(self.entities, start, gender)) is not None:
            return [self._learn(role_named, gender)]  # "the president framed ... He"
        person = (
            self._last_person(start, gender, strict=True)
            or self._last_person(start, gender)
            or self._last_person(position, gender)
        )
        return [person] if person else []

    def _they(self, position: int) -> list[Entity]:
        described = thing_subject(self.entities, position, plural=True)  # "The groups say"
        if described is not None and (found := self._resolve_one(described, position)):
            return found
        if (principal := principal_of_group(self.entities, position)) is not None:
            return self._pronoun(*principal)  # "She and her aides argue ... They note"
        if (group_body := body_subject(self.entities, position)) is not None:
            return [group_body]  # "Council Democrats stalled the levy because they said"
        best: tuple[int, list[Entity]] | None = None
        for pos, speakers in reversed(self.history):
            if position - pos > 3000:
                break
            if len(speakers) > 1 or speakers[0].kind == "unnamed" and speakers[0].name.endswith("s"):
                best = (pos, list(speakers))
                break
        named = [
            g
            for g in self.entities.groups
            if g[0] < position and position - g[0] <= 1500 and all(self._plausible_person(e) for e in g[1])
        ]
        if named and (best is None or named[-1][0] > best[0]):
            best = named[-1]
        return best[1] if best else []

    def _it(self, position: int) -> list[Entity]:
        # '"...," the email read. It added ...': the thing just quoted speaks on.
        thing = self._thing
        if thing and self.history and self.history[-1][0] == thing[0] and position - thing[0] <= 1500:
            return list(thing[1])
        described = thing_subject(self.entities, position)  # "The email was sent by Ray. It reads"
        if described is not None:
            found = self._resolve_one(described, position)
            if found and found[0].kind != "unnamed":
                return found
        # A place named as a setting ("at a rally in Iowa") is rarely what "it said" means.
        for pos, entity in self.entities.recent(position, 3000):
            body = entity.kind == "organisation" or (
                position - pos <= 1500 and self.descriptions.body_like(entity, pos)
            )  # "Zentrix said"
            if body and entity.name.lower() not in PLACES and entity.tokens[-1].lower() not in PLACE_HEADS:
                return [entity]
        return []
