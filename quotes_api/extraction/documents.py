"""Who issued a document that speaks (issue 13, class 4): "the statement said", "the lawsuit
contends", "the narrator says".

The issuer is, in order: a name in the description ("Pike's statement", "a Quinnipiac poll");
a name after it ("an email from Tom Ray", "a report by the Harbour Council"); where one of the
last four sentences spoke of such a document, the owner before it ("Tom Ray's fundraising
email") or the subject of that sentence ("Tom Ray sent out an email"); failing all that, the
last subject that stated or issued something shortly before, else the last subject at all.

>>> from quotes_api.extraction.pipeline import extract
>>> text = 'Acme Freight confirmed the sale. "We are pleased," the statement said.'
>>> extract(text)[0].speaker_names
['Acme Freight']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from quotes_api.extraction.cues import inflections, is_cue_word
from quotes_api.extraction.entities import Entity
from quotes_api.extraction.lexicon import MEDIA_NOUNS, ORG_NOUNS, PLACES
from quotes_api.extraction.lexicon.bodies import AD_NOUNS, AD_VOICES, DOCUMENT_SYNONYMS
from quotes_api.extraction.lexicon.function_words import NOUN_MARKERS
from quotes_api.extraction.lexicon.times import DATE_WORDS
from quotes_api.extraction.lexicon.verbs import BEFORE_VERB, ISSUING_VERBS
from quotes_api.extraction.mentions import NAME_RUN, clean, parse_mention
from quotes_api.extraction.places import in_dateline
from quotes_api.extraction.roles import is_medium

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities

_ISSUING = frozenset(form for verb in ISSUING_VERBS for form in inflections(verb))
# After a document noun: "an email from Tom Ray", "a report by the Harbour Council"
# (not past a participle: in "a leaflet quoting a few of Ray's remarks", Ray is no issuer)
_FROM_ISSUER = re.compile(
    r"(?:(?!\w+ing\b)[^.;\n]){0,40}?\b(?:from|by|of)\s+(?:the\s+)?(?:[a-z][\w'’-]*,?\s+){0,4}"
    r"(?=[A-Z])"
)
# After a document noun, a body described by its kind: "a letter from the staff association"
_FROM_DESCRIBED = re.compile(
    r"(?:(?!\w+ing\b)[^.;,\n]){0,40}?\b(?:from|by)\s+the\s+(?P<body>(?:[a-z][\w'’-]*\s+){0,2}"
    r"(?P<head>" + "|".join(sorted(ORG_NOUNS)) + r"))\b"
)
_RUN_BEFORE = re.compile(rf"(?:{NAME_RUN.pattern})(?:['’]s?)?[ \t]+$")
# "a letter in the weekly Quay Gazette", "an editorial in The Harbour Times"
_IN_MEDIUM = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}(?=[A-Z])")
# The heads of a body described by its kind; an acronym is written in capitals ("the PAC")
_BODY_HEADS = "|".join(sorted(ORG_NOUNS | {noun.upper() for noun in ORG_NOUNS if len(noun) <= 3}))
# "The company confirmed", "the group also announced": a body described by its kind, stating
_BODY_STATES = re.compile(
    r"\b[Tt]he\s+(?P<head>" + _BODY_HEADS + r")\s+(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z]+)"
)
# A subject that names no one before a document's noun: "she released", "the PAC tries"
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?P<pronoun>[Hh]e|[Ss]he)|[Tt]he\s+(?P<body>"
    + _BODY_HEADS
    + r"))\s+(?:also\s+|then\s+|later\s+)?(?=[a-z]+(?:ed|es|s)\b)"
)
# A document's noun in an opening phrase: "In the short film shown at the fair, the club ..."
_OPENING_IN = re.compile(r"\s*(?:In|With)\s+(?:the|a|an|its|their|this)\s+[^,.;]*$")
_COMMA_THEN = re.compile(r"[^.;,]*,\s+")
# A name a preposition governs ("the parents of two Ely students killed in ..."): no subject
_GOVERNED = re.compile(r"\b(?:of|for|to|with|by|from|among|against)\s+(?:[a-z0-9][\w-]*\s+){0,2}$")
_POSSESSIVE_BEFORE = re.compile(r"['’]s?(?:\s+[a-z][\w-]*){0,3}\s+$")


@functools.lru_cache(maxsize=256)
def _document_pattern(heads: str) -> re.Pattern[str]:
    """Where a document of one of these kinds is spoken of: "statement", "statements"."""
    return re.compile(rf"\b(?:{heads})(?:s|ed)?\b", re.I)


class Issuers:
    """Finds the issuer of a document, for one document's text."""

    def __init__(
        self,
        entities: DocumentEntities,
        fullest: Callable[[Entity, int], Entity],
        body: Callable[[str, int], Entity | None] | None = None,
    ) -> None:
        self.entities = entities
        self.masked = entities.masked
        self.fullest = fullest  # an organisation's fullest name ("Post" → "Washington Post")
        self.body = body  # the body "the company" means at a position

    def issuer(self, head: str, phrase: str, description: str, position: int) -> Entity | None:
        """Who issued the document ``phrase`` (its head noun ``head``) at ``position``."""
        return (
            self._issuer(head, phrase, description, position)
            or self.earlier(head, max(0, position - 3000), floor=max(0, position - 12_000))  # met earlier on
            or self._latest_subject(position)
        )

    def _issuer(self, head: str, phrase: str, description: str, position: int) -> Entity | None:
        owner = self.owner_in(description, position)
        if owner is not None and head in AD_NOUNS | AD_VOICES and owner.kind == "person":
            return self._political_committee(owner, position) or owner  # "the Rove ad": his PAC's
        if owner is not None:
            return owner
        bare = clean(phrase)
        at = self.masked.find(bare, position, position + len(phrase) + 40)
        if at >= 0:
            found = self._issuer_after(at + len(bare))
            if found is not None:
                return found
        return self.earlier(head, position)

    def earlier(self, head: str, position: int, floor: int | None = None) -> Entity | None:
        """The issuer of a document of this kind spoken of in the 3,000 characters before
        ``position`` (or from ``floor``), the last four times."""
        # "the narrator" speaks in the ad spoken of before, and "the ad" is the spot spoken of
        ads = AD_NOUNS if head in AD_VOICES | AD_NOUNS else frozenset()
        heads = sorted({head, *DOCUMENT_SYNONYMS.get(head, ())} | ads)
        pattern = _document_pattern("|".join(re.escape(h) for h in heads))
        floor = max(0, position - 3000) if floor is None else floor
        for m in list(pattern.finditer(self.masked, floor, position))[:-5:-1]:
            found = self._issuer_around(m.start(), m.end())
            if found is not None:
                return found
        return None

    def medium_of_piece(self, head: str, position: int) -> Entity | None:
        """The body a column or an editorial spoken of before ran in: "a weekly column in the
        Eastland Courier" (within the 3,000 characters before, the last four times)."""
        floor = max(0, position - 3000)
        for m in list(_document_pattern(re.escape(head)).finditer(self.masked, floor, position))[:-5:-1]:
            where = _IN_MEDIUM.match(self.masked, m.end())
            if where is None:
                continue
            for pos, entity in self.entities.mentions_in(where.end(), where.end() + 1):
                if entity.kind == "organisation" or is_medium(entity.name) or self._before_medium_noun(pos):
                    return self.fullest(entity, pos)
        return None

    def _before_medium_noun(self, position: int) -> bool:
        """ "the Courier newspaper": a name its medium noun follows."""
        end = self.entities.mention_end(position)
        following = self.masked[end : end + 20].split()
        return bool(following) and following[0].lower().strip(",.;") in MEDIA_NOUNS

    def owner_in(self, description: str, position: int) -> Entity | None:
        """ "Pike's statement", "the Ray campaign's email", "one Vance ad": the name in it."""
        run = None
        for m in NAME_RUN.finditer(description):
            run = m
        if run is None:
            return None
        words = re.sub(r"['’]s?$", "", run.group()).split()
        while words and (words[0].lower().strip(".,") in DATE_WORDS or words[0].lower() in NOUN_MARKERS):
            words.pop(0)  # "a September Harbour Times poll": the month is when, not who
        if not words or (len(words) == 1 and len(words[0].strip(".")) == 1):
            return None  # "The poll": no one named in it; "the Q poll": a letter, no name
        owner = parse_mention(" ".join(words))
        if owner.name is None:
            return None
        return self.fullest(self.entities.resolve_name(owner, position), position)

    def _issuer_after(self, end: int) -> Entity | None:
        m = _FROM_ISSUER.match(self.masked, end)
        if m is None:
            return self._described_issuer_after(end)
        for pos, entity in self.entities.mentions_in(m.end(), m.end() + 1):
            return self.fullest(entity, pos)
        return None

    def _described_issuer_after(self, end: int) -> Entity | None:
        """ "a letter to the board from the staff association": a body the article describes
        by its kind, the one named with that word if any ("Harbour Staff Association"), else
        an unnamed body so described."""
        m = _FROM_DESCRIBED.match(self.masked, end)
        if m is None:
            return None
        named = self.entities.organisation_named(m["head"], end)
        return named if named is not None else Entity(" ".join(m["body"].split()), "unnamed")

    def _political_committee(self, person: Entity, position: int) -> Entity | None:
        """The committee that runs a person's ads, when the article names it with them: "Karl
        Rove's PAC, American Crossroads" (within the 3,000 characters before)."""
        surname = re.escape(person.tokens[-1])
        pattern = re.compile(rf"\b{surname}['’]s?\s+(?:[a-z][\w-]*\s+)?(?:PAC|committee),\s+(?=[A-Z])")
        found = None
        for found in pattern.finditer(self.masked, max(0, position - 3000), position):  # noqa: B007
            pass
        if found is None:
            return None
        for pos, entity in self.entities.mentions_in(found.end(), found.end() + 1):
            return self.fullest(entity, pos)
        return None

    def _issuer_around(self, start: int, end: int) -> Entity | None:
        """The issuer of a document spoken of at ``start``..``end``."""
        found = self._issuer_after(end)
        if found is not None:
            return found
        sentence = self.entities.sentence_start(start)
        # a name before the document's noun, unless the noun is part of that name ("the
        # Harbour Survey", which names the document, not who ran it)
        modifier = self.masked[start].islower() and _RUN_BEFORE.search(
            self.masked, max(sentence, start - 60), start
        )
        if modifier and (owner := self.owner_in(modifier.group(), start)) is not None:
            return owner  # "a Quarry University poll", "Tom Ray's fundraising email"
        before = self.entities.mentions_in(sentence, start)
        for pos, entity in reversed(before):
            gap = self.masked[self.entities.mention_end(pos) : start]
            if _POSSESSIVE_BEFORE.fullmatch(gap):
                return self.fullest(entity, pos)  # "Tom Ray's campaign email"
        for pos, entity in reversed(before):
            if (
                self.entities.is_subject(pos)
                and not _GOVERNED.search(self.masked, max(sentence, pos - 40), pos)
                and not in_dateline(self.masked, sentence, pos)  # "HARBOURTON, Pa. — The ad"
            ):
                return self.fullest(entity, pos)  # "Tom Ray sent out an email"
        found = self._unnamed_subject(sentence, start)
        if found is None and _OPENING_IN.match(self.masked, sentence, start):
            found = self._main_subject(end)  # "In the new spot, the PAC tries ..."
        return found

    def _main_subject(self, end: int) -> Entity | None:
        """The subject of the main clause after an opening phrase that ends at its comma."""
        comma = _COMMA_THEN.search(self.masked, end, end + 80)
        if comma is None:
            return None
        for pos, entity in self.entities.mentions_in(comma.end(), comma.end() + 1):
            if self.entities.is_subject(pos):
                return self.fullest(entity, pos)
        return self._unnamed_subject(comma.end(), comma.end() + 30)

    def _unnamed_subject(self, sentence: int, start: int) -> Entity | None:
        """An issuer written as a pronoun or a described body before the document's noun: "Last
        spring, she handed out a leaflet" (the last woman named before), "In the short film, the club
        tries ..." (the body "the club" means)."""
        found = None
        for found in _UNNAMED_SUBJECT.finditer(self.masked, sentence, start):  # noqa: B007
            pass
        if found is None:
            return None
        if found["body"]:
            return self.body(found["body"].lower(), found.start()) if self.body else None
        gender = "female" if found["pronoun"].lower() == "she" else "male"
        for pos, entity in self.entities.recent(found.start(), 1500):
            if entity.kind == "person" and entity.gender == gender:
                return self.fullest(entity, pos)
        return None

    def _latest_subject(self, position: int) -> Entity | None:
        """The person or organisation that last stood as a clause's subject, shortly before:
        "Acme confirmed the sale on Monday. '...,' the statement said." One that stated or
        issued something ("Acme confirmed that Pike met Ray") comes before the subject of
        any other verb ("Pike met Ray"), which is what the statement reports."""
        fallback = None
        described = self._described_body(position)  # "The company confirmed ..."
        for pos, entity in self.entities.recent(position, 1500):
            if described is not None and pos < described[0]:
                return described[1]
            if (
                entity.name.lower() not in PLACES
                and (entity.kind == "organisation" or len(entity.tokens) > 1 or entity.roles)
                and self.entities.is_subject(pos)
                and not in_dateline(self.masked, self.entities.sentence_start(pos), pos)
            ):
                if self._states(pos):
                    return self.fullest(entity, pos)
                fallback = fallback or (pos, entity)
        if described is not None:
            return described[1]
        return self.fullest(fallback[1], fallback[0]) if fallback else None

    def _described_body(self, position: int) -> tuple[int, Entity] | None:
        """The body last described by its kind as the subject of a verb of saying or issuing in
        the 1,500 characters before ("The company confirmed he was aboard"), resolved as "the
        company" is, with where it stands."""
        if self.body is None:
            return None
        found = None
        for found in _BODY_STATES.finditer(self.masked, max(0, position - 1500), position):  # noqa: B007
            pass
        if found is None or not (is_cue_word(found["verb"]) or found["verb"].lower() in _ISSUING):
            return None
        body = self.body(found["head"].lower(), found.start())
        return (found.start(), body) if body is not None else None

    def _states(self, position: int) -> bool:
        """Is the name at ``position`` followed by a verb of saying or issuing ("confirmed",
        "released", "also announced")?"""
        end = self.entities.mention_end(position)
        words = [w.strip(",.") for w in self.masked[end : end + 40].lower().split()[:2]]
        if words and (words[0].endswith("ly") or words[0] in BEFORE_VERB):
            words = words[1:]
        return bool(words) and (is_cue_word(words[0]) or words[0] in _ISSUING)
