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

import re
from typing import TYPE_CHECKING

from quotes_api.extraction.roles import role_words

if TYPE_CHECKING:
    from quotes_api.extraction.entities import DocumentEntities, Entity

_OWNED = re.compile(
    r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?)"
    r"\s+(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})"
)


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
