"""From a speaker phrase as written to canonical speakers, using what the document said so far.

- names go to the fullest form of that name in the document ("Wang" → "Wang Yi");
- pronouns by :mod:`quotes_api.extraction.pronoun_resolution`, which this resolver builds on;
- a role description ("the senior envoy") to the person named with that role, else to the
  person last quoted; an unmatched description of a person stays an ``unnamed`` speaker;
- documents, media, organisations and spokespeople described by their kind go through
  :mod:`quotes_api.extraction.descriptions`, which may give no speaker at all.
"""

from __future__ import annotations

import re

from quotes_api.extraction.antecedents import is_person_noun
from quotes_api.extraction.campaigns import campaign_owner
from quotes_api.extraction.entities import DocumentEntities, Entity
from quotes_api.extraction.epithets import answering, article_before, sentence_subject
from quotes_api.extraction.headlines import in_capitals
from quotes_api.extraction.lexicon import (
    AFFILIATIONS,
    EVENT_ROLES,
    FEMALE_TITLES,
    MALE_TITLES,
    ORG_HEADS,
    ORG_NOUNS,
    SPOKES_NOUNS,
    TITLES,
)
from quotes_api.extraction.lexicon.bodies import PARTY_ADJECTIVES, US_STATES
from quotes_api.extraction.lexicon.people import (
    CANDIDACY_WORDS,
    OWNER_BODIES,
    PAIR_WORDS,
    PERSON_NOUNS,
    RANK_WORDS,
)
from quotes_api.extraction.lone_words import is_lone_common_word
from quotes_api.extraction.mentions import Mention, clean, parse_mention
from quotes_api.extraction.narrators import is_thing
from quotes_api.extraction.places import is_place, person_before_place
from quotes_api.extraction.polls import share_and_poll
from quotes_api.extraction.possessives import owned_role, role_holder, role_named_after, shared_role_holder
from quotes_api.extraction.principals import principal_after
from quotes_api.extraction.pronoun_resolution import PronounResolver
from quotes_api.extraction.roles import apposed_name, role_words, split_plural_title
from quotes_api.extraction.transcripts import turn_speaker


def _gender_of(words: list[str]) -> str | None:
    """ "the actress" is a woman, "the businessman" a man; "the senator" could be either."""
    if set(words) & FEMALE_TITLES:
        return "female"
    return "male" if set(words) & MALE_TITLES else None


