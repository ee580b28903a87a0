"""Who is who in one document: every name mentioned, its fullest form, roles and kind, and
how a surname, a pronoun or a role description leads back to one of them.

Built once per document from the text outside quotation marks; resolution then looks only
at mentions before the point being resolved, the way a reader meets them.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from quotes_api.extraction.cues import cue_at
from quotes_api.extraction.lexicon import (
    FEMALE_NAMES,
    FEMALE_TITLES,
    INTRO_WORDS,
    MALE_NAMES,
    MALE_TITLES,
    NOT_NAMES,
    SOURCE_NOUNS,
    TITLES,
)
from quotes_api.extraction.mentions import (
    HONORIFICS,
    NAME_RUN,
    Mention,
    is_title,
    join_of_names,
    kind_of_name,
    split_role,
    strip_possessive,
)
from quotes_api.extraction.model import Speaker

_NOT_NAMES = NOT_NAMES


_APPOSITION_THEN_VERB = re.compile(r"(?:,[^,.;]{0,80},)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?")


def _is_subject(masked: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the mention the subject of its clause: the head of the sentence's first noun phrase
    (after an introduction such as "On Sunday,"), or followed by a verb? Such mentions are
    what "he said" most often means."""
    if start - sentence_start > 300:
        # No sentence opens with a noun phrase that long: only a verb after it can make the
        # mention a subject. (And a long sentence is not split again for each of its names.)
        return _followed_by_verb(masked, end)
    before = masked[sentence_start:start].strip()
    words = before.split()
    if before.endswith(",") and words and words[0].lower().strip(",") in INTRO_WORDS and len(words) <= 8:
        words = []
    if all(_np_word(w) for w in words) or _holds_the_view(masked, words, end):
        return True
    if words[-1].lower() in ("and", "but", "because", "although", "though", "while", "as", "when",
                             "that", "after", "since", "if") and len(words) <= 12:
        return _followed_by_verb(masked, end)
    return _followed_by_verb(masked, end)


def _holds_the_view(masked: str, words: list[str], end: int) -> bool:
    """Does the name close a sentence's opening "To ...," or "For ...,"? "To Harlow teacher Anna
    Berg, the vote seemed rushed": the sentence gives her view, and "she said" next is hers."""
    return 1 <= len(words) <= 8 and words[0] in ("To", "For") and masked[end:end + 1] == ","


def _np_word(word: str) -> bool:
    bare = word.strip(",.;:").lower()
    return word[:1].isupper() or bare in TITLES or bare in SOURCE_NOUNS or bare in _NP_GLUE


def _followed_by_verb(masked: str, end: int) -> bool:
    if masked[end - 2:end] in _POSSESSIVE or masked[end:end + 2] in _POSSESSIVE:
        return False  # "Biden rubbished Trump's claim": the claim is the noun, Trump its owner
    after = _APPOSITION_THEN_VERB.match(masked, end)
    if not after:
        return False
    if cue_at(masked, after.end()):
        return True
    word = masked[after.end():after.end() + 20].split(" ", 1)[0]
    return word in _FINITE or (word.islower() and word.endswith("ed"))


_POSSESSIVE = ("'s", "’s")
_LINKS = frozenset("of the a an for at in on to with from by and".split())
_SUBORDINATORS = frozenset("that because although though while whereas unless if whether since".split())
_FINITE = frozenset("""
is was has had will would could should can may might must does did are were says said tells told
""".split())
_NP_GLUE = frozenset("the a an of for at from another other one his her their its new former".split())


# Words that tell one office from another of the same name.
RANK_WORDS = frozenset("vice deputy assistant former acting interim associate under first chief".split())
_AND = re.compile(r",?\s+and\s+")
# "Michael McCaul of Texas, chair of the House Foreign Affairs Committee,"
_ROLE_AFTER = re.compile(r"(?:[ \t]+of[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*)?,[ \t]+((?:the|a|an)[ \t]+)?"
                         r"([^,.;:()\n\ue000]{3,70}?)(?=,|\.|;|[ \t]+(?:said|says|told)\b)")
