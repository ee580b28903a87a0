"""From a speaker phrase as written to canonical speakers, using what the document said so far.

- names go to the fullest form of that name in the document ("Wang" → "Wang Yi");
- he/she to the most recent compatible person, they to the last group of speakers;
- a role description ("the senior envoy") to the person named with that role, else to the
  person last quoted; an unmatched description of a person stays an ``unnamed`` speaker;
- documents, media, organisations and spokespeople described by their kind go through
  :mod:`quotes_api.extraction.descriptions`, which may give no speaker at all.
"""

from __future__ import annotations

import re

from quotes_api.extraction.antecedents import Antecedents, is_person_noun
from quotes_api.extraction.campaigns import campaign_owner
from quotes_api.extraction.descriptions import DescriptionResolver
from quotes_api.extraction.entities import DocumentEntities, Entity
from quotes_api.extraction.epithets import article_before, sentence_subject
from quotes_api.extraction.headlines import in_capitals
from quotes_api.extraction.lexicon import (
    EVENT_ROLES,
    FEMALE_TITLES,
    MALE_TITLES,
    ORG_HEADS,
    PLACE_HEADS,
    PLACES,
    TITLES,
)
from quotes_api.extraction.lexicon.bodies import US_STATES
from quotes_api.extraction.lexicon.people import PERSON_NOUNS, RANK_WORDS
from quotes_api.extraction.lone_words import is_lone_common_word
from quotes_api.extraction.mentions import Mention, clean, parse_mention
from quotes_api.extraction.places import is_place, person_before_place
from quotes_api.extraction.principals import principal_after
from quotes_api.extraction.pronouns import answerer, chain_start
from quotes_api.extraction.roles import apposed_name, split_plural_title
from quotes_api.extraction.transcripts import turn_at, turn_speaker


def _gender_of(words: list[str]) -> str | None:
    """ "the actress" is a woman, "the businessman" a man; "the senator" could be either."""
    if set(words) & FEMALE_TITLES:
        return "female"
    return "male" if set(words) & MALE_TITLES else None


