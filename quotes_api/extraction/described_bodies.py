"""Bodies a description names or that the article described by the same noun (issue 13,
descriptions round 6).

- a description of a body that holds the body's name speaks as that body: "the Harbour
  Leader newspaper calls it ...", "the Tern group said" → Harbour Leader, Tern;
- "the group", "the PAC", "the company" is, before the organisation named last, the body the
  article gave that noun as its description: "The super PAC, Vote Ely Action, has made an ad
  buy" or "Tern, a conservative group," → "the PAC" is Vote Ely Action, "the group" Tern;
- else the body a description with that noun introduced, naming where or whose it is: "a New
  Eastland ballot commission", "Eastland's foreign ministry" → "the commission", "the ministry";
- an acronym in such a description is the name it spells ("the HWU group" after "Harbour
  Workers Union").

Places ("the Ohio group") and adjectives of nationality or party ("the Chinese company",
"the Liberal group") are no body's name: they say where or whose, not which.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from quotes_api.extraction.lexicon import MEDIA_NOUNS, ORG_HEADS, ORG_NOUNS
from quotes_api.extraction.lexicon.bodies import COMMERCIAL_NOUNS, COMPANY_HEADS
from quotes_api.extraction.lexicon.dictionary import is_english_word
from quotes_api.extraction.lexicon.function_words import ACRONYM_SKIPS
from quotes_api.extraction.lexicon.people import AFFILIATIONS
from quotes_api.extraction.mentions import Mention, clean
from quotes_api.extraction.name_parts import has_given_name, is_place

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

# "The super PAC, " right before a name: the description it is given
_BEFORE_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+),\s+$")
_ROLE_HEAD_END = re.compile(
    r"\s+(?:of|for|at|in|with|from|that|which|based|on|to|whose|funded|backing)\b.*", re.S
)


def _names_a_body(entity: Entity) -> bool:
    """Can this name be a body's own name, not a place, a people's adjective or a person?"""
    low = entity.name.lower()
    if is_place(entity.name) or low in AFFILIATIONS or low in ORG_NOUNS or low in MEDIA_NOUNS:
        return False  # "PAC" read from "the super PAC" is the noun, no body's name
    # a person's name, not a body's: a given name or a known gender
    return not (entity.kind == "person" and (entity.gender is not None or has_given_name(entity.name)))


def body_described(entities: DocumentEntities, phrase: str, head: str, position: int) -> Entity | None:
    """The body a definite description of a body or a medium (its head noun ``head``) means,
    by the rules of this module, or None."""
    return (
        named_in_description(entities, phrase, position)
        or described_as(entities, head, position)
        or introduced_as(entities, head, position)
    )


def named_in_description(entities: DocumentEntities, phrase: str, position: int) -> Entity | None:
    """The body whose name a description of a body holds: "the Harbour Leader newspaper"."""
    bare = clean(phrase)
    at = entities.masked.find(bare, position, position + len(phrase) + 40)
    if at < 0:
        return None
    found = None
    for _, entity in entities.mentions_in(at, at + len(bare)):
        if _names_a_body(entity):
            found = entity  # the last name is the head's: "the Ely Times newspaper"
    # "the BLM group" after "Black Lives Matter": the body's name, which the description
    # abbreviates (a speaker written as the acronym keeps it, as written)
    return found and (spelled_out(entities, found, at) or found)


def _role_head(role: str) -> str:
    """The head noun of a role: "a conservative group funded by donors" → "group"."""
    words = re.findall(r"[\w-]+", _ROLE_HEAD_END.sub("", role.lower()))
    return words[-1] if words else ""


def _described_before(masked: str, position: int, head: str) -> bool:
    """Does a description with this head stand right before the name, closed by a comma ("The
    super PAC, Vote Ely Action")?"""
    before = _BEFORE_NAME.search(masked, max(0, position - 60), position)
    return before is not None and before["head"].lower() == head


def described_as(entities: DocumentEntities, head: str, position: int, window: int = 5000) -> Entity | None:
    """The body last named before ``position`` with a description whose head is ``head``
    ("The super PAC, Vote Ely Action," or "Tern, a conservative group," for "the PAC", "the
    group")."""
    for pos, entity in entities.recent(position, window):
        described = any(_role_head(role) == head for role in entity.roles)
        if _names_a_body(entity) and (described or _described_before(entities.masked, pos, head)):
            return entity
    return None


_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z]){1,5}\.?")


def _initials(name: str) -> str:
    """ "Black Lives Matter" → "BLM"; "Bank of Eastland" → "BE"."""
    return "".join(w[0] for w in name.split() if w.lower() not in ACRONYM_SKIPS and w[:1].isupper())


def spelled_out(entities: DocumentEntities, entity: Entity, position: int) -> Entity | None:
    """The name an acronym stands for, named before ``position``: "BLM" after "Black Lives
    Matter"."""
    if not _ACRONYM.fullmatch(entity.name):
        return None
    letters = entity.name.replace(".", "")
    for _, other in entities.recent(position):
        if other is not entity and len(other.tokens) > 1 and _initials(other.name) == letters:
            return other
    return None


@functools.lru_cache(maxsize=64)
def _introduction(head: str) -> re.Pattern[str]:
    """A body introduced by a description of its kind that names where or whose it is: "a New
    Hampshire ballot commission", "China's foreign ministry"."""
    return re.compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>(?:[A-Z][\w.-]*\s+)+(?:[a-z][\w-]*\s+){{0,2}}{head})\b"
        rf"|(?P<owned>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}{head})\b"
    )


def introduced_as(entities: DocumentEntities, head: str, position: int, reach: int = 3000) -> Entity | None:
    """The body last introduced in the ``reach`` characters before ``position`` by a description
    with this head that names where or whose it is ("a New Hampshire ballot commission" for "the
    commission"), as an organisation named by that description; only for an organisation's
    noun, and when no organisation was named with it ("Harbour Commission")."""
    if head not in ORG_NOUNS or entities.organisation_named(head, position) is not None:
        return None
    introductions = list(
        _introduction(re.escape(head)).finditer(entities.masked, max(0, position - reach), position)
    )
    if not introductions:
        return None
    found = introductions[-1]  # the last one before the description
    name = " ".join((found["name"] or found["owned"]).split())
    return entities.resolve_name(Mention(name, name, None, "organisation"), position)


# A medium's staff before its name: "the editors of The Advocate", "the publisher of the Leader"
_STAFF_OF = re.compile(
    r"\b(?:editors?|publishers?|editorial board|columnists?)\s+(?:of|at)\s+(?:the\s+)?$", re.I
)


def staff_before(masked: str, position: int) -> bool:
    """Does a medium's staff stand before the name at ``position`` ("the editors of The
    Beacon"), which makes it a medium though it holds no media word?"""
    return _STAFF_OF.search(masked, max(0, position - 30), position) is not None


def of_kind(entity: Entity, head: str) -> bool:
    """Can a body so named be what a description with this head means? A heading in capitals is
    no body at all; a company is no body
    whose name's head says it is another kind ("Graduate School of Journalism", "Harbour
    Committee"); other heads ("the group", "the organization") take any body."""
    name = entity.name
    if name.isupper() and len(name) > 3 and " " not in name and is_english_word(name.lower()):
        return False  # "ABSTRACT", "UPDATE": a heading, no body's acronym
    if head not in COMMERCIAL_NOUNS:
        return True
    words = [w.lower().strip(".,") for w in entity.tokens if w.lower() not in ACRONYM_SKIPS]
    heads = {w for w in words if w in ORG_HEADS}
    return not heads or bool(heads & COMPANY_HEADS)