def _singular(noun: str) -> str:
    """ "lawmakers" → "lawmaker", "chairmen" → "chairman"; "" for a noun that is not plural."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else ""


_DESCRIBED_OWNER = re.compile(r"(?:the\s+)?([a-z][\w\s-]*?)['’]s?\s+[a-z]+")


def _described_owner(description: str) -> str | None:
    """ "former vice president's spokeswoman" → "the former vice president"."""
    m = _DESCRIBED_OWNER.fullmatch(description.strip())
    return f"the {m[1]}" if m else None


class Resolver(PronounResolver):
    """Resolves speaker phrases of one document in reading order."""

    def __init__(self, entities: DocumentEntities) -> None:
        super().__init__(entities)
        self._unnamed: dict[str, Entity] = {}
        self._headliner: list[Entity] | None = None  # the first person the headline names, if any

    def remember(self, position: int, speakers: list[Entity]) -> None:
        if speakers:
            self.history.append((position, speakers))
            self.quoted.update(speakers)

    def resolve(self, parts: tuple[str, ...], position: int) -> list[Entity]:
        poll = share_and_poll(self.entities.masked, self.entities.sentence_start(position), position)
        if poll is not None and (issuer := self.descriptions.poll_issuer(*poll)) is not None:
            return [issuer]  # "In a Quarry poll, 40 percent of voters said"
        out: list[Entity] = []
        for part in split_plural_title(parts):
            for entity in self._resolve_one(part, position):
                if entity not in out:
                    out.append(entity)
        if out and len(parts) == 1 and is_thing(parts[0]):
            self._thing = (position, out)  # "the email read": what a next "it" goes on with
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
        if mention.kind == "unnamed" and self.entities.knows_token(word := clean(phrase)):
            mention = Mention(word, word, None, "person")  # "said Cuban" after "Mark Cuban"
        if mention.kind == "pronoun":
            return self._pronoun(mention.pronoun or "", position)
        cleaned = clean(phrase)
        if mention.name and mention.name.lower() in ORG_NOUNS and cleaned.lower().startswith("the "):
            mention = Mention(phrase, None, mention.name.lower(), "unnamed")  # "the PAC": its kind, no name
        if (owner := campaign_owner(cleaned)) is not None:  # "Ray's campaign"
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
                cleaned,
                mention.name,
                self.entities.masked,
                self.entities.knows_token,
                lambda: self.descriptions.word_after(phrase, position),
            )
        ):
            return []  # "Early in his campaign, ...": an ordinary word, not a person
        if mention.name:
            named = self.descriptions.fullest(self.entities.resolve_name(mention, position), position)
            self.descriptions.keep_spokes_role(phrase, named)  # "a spokesman for Acme"
            return [named]
        return self._described(phrase, mention, cleaned, position)

    def _described(self, phrase: str, mention: Mention, cleaned: str, position: int) -> list[Entity]:
        """A speaker written as a description ("the senator", "the association", "Pike's
        spokeswoman"): the body or person the article gives it, else an ``unnamed`` speaker."""
        description = (mention.role or "").strip()
        if not description:
            return []
        # "front-runner", "year-old"; the head of "secretary of state" is "secretary"
        head = re.findall(r"[a-z][a-z-]*", description.lower().split(" of ", 1)[0])
        # "the ferry |magnate": the phrase read may have lost its article
        definite = phrase.lower().startswith(("the ", "this ", "that ")) or (
            (phrase[:1].islower() or phrase.split()[0].lower() in AFFILIATIONS | PARTY_ADJECTIVES)
            and article_before(self.entities.masked, position)  # "the ... and |Democratic candidate"
        )
        if definite and head and head[-1] in ORG_HEADS:
            body = self.entities.organisation_named(head[-1], position)  # "the association"
            if body is not None:
                return [body]
        if (principal := principal_after(self.entities.masked, cleaned, position)) is not None:
            return self._resolve_one(principal, position)  # "said a longtime adviser to Ann Pike"
        if (
            definite
            and head
            and not mention.plural
            and head[-1] in TITLES
            and (opener := sentence_subject(self.entities, position, head[-1])) is not None
        ):
            return [opener]  # "Ray defends it in an ad: '...,' the senator says"
        if head and head[-1] in SPOKES_NOUNS and (owner := _described_owner(description)) is not None:
            principals = self._resolve_one(owner, position)  # "the former vice president's spokeswoman"
            if len(principals) == 1 and principals[0].kind != "unnamed":
                return principals
        described = self.descriptions.resolve(phrase, description, position)
        if described is not None:
            return described
        if (owned := owned_role(description)) is not None and not mention.plural:
            found = self._owned(*owned, position)  # "Pike's campaign manager", "his office"
            if found is not None:
                return found
        if definite and head and (set(head) & PAIR_WORDS or is_person_noun(_singular(head[-1]))):
            # "the two lawmakers", "the committee chairmen": the pair just named, as "they" is
            group = self._pronoun("they", position)
            if len(group) > 1:
                return group
        if definite and head and not mention.plural and (is_person_noun(head[-1]) or head[-1] == "year-old"):
            holder = self._role_holder(description, head, position)
            if holder is not None:
                if phrase not in holder.aliases:
                    holder.aliases.append(phrase)
                return [holder]
        key = description.lower()
        if key not in self._unnamed:
            self._unnamed[key] = Entity(description, "unnamed", aliases=[phrase])
        return [self._unnamed[key]]

    def _role_holder(self, description: str, head: list[str], position: int) -> Entity | None:
        """The person "the judge" or "the candidate" means: whoever was named with that role,
        before or else just after ("the judge ... Judge Ray"); failing that, for the common
        roles of news, the person just quoted or named."""
        holder = (
            self.entities.by_role(description, position)
            or self.entities.by_role(description, position, 1500)
            or shared_role_holder(self.entities, head[-1], position)  # "hosts Joe Bell and Mia Stone"
        )
        if (
            holder is None
            and head[-1] not in EVENT_ROLES
            and (head[-1] in PERSON_NOUNS or head[-1] in TITLES or head[-1] == "year-old")
        ):
            # the people named in its own sentence before it (in "In an interview with Joe Bell,
            # the candidate said") are not the one it describes
            start = self.entities.sentence_start(position)
            holder = (
                set(head) & CANDIDACY_WORDS
                and self._principal(_gender_of(head))
                or self._last_person(start, _gender_of(head))
                or self._last_speaker(position)
            )
            holder = answering(self.entities, self.history, position, holder)  # not the one asking
            ranks = set(head) & RANK_WORDS - {"former", "first"}
            # "the vice president" after the president spoke is someone else
            if (
                holder is not None
                and ranks
                and not any(ranks <= set(r.lower().split()) for r in holder.roles)
                and any(head[-1] in role_words(r) for r in holder.roles)  # one known in another rank
            ):
                holder = None
        return holder

    def _principal(self, gender: str | None) -> Entity | None:
        """The candidate an article is about, whom "the nominee" or "the front-runner" means
        when no one is named with that role: the first person its headline names, if a given
        name or title tells their gender (a headline's capitals are often no name)."""
        if self._headliner is None:
            end = max(0, self.entities.masked.find("\n"))
            people = [e for _, e in self.entities.mentions_in(0, end) if e.kind == "person"]
            self._headliner = people[:1]
        for person in self._headliner:
            if person.gender is not None and person.gender == (gender or person.gender):
                return person
        return None

    def _owned(self, owner: str, role: str, position: int) -> list[Entity] | None:
        """ "Pike's campaign manager": the person named with that role; "his office": its
        owner. Otherwise None: the description stays an unnamed speaker ("Pike's campaign
        manager", "Pike's office", "her father"), which says more than no speaker at all."""
        holder = role_holder(self.entities, role, position) or role_named_after(self.entities, role, position)
        if holder is not None:
            return [holder]
        pronoun = {"his": "he", "her": "she", "their": "they"}.get(owner)
        if pronoun is None or role.split()[-1] not in OWNER_BODIES:
            return None
        return self._pronoun(pronoun, position)

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
