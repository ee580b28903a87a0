"""Speakers written as a description, resolved the way a reader does (issue 13, classes 1-4, 9).

- a role with the name in apposition speaks as that name: "the striker, Ana Ruiz," → Ana Ruiz;
- a document speaks for whoever the article says issued it: "the email" after "Tom Ray's campaign
  sent out an email" → Tom Ray, "the statement" → who released the statement;
- a medium or an organisation described by its kind ("the newspaper", "the company") is the one
  of that kind the article last named; a short name of one ("The Post") is its fullest form
  ("The Washington Post");
- an unnamed spokesperson of a named body speaks for it: "a spokeswoman for Acme" → Acme;
- a description of a role ("the Florida senator", "the former president") is the person named
  with that role, read from abbreviated titles too ("Sen. Rui Vance (R-Fla.)").

A description of a document, a medium or an organisation that nothing in the article resolves
gives no speaker at all (``[]``): "email", "report" and "newspaper" are nobody.

>>> from quotes_api.extraction.pipeline import extract
>>> text = 'The Daily Courier ran the story. "It is over," the newspaper said.'
>>> extract(text)[0].speaker_names
['Daily Courier']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.described_bodies import body_described, described_as, of_kind, staff_before
from quotes_api.extraction.documents import Issuers
from quotes_api.extraction.lexicon import (
    DOCUMENT_NOUNS,
    EITHER_NAMES,
    FEMALE_NAMES,
    MALE_NAMES,
    MEDIA_NOUNS,
    ORG_NOUNS,
    PLACES,
    ROLE_SYNONYMS,
    SPOKES_NOUNS,
    TITLES,
)
from quotes_api.extraction.lexicon.bodies import MEDIA_PIECES
from quotes_api.extraction.lexicon.function_words import ARTICLES, DESCRIPTION_OPENERS
from quotes_api.extraction.lexicon.people import RIVAL_PARTIES, SUBORDINATE_RANKS
from quotes_api.extraction.mentions import NAME_RUN, clean, parse_mention
from quotes_api.extraction.roles import is_medium, role_words

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

_WORDS = re.compile(r"[a-z][a-z-]*")
# What follows a spokesperson: "a spokeswoman for Acme Corp.", "an official with the Harbour Council"
# or "a spokesman for Liberal presidential candidate Ann Pike"
_FOR_OWNER = re.compile(
    r"\s+(?:for|of|at|with|from)\s+(?:the\s+)?(?P<run>[A-Z][\w'’.&-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?)?(?:the\s+)?[A-Z][\w'’.&-]*)*)"
)
_WHICH = re.compile(r",\s+which\b")


def _described_as_medium(entity: Entity) -> bool:
    """Was the name given a medium's description ("Westmark's largest newspaper")?"""
    return any(role.split()[-1].lower().strip(".,") in MEDIA_NOUNS for role in entity.roles if role.split())