# "who heads the Indo-Pacific subcommittee" → "head of the Indo-Pacific subcommittee"
_WHO_HEADS = re.compile(r"who[ \t]+(heads|chairs|leads|runs|directs)[ \t]+(.+)")
_HEAD_NOUN = {"heads": "head", "chairs": "chair", "leads": "leader", "runs": "head", "directs": "director"}
# "Chief negotiator Kaisa Aho", "appointed Lena Ortiz as head coach"
_ROLE_PREFIX = re.compile(r"(?<![\w'’])((?:[A-Z][\w'’.-]*[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)"
                          r"[ \t]+$")
_ROLE_AS = re.compile(r"[ \t]+as[ \t]+(?:(?:its|their|the|a|an)[ \t]+)?"
                      r"((?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)")
_ROLE_BEFORE = re.compile(r"(?:^|[.;:][ \t]+|\n)((?:[A-Z][\w'’.-]*[ \t]+)?[^,.;:()\n\ue000]{3,60}?),[ \t]*$")


# Read backwards from a name: the space before it and at most five words of the characters a
# role can be made of (``_ROLE_PREFIX`` takes one capitalised word and four more at the most).
_PREFIX_WORDS_REVERSED = re.compile(r"[ \t]*(?:[\w'’.-]+[ \t]+){0,4}[\w'’.-]*")


def _prefix_zone(text: str, start: int) -> int:
    """Where ``_ROLE_PREFIX`` could start at the earliest, within 60 characters before ``start``:
    searching only from there gives the same match and spares an attempt at every character."""
    window = text[max(0, start - 60):start]
    return start - _PREFIX_WORDS_REVERSED.match(window[::-1]).end()


def _apposition_role(text: str, start: int, end: int) -> str | None:
    """The role an apposition gives a name: "Kaisa Aho, Merenland's chief negotiator," or
    "Merenland's chief negotiator, Kaisa Aho," → "Merenland's chief negotiator"."""
    after, before = text[end:end + 4], text[max(0, start - 2):start]
    # Cheap looks at the neighbouring characters first: most names have no apposition.
    comma_after, comma_before, word_before = after[:1] == "," or after == " of ", before == ", ", \
        before[:1].islower()
    if not (comma_after or comma_before or word_before or after == " as "):
        return None
    candidates = (
        _ROLE_AFTER.match(text, end) if comma_after else None,
        _ROLE_BEFORE.search(text, max(0, start - 80), start) if comma_before else None,
        _ROLE_PREFIX.search(text, _prefix_zone(text, start), start) if word_before else None,
        _ROLE_AS.match(text, end) if after == " as " else None,
    )
    for m in candidates:
        if m is None:
            continue
        phrase = m.group(m.lastindex or 1).strip()
        who = _WHO_HEADS.fullmatch(phrase)
        if who:
            return f"{_HEAD_NOUN[who[1]]} of {who[2]}"
        words = phrase.lower().split()
        if words and (words[-1] in HONORIFICS or words[-1] in _LINKS):
            continue  # "with Mrs. Clinton", "director of the Mommy and Me program": cut off before a name
        # The head noun ends a role ("chief negotiator") or opens it ("chair of the committee").
        head_ok = any(w in TITLES or w in SOURCE_NOUNS for w in (words[-1:] + words[:1] if words else []))
        if words and len(words) <= 8 and head_ok and not any(w in ("who", "which", "and", "is", "was")
                                                             for w in words):
            return phrase
    return None


@functools.lru_cache(maxsize=65536)
def _name_in_run(run: str) -> tuple[int, tuple[str | None, str, str] | None]:
    """How many characters open the run before its name ("The", "Speaking"), and the name's
    (role, name, kind), or None. Cached: the same runs recur within and across documents."""
    if " " not in run and _opens_no_name(run):
        return 0, None  # the common case: "The", "In", "Speaking" opening a sentence
    words = run.replace("_", " ").split()
    skip = 0
    while words and _opens_no_name(words[0]):
        skip += len(words[0]) + 1
        words = words[1:]
    return skip, _parse_run(" ".join(words)) if words else None


