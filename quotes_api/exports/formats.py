"""Export formats: each turns ``(quote, speakers)`` rows into a stream of text chunks.

One serialiser per format, shared by ``GET /api/v1/export``, ``GET /api/v1/speakers/{slug}/quotes``
and ``quotes-api export``, so a file from the command line and a download from the API are
byte for byte the same. Each yields one chunk per quote (plus a header or an envelope), so a
caller can stream a million quotes without holding more than one row.

* ``csv``: RFC 4180 (CRLF line ends, ``"`` doubled inside quoted fields), UTF-8, a header row;
  speakers joined by ``; ``.
* ``jsonl``: one JSON object a line, the shape of a quote in the API's lists plus its context.
* ``jsonld``: one JSON-LD document, ``@graph`` of schema.org ``Quotation`` items.

Every format carries each quote's provenance: its article's title, URL, site, author,
publication date and external id, and the context before and after it.
* ``annotation``: one W3C ``AnnotationCollection`` whose page holds a Web Annotation a quote.

``base_url`` (e.g. ``https://quotes.example``) makes identifiers absolute; without it they are
paths (``/api/v1/quotes/7``), which JSON-LD resolves against wherever the file is served.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from quotes_api.exports.annotation import CONTEXT as ANNOTATION_CONTEXT
from quotes_api.exports.annotation import annotation
from quotes_api.exports.provenance import CONTEXT_TERMS
from quotes_api.storage.models import Quote
from quotes_api.storage.records import SpeakerRow, utc_iso

API = "/api/v1"
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
Rows = Iterable[tuple[Quote, list[SpeakerRow]]]

CSV_COLUMNS = (
    "id",
    "text",
    "speakers",
    "speaker_slugs",
    "context_before",
    "context_after",
    "document_id",
    "document_title",
    "url",
    "site",
    "author",
    "published",
    "external_id",
    "start",
    "end",
    "cue",
    "mention",
    "confidence",
    "paragraph",
    "group",
    "part",
)

JSONLD_CONTEXT = ["https://schema.org", CONTEXT_TERMS]

#: Media type of each format, as served (and as asked for in ``Accept``).
MEDIA_TYPES = {
    "csv": "text/csv",
    "jsonl": "application/x-ndjson",
    "jsonld": "application/ld+json",
    "annotation": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
}
FILE_SUFFIXES = {"csv": "csv", "jsonl": "jsonl", "jsonld": "jsonld", "annotation": "annotations.jsonld"}


def quote_record(quote: Quote, speakers: list[SpeakerRow]) -> dict[str, Any]:
    """A quote as in the API's lists (``QuoteSchema``), with dates already as text, and the
    context around it as ``GET /quotes/{id}`` shows it (``ExportedQuote``)."""
    doc = quote.document
    return {
        "id": quote.id,
        "text": quote.text,
        "speakers": [
            {"slug": s.slug, "name": s.name, "kind": s.kind, "href": f"{API}/speakers/{s.slug}"}
            for s in speakers
        ],
        "document": {
            "id": doc.id,
            "title": doc.title,
            "url": doc.url,
            "source": doc.source,
            "author": doc.author,
            "published": utc_iso(doc.published),
            "external_id": doc.external_id,
            "href": f"{API}/documents/{doc.id}",
        },
        "start": quote.start,
        "end": quote.end,
        "mention": quote.mention,
        "cue": quote.cue,
        "confidence": round(quote.confidence, 3),
        "paragraph": quote.paragraph,
        "group": quote.group,
        "part": quote.part,
        "href": f"{API}/quotes/{quote.id}",
        "context_before": quote.context_before,
        "context_after": quote.context_after,
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _cell(text: str) -> str:
    """Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
    leading apostrophe, as OWASP advises: exported quotes come from untrusted articles."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _one_line(text: str) -> str:
    """Context on one line, as a spreadsheet cell shows it best: the line break of a
    hard-wrapped sentence becomes a space."""
    return _LINE_BREAKS.sub(" ", text)


