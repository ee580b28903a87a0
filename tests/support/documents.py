"""Building test documents by hand, so storage tests do not depend on the extractor's output."""

from __future__ import annotations

from quotes_api.extraction.model import Quote, Speaker
from quotes_api.storage.writer import Prepared, prepare


def doc_with_quotes(
    text: str, quotes: list[tuple[str, list[Speaker]]], *, published: str | None = None, **meta: str
) -> Prepared:
    """A prepared document whose quotes are the given (quoted words, speakers), found in ``text``."""
    doc = prepare(text, {"published": published, **meta})
    found = []
    for position, (words, speakers) in enumerate(quotes):
        start = text.index(words)
        found.append(
            Quote(
                start,
                start + len(words),
                words,
                tuple(speakers),
                mention=speakers[0].name if speakers else None,
                cue="said",
                confidence=0.9,
                group=position,
            )
        )
    doc.quotes = found
    return doc


def person(name: str, role: str | None = None, *aliases: str) -> Speaker:
    return Speaker(name, "person", role, tuple(aliases))


def org(name: str) -> Speaker:
    return Speaker(name, "organisation")


def unnamed(description: str) -> Speaker:
    return Speaker(description, "unnamed")


def news_text(i: int) -> str:
    """A short article with two quotations, different for every ``i``."""
    return (
        f"Bulletin {i}\n\n"
        f'"The harbour plan number {i} will go ahead," said Mayor Ana Lopez on Tuesday.\n\n'
        f'Residents were unconvinced. "We were never asked about item {i}," said Tom Reed, '
        f"who lives nearby.\n"
    )