# Sentence adverbs ("Unfortunately,", "Reportedly") and the auxiliaries opening a question
# ("Does he know ...?") are capitalised only because they open the sentence.
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ately|ently|antly|ously|ally|ingly|edly|fully|ibly|ably|ively)")
_AUXILIARIES = frozenset("does did do is are was were can could will would should shall has have had "
                         "don't doesn't didn't isn't aren't wasn't weren't can't won't".split())
_OPENERS = INTRO_WORDS - {"first"}  # "Earlier Wednesday," but "First Lady Ana Holt" keeps its title


def _opens_no_name(word: str) -> bool:
    bare = word.lower().strip(".,")
    return bare in _NOT_NAMES or word.endswith("ing") or bare in _OPENERS or bare in _AUXILIARIES \
        or bool(_ADVERB.fullmatch(word.strip(".,")))


_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")  # "R-Calif.", "D-N.Y.": a party and a state
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _parse_run(run: str) -> tuple[str | None, str, str] | None:
    """(role, name, kind) of a capitalised run, or None when it names nobody."""
    if " " in run and run.isupper():
        return None  # "FULL TEXT", "BREAKING NEWS": a heading in capitals, not a name
    if _PARTY_TAG.match(run):
        return None
    words = run.split()
    while len(words) > 1 and words[-1].lower().strip(".,:;") in _DAYS:
        words.pop()  # "On CNN Tuesday": the day is when, not part of the name
    run = " ".join(words)
    role, name = split_role(strip_possessive(run).rstrip(".,:;"))
    if not name or all(is_title(w) for w in name.split()) or name.lower() in _NOT_NAMES \
            or name.startswith("of "):  # "Secretary of State": a title, no name
        return None
    if len(name.split()) > 4 and kind_of_name(name) == "person":
        return None  # "Believe Trump Can't Be Trusted": a headline in title case, not a name
    return role, name, kind_of_name(name)


