"""How the mentions of a document's names link up once its full names are known: a lone
surname back to the one person whose full name it ends ("Cuban said" after "Mark Cuban"), and
two people named together ("Anton Petrescu and Kaisa Aho") as a pair a later "they" may mean.

Both read the mentions :class:`~quotes_api.extraction.entities.DocumentEntities` has built.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes_api.extraction.entities import Entity

_AND = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?,?\s+and\s+")  # "Ann Pike (R-Ore.) and"


def add_lone_surnames(
    lone_words: list[tuple[int, int]],
    prepared: str,
    by_token: dict[str, list[Entity]],
    mentions: list[tuple[int, Entity]],
    ends: dict[int, int],
) -> None:
    """Add to ``mentions`` (and ``ends``) each capitalised word the name scan read as no name
    that is the surname of exactly one person named in full before it."""
    for start, end in lone_words:
        # "Cuban said" once "Mark Cuban" is named: the surname, though also a nationality
        word = prepared[start:end]
        if word not in by_token:
            continue  # "The", "But", "Harbour": most capitalised words end no full name
        owner = [e for e in by_token[word] if e.kind == "person" and e.tokens[-1] == word]
        if len(owner) == 1 and owner[0].positions and owner[0].positions[0] < start:
            mentions.append((start, owner[0]))
            owner[0].positions.append(start)
            ends[start] = end


def pairs_of_people(
    mentions: list[tuple[int, Entity]], ends: dict[int, int], masked: str
) -> list[tuple[int, list[Entity]]]:
    """ "Anton Petrescu and Kaisa Aho": two people whose mentions (sorted) follow each other
    with only "and" between them, at the first one's position."""
    return [
        (a, [first, second])
        for (a, first), (b, second) in zip(mentions, mentions[1:], strict=False)
        if first is not second
        and first.kind == second.kind == "person"
        and _AND.fullmatch(masked, ends.get(a, a), b)
    ]