def csv_chunks(rows: Rows, base_url: str = "") -> Iterator[str]:
    """RFC 4180 CSV: a header row, then one row a quote."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for quote, speakers in rows:
        doc = quote.document
        writer.writerow(
            (
                quote.id,
                _cell(quote.text),
                _cell("; ".join(s.name for s in speakers)),
                "; ".join(s.slug for s in speakers),
                _cell(_one_line(quote.context_before)),
                _cell(_one_line(quote.context_after)),
                doc.id,
                _cell(doc.title or ""),
                _cell(doc.url or ""),
                _cell(doc.source or ""),
                _cell(doc.author or ""),
                utc_iso(doc.published) or "",
                _cell(doc.external_id or ""),
                quote.start,
                quote.end,
                _cell(quote.cue or ""),
                _cell(quote.mention or ""),
                round(quote.confidence, 3),
                quote.paragraph,
                quote.group,
                quote.part,
            )
        )
        yield flush()


def jsonl_chunks(rows: Rows, base_url: str = "") -> Iterator[str]:
    """JSON Lines: one quote object a line."""
    for quote, speakers in rows:
        yield _json(quote_record(quote, speakers)) + "\n"


def _agent(speaker: SpeakerRow, base_url: str) -> dict[str, Any]:
    kind = "Organization" if speaker.kind in ("organisation", "group") else "Person"
    agent = {"@type": kind, "@id": f"{base_url}{API}/speakers/{speaker.slug}", "name": speaker.name}
    if getattr(speaker, "wikidata", None):  # set by an editor: the same entity in Wikidata
        agent["sameAs"] = f"https://www.wikidata.org/entity/{speaker.wikidata}"
    return agent


def news_article(doc: Any, base_url: str = "") -> dict[str, Any]:
    """A stored document as a schema.org ``NewsArticle`` (what it is known to say of itself)."""
    article: dict[str, Any] = {"@type": "NewsArticle", "@id": f"{base_url}{API}/documents/{doc.id}"}
    if doc.title:
        article["headline"] = doc.title
    if doc.url:
        article["url"] = doc.url
    if doc.author:
        article["author"] = {"@type": "Person", "name": doc.author}
    if doc.source:
        article["publisher"] = {"@type": "Organization", "name": doc.source}
    if doc.published:
        article["datePublished"] = utc_iso(doc.published)
    if doc.external_id:
        article["identifier"] = doc.external_id
    return article


def quotation(quote: Quote, speakers: list[SpeakerRow], base_url: str = "") -> dict[str, Any]:
    """A quote as a schema.org ``Quotation``, part of its ``NewsArticle``."""
    doc = quote.document
    agents = [_agent(s, base_url) for s in speakers]
    item: dict[str, Any] = {
        "@type": "Quotation",
        "@id": f"{base_url}{API}/quotes/{quote.id}",
        "identifier": quote.id,
        "text": quote.text,
        "spokenByCharacter": agents,
        "creator": agents,
        "isPartOf": news_article(doc, base_url),
        "contextBefore": quote.context_before,
        "contextAfter": quote.context_after,
    }
    if doc.published:
        item["datePublished"] = utc_iso(doc.published)
    return item


def jsonld_chunks(rows: Rows, base_url: str = "") -> Iterator[str]:
    """One JSON-LD document: ``{"@context": ["https://schema.org", {...}], "@graph": [Quotation, ...]}``."""
    yield '{"@context":' + _json(JSONLD_CONTEXT) + ',"@graph":[\n'
    separator = ""
    for quote, speakers in rows:
        yield separator + _json(quotation(quote, speakers, base_url))
        separator = ",\n"
    yield "\n]}\n"


def annotation_chunks(rows: Rows, base_url: str = "") -> Iterator[str]:
    """A W3C ``AnnotationCollection`` with one page of annotations (rows need their context)."""
    head = {"@context": ANNOTATION_CONTEXT, "type": "AnnotationCollection", "label": "Quotations"}
    yield _json(head)[:-1] + ',"first":{"type":"AnnotationPage","items":[\n'
    separator = ""
    for quote, speakers in rows:
        item = annotation(quote, speakers, base_url)
        del item["@context"]
        yield separator + _json(item)
        separator = ",\n"
    yield "\n]}}\n"


SERIALISERS: dict[str, Callable[[Rows, str], Iterator[str]]] = {
    "csv": csv_chunks,
    "jsonl": jsonl_chunks,
    "jsonld": jsonld_chunks,
    "annotation": annotation_chunks,
}
FORMATS = tuple(SERIALISERS)


def serialise(fmt: str, rows: Rows, base_url: str = "") -> Iterator[str]:
    """The chunks of ``rows`` in format ``fmt`` (one of :data:`FORMATS`)."""
    return SERIALISERS[fmt](rows, base_url.rstrip("/"))
