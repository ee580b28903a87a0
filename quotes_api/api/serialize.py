"""Model rows → the plain dicts that the response schemas dump.

Kept apart from the views so that list, detail, search and document endpoints describe a
quote the same way, and so later features (exports, verify) can reuse the same shapes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, Protocol

from quotes_api.exports.provenance import context_of
from quotes_api.storage.models import Document, Quote, Speaker
from quotes_api.storage.records import DocumentRow, QuoteRow

API = "/api/v1"


class SpeakerLike(Protocol):
    """What a speaker reference shows: a :class:`Speaker` row, or a lighter row with the same
    columns (:class:`quotes_api.storage.records.SpeakerRow`)."""

    @property
    def slug(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...


def speaker_ref(speaker: SpeakerLike) -> dict[str, Any]:
    return {
        "slug": speaker.slug,
        "name": speaker.name,
        "kind": speaker.kind,
        "href": f"{API}/speakers/{speaker.slug}",
    }


def speaker_full(speaker: Speaker, dates: tuple[Any, Any] | None = None) -> dict[str, Any]:
    first, last = dates or (None, None)
    return {
        **speaker_ref(speaker),
        "roles": list(speaker.roles or []),
        "aliases": list(speaker.aliases or []),
        "quote_count": speaker.quote_count,
        "ambiguous": bool(speaker.ambiguous),
        "wikidata": speaker.wikidata,
        "first_quoted": first,
        "last_quoted": last,
    }


def document_ref(document: Document | DocumentRow) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "url": document.url,
        "source": document.source,
        "author": document.author,
        "published": document.published,
        "external_id": document.external_id,
        "href": f"{API}/documents/{document.id}",
    }


def quote_item(quote: Quote | QuoteRow, speakers: Sequence[SpeakerLike]) -> dict[str, Any]:
    """A quote in a list: a model row with ``quote.document`` loaded (at least the reference
    columns), or a light record of the same columns."""
    return {
        "id": quote.id,
        "text": quote.text,
        "speakers": [speaker_ref(s) for s in speakers],
        "document": document_ref(quote.document),
        "start": quote.start,
        "end": quote.end,
        "mention": quote.mention,
        "cue": quote.cue,
        "confidence": round(quote.confidence, 3),
        "paragraph": quote.paragraph,
        "group": quote.group,
        "part": quote.part,
        "href": f"{API}/quotes/{quote.id}",
    }


def quote_detail(quote: Quote, speakers: Sequence[SpeakerLike], pieces: list[Quote]) -> dict[str, Any]:
    """A quote with context: needs the document's text loaded."""
    before, after = context_of(quote.document.text, quote.start, quote.end)
    return {
        **quote_item(quote, speakers),
        "context_before": before,
        "context_after": after,
        "pieces": [
            {
                "id": p.id,
                "part": p.part,
                "text": p.text,
                "start": p.start,
                "end": p.end,
                "href": f"{API}/quotes/{p.id}",
            }
            for p in pieces
        ],
    }


def document_item(row: Document) -> dict[str, Any]:
    """A document in a list: a row of :func:`quotes_api.storage.queries.document_list`."""
    return {
        **document_ref(row),
        "external_id": row.external_id,
        "content_hash": row.content_hash,
        "ingested_at": row.ingested_at,
        "length": row.length,
        "quote_count": row.quote_count,
    }


def highlight(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` HTML-escaped, each of ``spans`` (code-point offsets, in order) in ``<mark>``.

    >>> highlight("Tom & Jerry <3 cheese", [(0, 3), (15, 21)])
    '<mark>Tom</mark> &amp; Jerry &lt;3 <mark>cheese</mark>'
    """
    out, at = [], 0
    for start, end in spans:
        out += [html.escape(text[at:start]), "<mark>", html.escape(text[start:end]), "</mark>"]
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)