class Resolver(Antecedents):
    """Resolves speaker phrases of one document in reading order."""

    def __init__(self, entities: DocumentEntities) -> None:
        super().__init__(entities)
        self._unnamed: dict[str, Entity] = {}
        self.descriptions = DescriptionResolver(entities)

    def remember(self, position: int, speakers: list[Entity]) -> None:
        if speakers:
            self.history.append((position, speakers))

    def resolve(self, parts: tuple[str, ...], position: int) -> list[Entity]:
        out: list[Entity] = []
        for part in split_plural_title(parts):
            for entity in self._resolve_one(part, position):
                if entity not in out:
                    out.append(entity)
        return out

    def _resolve_one(self, phrase: str, position: int) -> list[Entity]:
        phrase = turn_speaker(phrase, self.entities.knows_token)  # "PIKE:" in a transcript
        mention = parse_mention(phrase)
        if mention.name and in_capitals(mention.name):
            return []  # "FULL TEXT.": a heading, not who spoke
        if (place := mention.name) and is_place(place):
            person = person_before_place(self.entities.masked, position)
            if person is not None:  # "Stacy Bell of Dunmore, Ohio says": Stacy Bell
                mention = parse_mention(person)
            elif place.lower() in US_STATES and clean(phrase) == place:
                return []  # "Ohio declared": a state speaks as "the state of Ohio", not by its name
        if mention.kind == "pronoun":
            return self._pronoun(mention.pronoun or "", position)
        if (owner := campaign_owner(clean(phrase))) is not None:  # "Ray's campaign"
            return self._campaign(owner, phrase, position)
        apposed = apposed_name(phrase)  # "the striker, Ana Ruiz", "a spokeswoman for Acme, Ann Pike"
        if apposed is not None:
            named = self.entities.resolve_name(parse_mention(apposed[0]), position)
            if apposed[1] not in named.roles:
                named.roles.append(apposed[1])
            return [named]
        if (
            mention.name
            and mention.kind == "person"
            and is_lone_common_word(
                clean(phrase),
                mention.name,
                self.entities.masked,
                self.entities.knows_token,
                self.descriptions.word_after(phrase, position),
            )
        ):
            return []  # "Early in his campaign, ...": an ordinary word, not a person
        if mention.name:
            named = self.descriptions.fullest(self.entities.resolve_name(mention, position), position)
            self.descriptions.keep_spokes_role(phrase, named)  # "a spokesman for Acme"
            return [named]
        description = (mention.role or "").strip()
        if not description:
            return []
        head = re.findall(r"[a-z][a-z-]*", description.lower())  # "front-runner", "year-old"
        # "the business |mogul": the phrase read may have lost its article
        definite = phrase.lower().startswith(("the ", "this ", "that ")) or (
            phrase[:1].islower() and article_before(self.entities.masked, position)
        )
        if definite and head and head[-1] in ORG_HEADS:
            body = self.entities.organisation_named(head[-1], position)  # "the association"
            if body is not None:
                return [body]
        if (principal := principal_after(self.entities.masked, clean(phrase), position)) is not None:
            return self._resolve_one(principal, position)  # "said a longtime adviser to Ann Pike"
        if (
            definite
            and head
            and not mention.plural
            and head[-1] in TITLES
            and (opener := sentence_subject(self.entities, position, head[-1])) is not None
        ):
            return [opener]  # "Ray defends it in an ad: '...,' the senator says"
        described = self.descriptions.resolve(phrase, description, position)
        if described is not None:
            return described
        if definite and head and not mention.plural and (is_person_noun(head[-1]) or head[-1] == "year-old"):
            # Whoever was named with that role; failing that, for the common roles of news
            # ("the minister", "the envoy"), the person just quoted or named.
            holder = self.entities.by_role(description, position)
            if (
                holder is None
                and head[-1] not in EVENT_ROLES
                and (head[-1] in PERSON_NOUNS or head[-1] in TITLES or head[-1] == "year-old")
            ):
                holder = self._last_person(position, _gender_of(head)) or self._last_speaker(position)
                ranks = set(head) & RANK_WORDS - {"former", "first"}
                # "the vice president" after the president spoke is someone else
                if (
                    holder is not None
                    and ranks
                    and not any(ranks <= set(r.lower().split()) for r in holder.roles)
                ):
                    holder = None
            if holder is not None:
                if phrase not in holder.aliases:
                    holder.aliases.append(phrase)
                return [holder]
        key = description.lower()
        if key not in self._unnamed:
            self._unnamed[key] = Entity(description, "unnamed", aliases=[phrase])
        return [self._unnamed[key]]

    def _campaign(self, owner: str, phrase: str, position: int) -> list[Entity]:
        """ "Ray's campaign", "his campaign": the organisation "Tom Ray campaign", named by the
        candidate's fullest name."""
        pronoun = {"his": "he", "her": "she"}.get(owner)
        candidates = self._pronoun(pronoun, position) if pronoun else self._resolve_one(owner, position)
        if len(candidates) != 1 or candidates[0].kind != "person":
            return candidates
        name = f"{candidates[0].name} campaign"
        campaign = self.entities.resolve_name(Mention(name, name, None, "organisation"), position)
        if phrase not in campaign.aliases:
            campaign.aliases.append(phrase)
        return [campaign]

    def _pronoun(self, pronoun: str, position: int) -> list[Entity]:
        if pronoun == "i" and (turn := turn_at(self.entities.masked, position)) is not None:
            return self._resolve_one(turn, position)  # "RAY: I said ..." in a transcript
        if pronoun in ("he", "she"):
            # People known to fit first: "Ana Ruiz spoke in Atlantic City. 'No,' she said."
            gender = "male" if pronoun == "he" else "female"
            start = chain_start(self.entities, self.history, position, pronoun)  # "He ... he said"
            asked = answerer(self.entities, start, gender)  # "X asked Ray ... '...,' he said"
            if asked is not None:
                return [self._learn(asked, gender)]
            person = (
                self._last_person(start, gender, strict=True)
                or self._last_person(start, gender)
                or self._last_person(position, gender)
            )
            return [person] if person else []
        if pronoun == "they":
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
                if g[0] < position
                and position - g[0] <= 1500
                and all(self._plausible_person(e) for e in g[1])
            ]
            if named and (best is None or named[-1][0] > best[0]):
                best = named[-1]
            return best[1] if best else []
        if pronoun == "it":
            # A place named as a setting ("at a rally in Iowa") is rarely what "it said" means.
            for pos, entity in self.entities.recent(position, 3000):
                body = entity.kind == "organisation" or (
                    position - pos <= 1500 and self.descriptions.body_like(entity, pos)
                )  # "Zentrix said"
                if (
                    body
                    and entity.name.lower() not in PLACES
                    and entity.tokens[-1].lower() not in PLACE_HEADS
                ):
                    return [entity]
        return []