@dataclass(slots=True)
class Entity:
    """One person or organisation of the document."""

    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    gender: str | None = None

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

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
        found = []
        ends: dict[int, int] = {}
        prepared = join_of_names(masked)
        for m in NAME_RUN.finditer(prepared):
            skip, parsed = _name_in_run(m.group())
            if parsed is None:
                continue
            start = m.start() + skip
            if (" " + prepared[max(0, start - 4):start]).endswith((" a ", " an ")):
                continue  # "Murphy, a Jupiter Democrat": a description, not a name
            role, name, kind = parsed
            role = role or _apposition_role(prepared, start, m.end())
            found.append((start, name, role, kind))
            ends[start] = m.end()
        # Full names first, so a surname met before its full name still finds it.
        for start, name, role, kind in sorted(found, key=lambda f: -len(f[1].split())):
            entity = self._entity_for(name, kind, start)
            if role and role.lower() not in HONORIFICS:
                entity.roles.append(role)
            if role or not entity.positions:
                self._learn_gender(entity, role, name)
            self._mentions.append((start, entity))
            entity.positions.append(start)
        self._mentions.sort(key=lambda pe: pe[0])
        # "Anton Petrescu and Kaisa Aho": pairs of people a later "they" may mean.
        self.groups: list[tuple[int, list[Entity]]] = []
        for (a, first), (b, second) in zip(self._mentions, self._mentions[1:], strict=False):
            if first is not second and first.kind == second.kind == "person" \
                    and _AND.fullmatch(masked, ends.get(a, a), b):
                self.groups.append((a, [first, second]))
        for e in self.entities:
            e.positions.sort()
        self._keys = [p for p, _ in self._mentions]
        self._ends = ends

    def _entity_for(self, name: str, kind: str, position: int) -> Entity:
        if name in self._by_name:
            return self._by_name[name]
        tokens = name.split()
        if kind == "person" and len(tokens) == 1:
            match = self._surname_owner(tokens[0], position)
            if match is not None:
                match.aliases.append(name)
                self._by_name[name] = match
                return match
        entity = Entity(name, kind, aliases=[name])
        self.entities.append(entity)
        if len(tokens) > 1:
            for token in {tokens[0], tokens[-1]}:
                self._by_token.setdefault(token, []).append(entity)
        self._by_name[name] = entity
        return entity

    def _surname_owner(self, token: str, position: int) -> Entity | None:
        """The full-named person a lone surname (or given name) most likely means."""
        candidates = [e for e in self._by_token.get(token, ()) if e.kind == "person"]
        if not candidates:
            return None
        # Surname position first, then the most-mentioned (the one being discussed).
        return max(candidates, key=lambda e: (e.tokens[-1] == token, len(e.positions)))

    def _learn_gender(self, entity: Entity, role: str | None, name: str) -> None:
        words = {w.lower() for w in (role or "").split()}
        first = name.split()[0].lower()
        full_name = len(name.split()) > 1
        if words & FEMALE_TITLES or (full_name and first in FEMALE_NAMES):
            entity.gender = "female"
        elif entity.gender is None and (words & MALE_TITLES or (full_name and first in MALE_NAMES)):
            entity.gender = "male"

    # -- resolution ---------------------------------------------------------------------------

    def resolve_name(self, mention: Mention, position: int) -> Entity:
        """The entity a named mention refers to, creating it if the scan missed it."""
        assert mention.name is not None
        name = mention.name
        if name in self._by_name:
            entity = self._by_name[name]
        else:
            entity = self._entity_for(name, mention.kind, position)
        if mention.role and mention.role not in entity.roles:
            entity.roles.append(mention.role)
        if mention.text not in entity.aliases:
            entity.aliases.append(mention.text)
        return entity

    def recent(self, position: int, window: int = 100_000):
        """Mentions before ``position``, most recent first."""
        k = bisect.bisect_left(self._keys, position)
        for i in range(k - 1, -1, -1):
            pos, entity = self._mentions[i]
            if position - pos > window:
                return
            yield pos, entity

    def mentions_in(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """Mentions from ``start`` up to ``end``, in reading order."""
        return self._mentions[bisect.bisect_left(self._keys, start):bisect.bisect_left(self._keys, end)]

    def is_subject(self, position: int) -> bool:
        """Does the mention at ``position`` stand as its clause's subject?"""
        if position not in self._subject:
            start_of = self._sentence_start or (lambda _: 0)
            end = self._ends.get(position, position)
            self._subject[position] = _is_subject(self._masked, start_of(position), position, end)
        return self._subject[position]

    def sentence_start(self, position: int) -> int:
        return (self._sentence_start or (lambda _: 0))(position)

    def first_word(self, start: int) -> str:
        """The first word of the text from ``start``, lowercased."""
        words = self._masked[start:start + 30].split(None, 1)
        return words[0].lower() if words else ""

    def opens_subordinate_clause(self, position: int) -> bool:
        """Does the mention open a clause after "that" or "because" ("claimed that Obama
        wanted", "agreed only because Lynch agreed")?"""
        before = self._masked[max(0, position - 40):position].split()
        while before and before[-1][:1].isupper():
            before.pop()  # a title or role before the name: "because Mr. Lynch", "that Senator Reyes"
        return bool(before) and before[-1] in _SUBORDINATORS

    def opens_sentence(self, position: int) -> bool:
        """Is the mention the head of its sentence's first noun phrase ("Senator Tom Reyes")?"""
        start = self.sentence_start(position)
        return position - start <= 200 and all(_np_word(w) for w in self._masked[start:position].split())

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
            if entity.kind == "organisation" and entity.name.lower().split()[-1] == head:
                return entity
        return None

    def by_role(self, description: str, position: int) -> Entity | None:
        """The person most recently named with a role sharing the description's head noun, and
        its rank if it has one ("the vice president" is not the president)."""
        words = re.findall(r"[a-z]+", description.lower())
        if not words:
            return None
        wanted = {words[-1]} | (set(words) & RANK_WORDS)
        for _, entity in self.recent(position):
            if entity.kind == "person" and any(wanted <= set(re.findall(r"[a-z]+", r.lower()))
                                               for r in entity.roles):
                return entity
        return None
