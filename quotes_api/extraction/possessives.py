"""A possessive role as the speaker: "Pike's campaign manager said", "his wife said" (issue 13,
class 4).

The speaker is the person the article names with that role ("Robby Lane, Pike's campaign
manager" or "Pike campaign manager Robby Lane"); a body that speaks as its owner ("his office",
"Pike's staff") is the owner; a single person the article never names is nobody (no speaker),
not a speaker called "his wife". Spokespeople ("Pike's spokesman") and documents ("Pike's
statement") have rules of their own, tried first.

>>> owned_role("Pike's campaign manager")
('Pike', 'campaign manager')
>>> owned_role("His wife")
('his', 'wife')
>>> owned_role("the former mayor") is None
True
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from quotes_api.extraction.lexicon import ROLE_SYNONYMS
from quotes_api.extraction.roles import role_words

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

_OWNED = re.compile(
    r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?)"
    r"\s+(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})"
)

_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]{1,4}\.?)\s+$")


def owned_role(description: str) -> tuple[str, str] | None:
    """(owner, role) of a description made of an owner and a role: "Pike's campaign manager",
    "his chief aide"; a pronoun owner comes lower-cased."""
    m = _OWNED.fullmatch(description.strip())
    if m is None:
        return None
    return (m["pronoun"].lower() if m["pronoun"] else m["owner"]), m["role"]


def role_holder(entities: DocumentEntities, role: str, position: int) -> Entity | None:
    """The person named last before ``position`` with every word of ``role`` in one of their
    roles ("campaign manager" in "Pike's campaign manager", "Pike campaign manager")."""
    wanted = set(role.lower().split())
    for _, entity in entities.recent(position):
        if entity.kind == "person" and any(wanted <= role_words(r) for r in entity.roles):
            return entity
    return None


def role_named_after(
    entities: DocumentEntities, role: str, position: int, reach: int = 1500
) -> Entity | None:
    """The first person named in the ``reach`` characters after ``position`` with the role's
    head noun, or a word for the same office ("his personal physician" ... "Dr. Ann Pike"): a
    role the article names only after its quotation."""
    words = role.lower().split()
    if not words:
        return None
    heads = ROLE_SYNONYMS.get(words[-1], {words[-1]})
    for pos, entity in entities.mentions_in(position, position + reach):
        if entity.kind != "person":
            continue
        title = _TITLE_BEFORE.search(entities.masked, max(0, pos - 12), pos)  # "Dr. Ann Pike"
        if any(heads & role_words(r) for r in entity.roles) or (title and heads & role_words(title[1])):
            return entity
    return None


def shared_role_holder(
    entities: DocumentEntities, noun: str, position: int, reach: int = 3000
) -> Entity | None:
    """Of people given a role together ("Morning Show hosts Joe Bell and Mia Stone"), the one
    mentioned last before ``position`` holds "the host": a plural role before names joined by
    "and" is each one's."""
    found = None
    pattern = _shared_role(noun)
    for found in pattern.finditer(entities.masked, max(0, position - reach), position):  # noqa: B007
        pass
    if found is None:
        return None
    named = {id(entity) for _, entity in entities.mentions_in(found.start("names"), found.end("names"))}
    for _, entity in entities.recent(position, reach):
        if id(entity) in named and entity.kind == "person":
            return entity
    return None


@functools.lru_cache(maxsize=64)
def _shared_role(noun: str) -> re.Pattern[str]:
    """ "hosts Joe Bell and Mia Stone": the plural noun, then two or three names."""
    name = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*"
    return re.compile(
        rf"\b{re.escape(noun)}s[ \t]+(?P<names>{name}(?:,[ \t]+{name})*,?[ \t]+and[ \t]+{name})"
    )
