"""A quote as a W3C Web Annotation, so annotation tools can anchor it in its source text.

The target carries two selectors (https://www.w3.org/TR/annotation-model/#selectors): a
``TextPositionSelector`` with the quote's code-point offsets in the stored text, and a
``TextQuoteSelector`` with the exact words and up to 32 characters before and after. Tools
try the position first and fall back to searching for exact+prefix+suffix, which still finds
the quote in a copy of the article whose offsets differ (a web page with a header, say).

The target's source is the article's published URL when known (what a reader's browser
shows), else the stored document in this API. It also says what the article is (headline,
author, publisher, date, the article's own id) in schema.org terms, which the annotation's
context adds under ``schema:``. The text around the quote is there twice: 32 characters in the
selector (for anchoring), and ``contextBefore``/``contextAfter`` on the target, as every other
format gives it.
"""

from __future__ import annotations

from typing import Any

from quotes_api.exports.provenance import CONTEXT_TERMS
from quotes_api.storage.models import Quote
from quotes_api.storage.records import SpeakerRow, utc_iso

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: The annotation model's context, with schema.org for describing the annotated article and
#: this project's terms for the text around the quote.
CONTEXT = [ANNOTATION_CONTEXT, {"schema": "https://schema.org/", **CONTEXT_TERMS}]
API = "/api/v1"


def annotation(quote: Quote, speakers: list[SpeakerRow], base_url: str = "") -> dict[str, Any]:
    """The Web Annotation of ``quote``: needs ``quote.document`` loaded (at least its reference
    columns) and the text around the quote attached (:mod:`quotes_api.exports.provenance`)."""
    doc = quote.document
    names = " and ".join(s.name for s in speakers) or "an unidentified speaker"
    body: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "purpose": "describing",
            "format": "text/plain",
            "value": f"Quotation of {names}" + (f" ({quote.cue})" if quote.cue else ""),
        },
    ]
    body += [
        {"type": "SpecificResource", "purpose": "identifying", "source": f"{base_url}{API}/speakers/{s.slug}"}
        for s in speakers
    ]
    return {
        "@context": CONTEXT,
        "id": f"{base_url}{API}/quotes/{quote.id}/annotation",
        "type": "Annotation",
        "motivation": "identifying",
        "body": body,
        "target": {
            "type": "SpecificResource",
            "source": _source(doc, base_url),
            "selector": [
                {"type": "TextPositionSelector", "start": quote.start, "end": quote.end},
                {
                    "type": "TextQuoteSelector",
                    "exact": quote.text,
                    "prefix": quote.prefix,
                    "suffix": quote.suffix,
                },
            ],
            "contextBefore": quote.context_before,
            "contextAfter": quote.context_after,
        },
    }


def _source(doc: Any, base_url: str) -> dict[str, Any]:
    """The annotated article: where it is, and what it is."""
    described = {
        "schema:headline": doc.title,
        "schema:author": doc.author,
        "schema:publisher": doc.source,
        "schema:datePublished": utc_iso(doc.published),
        "schema:identifier": doc.external_id,
    }
    source = {"id": doc.url or f"{base_url}{API}/documents/{doc.id}", "type": "Text"}
    return {**source, **{k: v for k, v in described.items() if v}}
