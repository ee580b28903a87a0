"""Who is who in one document: every name mentioned, its fullest form, roles and kind, and
how a surname, a pronoun or a role description leads back to one of them.

Built once per document from the text outside quotation marks; resolution then looks only
at mentions before the point being resolved, the way a reader meets them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from quotes_api.extraction import clauses, families, gender, subjects
from quotes_api.extraction.lexicon.function_words import SUBORDINATORS
from quotes_api.extraction.lexicon.people import RANK_WORDS, SUBORDINATE_RANKS
from quotes_api.extraction.lone_words import opens_with_only_a_word
from quotes_api.extraction.mention_links import add_lone_surnames, pairs_of_people
from quotes_api.extraction.mentions import HONORIFICS, Mention
from quotes_api.extraction.model import Speaker
from quotes_api.extraction.name_scan import NameScan, scan_names
from quotes_api.extraction.names import given_name_not_title
from quotes_api.extraction.non_names import a_group, not_a_person
from quotes_api.extraction.of_names import join_of_names
from quotes_api.extraction.roles import is_body_role


@dataclass(slots=True, eq=False)
class Entity:
    """One person or organisation of the document.

    Two entities are the same only if they are one object (``eq=False``): each is made once,
    for one name of the document, and the checks "already among the speakers?" or "already
    quoted?" then cost an identity test rather than a comparison of every field and list.
    """

    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    gender: str | None = None
    # The name's words, split once: read for most mentions, and the name never changes.
    tokens: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.tokens = self.name.split()

    def speaker(self) -> Speaker:
        role = self.roles[0] if self.roles else None
        aliases = tuple(a for a in dict.fromkeys(self.aliases) if a != self.name)
        kind = self.kind if self.kind in ("person", "organisation") else "unnamed"
        return Speaker(self.name, kind, role, aliases)  # type: ignore[arg-type]


class DocumentEntities:
    """The named entities of one document, built from its masked text (quotations hidden)."""

    def __init__(self, masked: str, sentence_start: Callable[[int], int] | None = None) -> None:
        self.entities: list[Entity] = []
        self._masked = masked
        self._sentence_start = sentence_start
        self._subject: dict[int, bool] = {}  # is_subject, computed when first asked
        self._by_name: dict[str, Entity] = {}
        self._by_token: dict[str, list[Entity]] = {}  # first and last tokens of full names
        self._mentions: list[tuple[int, Entity]] = []  # (position, entity), sorted
        prepared = join_of_names(masked)
        scan = scan_names(prepared)
        self._ends = scan.ends
        self._add_names(scan, prepared)
        add_lone_surnames(scan.lone_words, prepared, self._by_token, self._mentions, self._ends)
        for entity in self.entities:
            # "Xinhua, the official news agency, said": a body, which no "he" or "she" means
            if entity.kind == "person" and entity.gender is None and any(map(is_body_role, entity.roles)):
                entity.kind = "organisation"
            entity.positions.sort()
        self._mentions.sort(key=lambda pe: pe[0])
        self._keys = [p for p, _ in self._mentions]
        self.groups = pairs_of_people(self._mentions, self._ends, masked)  # a later "they"
        gender.learn_bodies(self._mentions, self._ends, masked, self.is_subject)  # "Brixo ... its"
        gender.learn_from_pronouns(self._mentions, self._ends, masked, self.is_subject)
        gender.learn_from_kin(self._mentions, masked)  # "his wife, Melania"

    def _add_names(self, scan: NameScan, prepared: str) -> None:
        # Full names first, so a surname met before its full name still finds it.
        # (The scan's names are words joined by single spaces: the spaces count the words.)
        for found in sorted(scan.names, key=lambda f: -f.name.count(" ")):
            start, name, role = found.start, found.name, found.role
            if role:  # most names have none, and then the call changes nothing
                role, name = given_name_not_title(role, name, self._masked, self.knows_token)
            title = role or scan.honorifics.get(start)
            if (
                " " not in name
                and not title
                and name not in self._by_token
                and opens_with_only_a_word(prepared, self._masked, name, start)
            ):
                continue  # "Multiple reports say ...", "Wait, it gets better": a word, not a name
            entity = self._entity_for(name, found.kind, start, families.title_gender(title))
            if role and role.lower() not in HONORIFICS:
                entity.roles.append(role)
            if title or not entity.positions:
                gender.learn_from_title(entity, title, name)
            self._mentions.append((start, entity))
            entity.positions.append(start)

    def _entity_for(self, name: str, kind: str, position: int, gender: str | None = None) -> Entity:
        tokens = name.split()
        known = self._by_name.get(name)
        if known is not None and (len(tokens) > 1 or families.fits(gender, known.gender)):
            return known
        gendered = f"{name}|{gender}"  # "Mrs. Clinton" once "Mr. Clinton" is someone else
        if gendered in self._by_name:
            return self._by_name[gendered]
        if len(tokens) == 1 and (kind == "person" or tokens[0] != tokens[0].upper()):
            # "Israel said" after "Rep. Tom Israel": the person, though the word names a place
            match = self._surname_owner(tokens[0], position, gender, surname_only=kind != "person")
            if match is not None:
                match.aliases.append(name)
                self._by_name.setdefault(name, match)
                self._by_name[gendered] = match
                return match
        if kind == "person" and not_a_person(name):
            kind = "thing"  # "Rust Belt", "Harbour Accord": no one whom "he" or "Pike" means
        elif kind == "person" and a_group(name):
            kind = "organisation"  # "Nordic Anglers": a group, "they" or "it"
        entity = Entity(name, kind, aliases=[name])
        self.entities.append(entity)
        if len(tokens) > 1:
            for token in {tokens[0], tokens[-1]}:
                self._by_token.setdefault(token, []).append(entity)
        self._by_name.setdefault(name, entity)
        self._by_name[gendered] = entity
        return entity

    def _surname_owner(
        self, token: str, position: int, gender: str | None = None, surname_only: bool = False
    ) -> Entity | None:
        """The full-named person a lone surname (or given name) most likely means, of the
        gender its title gives if it has one."""
        candidates = [
            e
            for e in self._by_token.get(token, ())
            if e.kind == "person"
            and families.fits(gender, e.gender)
            and (not surname_only or e.tokens[-1] == token)
        ]
        if not candidates:
            return None
        # Surname position first, then the most-mentioned (the one being discussed).
        return max(candidates, key=lambda e: (e.tokens[-1] == token, len(e.positions)))

    # -- resolution ---------------------------------------------------------------------------

    def resolve_name(self, mention: Mention, position: int) -> Entity:
        """The entity a named mention refers to, creating it if the scan missed it."""
        assert mention.name is not None
        role, name = given_name_not_title(mention.role, mention.name, self._masked, self.knows_token)
        if name != mention.name:  # "Dean Harlow": a given name, no title
            mention = Mention(mention.text, name, role, mention.kind, mention.pronoun, mention.plural)
        gender = families.title_gender(mention.text.split()[0]) if len(name.split()) == 1 else None
        if name in self._by_name and families.fits(gender, self._by_name[name].gender):
            entity = self._by_name[name]
            if mention.kind == "organisation" and entity.kind == "person" and " " in name:
                entity.kind = "organisation"  # "the Harbour Caller reported": a medium
        else:
            entity = self._entity_for(name, mention.kind, position, gender)
        if mention.role and mention.role not in entity.roles:
            entity.roles.append(mention.role)
        if mention.text not in entity.aliases:
            entity.aliases.append(mention.text)
        return entity

    def relative(self, position: int, entity: Entity, gender: str | None) -> Entity:
        """The bearer of the surname a bare mention ("Clinton") makes of ``gender``, when the
        mention went to a family member of the other gender: in "Clinton spoke. '...,' she
        said", she is the woman of that family the document names, not the man."""
        if gender is None or entity.kind != "person" or entity.gender in (gender, None):
            return entity
        words = self._masked[position : self._ends.get(position, position)].split()
        before = self._masked[max(0, position - 12) : position].split()
        if (
            len(words) != 1
            or before
            and families.title_gender(before[-1])
            or not self.is_subject(position)
            or self.opens_subordinate_clause(position)
        ):
            return entity  # "Bill Clinton" in full, "Mrs. Clinton": no one else; nor an object
        for other in self._by_token.get(words[0], ()):
            if other is not entity and other.kind == "person" and other.gender == gender:
                return other
        return entity

    def speaks_at(self, position: int) -> bool:
        """Is the mention at ``position`` followed by a verb of saying ("Wills suggested")?"""
        return clauses.speaks(self._masked, self._ends.get(position, position))

    def knows_token(self, token: str) -> bool:
        """Is ``token`` the first or last word of a person's full name in the document?"""
        return any(e.kind == "person" for e in self._by_token.get(token, ()))

    def recent(self, position: int, window: int = 100_000) -> Iterator[tuple[int, Entity]]:
        """Mentions before ``position``, most recent first."""
        k = bisect.bisect_left(self._keys, position)
        for i in range(k - 1, -1, -1):
            pos, entity = self._mentions[i]
            if position - pos > window:
                return
            yield pos, entity

    def mentions_in(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """Mentions from ``start`` up to ``end``, in reading order."""
        return self._mentions[bisect.bisect_left(self._keys, start) : bisect.bisect_left(self._keys, end)]

    def is_subject(self, position: int) -> bool:
        """Does the mention at ``position`` stand as its clause's subject?"""
        if position not in self._subject:
            start_of = self._sentence_start or (lambda _: 0)
            end = self._ends.get(position, position)
            self._subject[position] = subjects.is_subject(self._masked, start_of(position), position, end)
        return self._subject[position]

    @property
    def masked(self) -> str:
        """The document's text with its quotations hidden."""
        return self._masked

    def mention_end(self, position: int) -> int:
        """Where the name mentioned at ``position`` ends."""
        return self._ends.get(position, position)

    def sentence_start(self, position: int) -> int:
        return (self._sentence_start or (lambda _: 0))(position)

    def first_word(self, start: int) -> str:
        """The first word of the text from ``start``, lowercased."""
        words = self._masked[start : start + 30].split(None, 1)
        return words[0].lower() if words else ""

    def opens_subordinate_clause(self, position: int) -> bool:
        """Does the mention open a clause after "that" or "because" ("claimed that Pike
        wanted", "agreed only because Ray agreed")?"""
        before = self._masked[max(0, position - 60) : position].split()
        while before and before[-1][:1].isupper():
            before.pop()  # a title or role before the name: "because Mr. Ray", "that Senator Pike"
        before = clauses.without_owner(before)  # "that the paper's Tom Ray"
        return bool(before) and (before[-1] in SUBORDINATORS or clauses.reports_a_clause(before))

    def opens_sentence(self, position: int) -> bool:
        """Is the mention the head of its sentence's first noun phrase ("Senator Tom Reyes")?"""
        start = self.sentence_start(position)
        words = self._masked[start:position].split()
        return position - start <= 200 and all(subjects.np_word(w) for w in words)

    def sentence_before(self, position: int) -> tuple[int, str, list[tuple[int, Entity]]]:
        """The sentence before the one holding ``position``: its start, its masked text and the
        mentions in it. Empty when there is none, or when it is too long to be one sentence."""
        start_of = self._sentence_start or (lambda _: 0)
        end = start_of(position)
        start = start_of(end - 1) if end > 0 else end
        if end - start > 2000:
            return end, "", []
        mentions = [(pos, e) for pos, e in self.recent(end, end - start) if pos >= start]
        return start, self._masked[start:end], mentions

    def organisation_named(self, head: str, position: int) -> Entity | None:
        """The organisation most recently named with this head word ("the association" after
        "the Eastholm Residents' Association")."""
        for _, entity in self.recent(position, 5000):
            # a name that is the noun alone ("PAC" read from "the super PAC") names no body
            name = entity.name.lower()
            if entity.kind == "organisation" and name.split()[-1] == head and name != head:
                return entity
        return None

    def by_role(self, description: str, position: int, after: int = 0) -> Entity | None:
        """The person most recently named with a role sharing the description's head noun, and
        its rank if it has one ("the vice president" is not the president). With ``after``, the
        first one named with it in the ``after`` characters past ``position`` instead ("'...,'
        the judge said. ... here was Judge Ray"): a role named only after its quotation."""
        words = re.findall(r"[a-z]+", description.lower())
        if not words:
            return None
        wanted = {words[-1]} | (set(words) & RANK_WORDS)
        ranks = set(words) & SUBORDINATE_RANKS
        mentions = self.mentions_in(position, position + after) if after else self.recent(position)
        for _, entity in mentions:
            if entity.kind == "person" and any(
                wanted <= (have := set(re.findall(r"[a-z]+", r.lower())))
                and have & SUBORDINATE_RANKS == ranks
                for r in entity.roles
            ):
                return entity
        return None