class DescriptionResolver:
    """Resolves descriptions that name no one, for one document (see the module's rules)."""

    def __init__(self, entities: DocumentEntities) -> None:
        self.entities = entities
        self.masked = entities.masked
        self.issuers = Issuers(entities, self.fullest, self._described_body)

    def resolve(self, phrase: str, description: str, position: int) -> list[Entity] | None:
        """The speakers a description stands for; ``[]`` for a thing that is nobody; None when
        these rules do not apply (the caller's own rules go on)."""
        words = _WORDS.findall(description.lower())
        if not words:
            return None
        head = words[-1]
        definite = clean(phrase).lower().startswith(("the ", "this ", "that ", "these ", "its "))
        if head in SPOKES_NOUNS:
            owner = self._spokes_owner(phrase, description, position)
            if owner is not None:
                return [owner]
            return None
        if head in MEDIA_PIECES or (head in DOCUMENT_NOUNS and set(words) & MEDIA_NOUNS):
            # "the editorial", "the newspaper's editorial": the medium that ran it
            medium = (
                self.issuers.owner_in(description, position)
                or self.issuers.medium_of_piece(head, position)  # "a column in the Courier newspaper"
                or self._latest_org(position, media=True)
                or self._latest_org(position, media=False)
            )
            if medium is not None:
                return [medium]
        if head in DOCUMENT_NOUNS:
            issuer = self.issuers.issuer(head, phrase, description, position)
            return [issuer] if issuer is not None else []
        if definite and (head in MEDIA_NOUNS or head in ORG_NOUNS):
            # "the Harbour Leader newspaper"; "the PAC" after "The super PAC, Vote Ely Action,"
            body = body_described(self.entities, phrase, head, position)
            if body is not None:
                return [self.fullest(body, position)]
        if head in MEDIA_NOUNS or (head == "board" and "editorial" in words):
            medium = self._latest_org(position, media=True)
            return [medium] if medium is not None else ([] if definite else None)
        if definite and head in ORG_NOUNS:
            body = self._latest_org(position, media=False, head=head)
            return [body] if body is not None else []
        if definite and head in TITLES:
            holder = self._holder(description, position)
            if holder is not None:
                return [holder]
            return None
        if definite and description[-1:].isupper():
            # "the influential US": the description goes on past the capitalised word
            following = self.word_after(phrase, position)
            if following in MEDIA_NOUNS:
                medium = self._latest_org(position, media=True)
                return [medium] if medium is not None else []
            return []
        return None

    def _described_body(self, head: str, position: int) -> Entity | None:
        """The body "the company" (``head``) means at ``position``: one named with that word,
        else the organisation a reader takes it for."""
        return (
            self.entities.organisation_named(head, position)
            or described_as(self.entities, head, position)
            or self._latest_org(position, media=False, head=head)
        )

    def poll_issuer(self, start: int, end: int) -> Entity | None:
        """Who ran the poll spoken of at ``start``..``end`` ("a Quarry University"), named in
        its phrase or as the issuer of a poll spoken of before."""
        return self.issuers.owner_in(self.masked[start:end], start) or self.issuers.earlier("poll", start)

    # -- role holders ---------------------------------------------------------------------------

    def _holder(self, description: str, position: int) -> Entity | None:
        """The person named with the role a description gives: its head noun ("senator", also
        from "Sen."), the words of an "of" complement ("secretary of state") and its rank words
        ("vice", "deputy"; "former" may be left unsaid); a place or party word before the head
        ("the Florida senator") picks among several holders."""
        words = description.replace("’", "'").split()
        low = [w.lower() for w in words]
        if "of" in low[1:]:
            k = low.index("of")
            head, complement = low[k - 1], {w for w in low[k + 1 :] if w not in ARTICLES}
            modifiers = words[: k - 1]
        else:
            head, complement, modifiers = low[-1], set(), words[:-1]
        heads = ROLE_SYNONYMS.get(head, {head})
        ranks = {w.lower() for w in modifiers} & SUBORDINATE_RANKS
        marks = {w.lower().strip(",") for w in modifiers if w[:1].isupper()}
        candidates = []
        seen: set[Entity] = set()  # each person's roles are read once, at their latest mention
        for _, entity in self.entities.recent(position):
            if entity.kind != "person" or entity in seen:
                continue
            seen.add(entity)
            for role in entity.roles:
                have = role_words(role)
                # "the president" is not the vice president, nor "the minister" the deputy one
                if heads & have and complement <= have and ranks == have & SUBORDINATE_RANKS:
                    candidates.append(entity)
                    break
        if not candidates:
            return None
        for entity in candidates:
            if marks and all(any(m in role_words(r) for r in entity.roles) for m in marks):
                return entity
        # "the Democratic candidate" is not the Republican one named last
        rivals = {rival for mark in marks for rival in RIVAL_PARTIES.get(mark, ())}
        return next(
            (entity for entity in candidates if not any(rivals & role_words(r) for r in entity.roles)), None
        )

    # -- organisations and media --------------------------------------------------------------

    def fullest(self, entity: Entity, position: int) -> Entity:
        """An organisation's fullest name in the document: "Post" → "Washington Post"."""
        if entity.kind != "organisation":
            return entity
        tokens = entity.tokens
        best = None
        for other in self.entities.entities:
            if other is entity or other.kind != "organisation" or len(other.tokens) <= len(tokens):
                continue
            if (
                other.tokens[-len(tokens) :] == tokens
                and other.positions
                and other.positions[0] < position
                and (best is None or len(other.positions) > len(best.positions))
            ):
                best = other
        if best is None:
            return entity
        for alias in entity.aliases:
            if alias not in best.aliases:
                best.aliases.append(alias)
        return best

    def _latest_org(self, position: int, media: bool, head: str = "") -> Entity | None:
        """The organisation (a medium, when ``media``) last named before ``position``; for any
        organisation, one standing as a subject in the 1,500 characters before comes first
        ("Acme declined, telling the Courier that ..." → Acme, not the Courier)."""
        first = None
        for pos, entity in self.entities.recent(position, 6000):
            if entity.name.lower() in PLACES:
                continue
            near = position - pos <= 1500
            # "the Eastland Leader, Westmark's largest newspaper", "the editors of the Eastland Leader"
            described = _described_as_medium(entity) or staff_before(self.masked, pos)
            if entity.kind != "organisation" and not described and not (near and self.body_like(entity, pos)):
                continue
            if not of_kind(entity, head):
                continue  # "the company" is no school or committee
            if media:
                if described or is_medium(entity.name):
                    return self.fullest(entity, position)
                continue
            if near and self.entities.is_subject(pos):
                return self.fullest(entity, position)
            first = first or entity
            if not near:
                break  # nothing near stood as a subject: the organisation named last
        return self.fullest(first, position) if first else None

    def body_like(self, entity: Entity, position: int) -> bool:
        """A name the scan took for a person that acts as a body would: no given name, title or
        gender, standing as a subject ("Twitter acknowledged that ...", "Business Insider also
        commented ...")."""
        first = entity.tokens[0].lower()
        # a role whose head is no title ("House supported", a misread) does not make a person
        titled = any(role.split()[-1].lower().strip(".,") in TITLES for role in entity.roles if role.split())
        return (
            entity.gender is None
            and not titled
            and first not in MALE_NAMES
            and first not in FEMALE_NAMES
            and first not in EITHER_NAMES
            and (self.entities.is_subject(position) or self._which_after(position))
        )

    def _which_after(self, position: int) -> bool:
        """Is the name followed by ", which" ("employers such as Dunmore Seeds, which opposed
        the bill"): a thing, not a person, is meant."""
        return _WHICH.match(self.masked, self.entities.mention_end(position)) is not None

    def word_after(self, phrase: str, position: int) -> str:
        cleaned = clean(phrase)
        at = self.masked.find(cleaned, position, position + len(phrase) + 40)
        if at < 0:
            return ""
        rest = self.masked[at + len(cleaned) : at + len(cleaned) + 30].split()
        return rest[0].lower().strip(",.;:") if rest else ""

    # -- spokespeople ---------------------------------------------------------------------------

    @staticmethod
    def keep_spokes_role(phrase: str, entity: Entity) -> None:
        """ "a spokesman for Acme": Acme speaks, with the role "spokesman" kept on it."""
        words = clean(phrase).split()
        if (
            entity.kind == "organisation"
            and len(words) > 2
            and words[1].lower() in SPOKES_NOUNS
            and words[0].lower() in DESCRIPTION_OPENERS
            and words[1] not in entity.roles
        ):
            entity.roles.append(words[1].lower())

    def _spokes_owner(self, phrase: str, description: str, position: int) -> Entity | None:
        """Who an unnamed spokesperson speaks for: "an Acme spokeswoman", "a spokesman for
        Acme", "Pike's spokesman"."""
        bare = clean(phrase)
        at = self.masked.find(bare, position, position + len(phrase) + 40)
        after = self.masked[at + len(bare) : at + len(bare) + 120] if at >= 0 else ""
        m = _FOR_OWNER.match(after)
        owner_text = m["run"] if m else None
        if owner_text is None:
            modifier = description.rsplit(" ", 1)[0] if " " in description else ""
            modifier = re.sub(r"['’]s?$", "", modifier.strip())
            run = NAME_RUN.fullmatch(modifier.split(" ", 1)[-1] if modifier[:1].islower() else modifier)
            owner_text = run.group() if run else None
        if not owner_text:
            return None
        owner = parse_mention(owner_text)
        if owner.name is None:
            return None
        entity = self.entities.resolve_name(owner, position)
        entity = self.fullest(entity, position)
        role = description.split()[-1]
        if entity.kind == "organisation" and role not in entity.roles:
            entity.roles.append(role)
        return entity
