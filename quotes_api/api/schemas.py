"""Marshmallow schemas of what the API returns; the OpenAPI components are generated from them.

Views build plain dicts (see :mod:`quotes_api.api.serialize`) and these schemas dump them, so
the documented shape and the served shape are one definition. ``href`` fields are API paths
of the related resource, so a client can follow them without building URLs.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma

from quotes_api.extraction.model import Rule
from quotes_api.storage.models import SPEAKER_KINDS
from quotes_api.storage.records import utc_iso


class UTCDateTime(ma.fields.DateTime):
    """A naive UTC datetime from the database, written as ISO 8601 with ``Z``."""

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> str | None:
        return utc_iso(value)


class SpeakerRefSchema(ma.Schema):
    """A speaker as it appears inside a quote."""

    slug = ma.fields.String(required=True, metadata={"example": "wang-yi"})
    name = ma.fields.String(required=True, metadata={"example": "Wang Yi"})
    kind = ma.fields.String(required=True, validate=ma.validate.OneOf(SPEAKER_KINDS))
    href = ma.fields.String(required=True, metadata={"description": "API path of the speaker."})


class SpeakerSchema(SpeakerRefSchema):
    """A speaker: a person or organisation across documents, or an unnamed source of one document."""

    roles = ma.fields.List(ma.fields.String(), required=True, metadata={"description": "Titles seen."})
    aliases = ma.fields.List(
        ma.fields.String(), required=True, metadata={"description": "Other ways the texts name them."}
    )
    quote_count = ma.fields.Integer(required=True)
    ambiguous = ma.fields.Boolean(
        required=True,
        metadata={"description": "A short name (a surname alone) that can mean two or more stored people."},
    )
    wikidata = ma.fields.String(
        allow_none=True, required=True, metadata={"description": "Wikidata item id (`Q42`) set by an editor."}
    )
    first_quoted = UTCDateTime(
        allow_none=True, metadata={"description": "Publication date of the earliest dated quote."}
    )
    last_quoted = UTCDateTime(allow_none=True, metadata={"description": "… and of the latest."})


class DocumentRefSchema(ma.Schema):
    """The document a quote comes from."""

    id = ma.fields.Integer(required=True)
    title = ma.fields.String(allow_none=True, required=True)
    url = ma.fields.String(
        allow_none=True, required=True, metadata={"description": "Where it was published."}
    )
    source = ma.fields.String(
        allow_none=True, required=True, metadata={"description": "The publication (a web page's site name)."}
    )
    author = ma.fields.String(allow_none=True, required=True, metadata={"description": "The byline."})
    published = UTCDateTime(allow_none=True, required=True)
    external_id = ma.fields.String(
        allow_none=True,
        required=True,
        metadata={"description": "The article's own id: the JSONL `id`, the file path or the URL."},
    )
    href = ma.fields.String(required=True)


class QuoteSchema(ma.Schema):
    """One direct quotation (or one piece of a longer one) with its speakers and document."""

    id = ma.fields.Integer(required=True)
    text = ma.fields.String(required=True, metadata={"description": "The quoted words, marks excluded."})
    speakers = ma.fields.List(ma.fields.Nested(SpeakerRefSchema), required=True)
    document = ma.fields.Nested(DocumentRefSchema, required=True)
    start = ma.fields.Integer(required=True, metadata={"description": "Code-point offset in the document."})
    end = ma.fields.Integer(required=True)
    mention = ma.fields.String(allow_none=True, required=True, metadata={"description": "Name as written."})
    cue = ma.fields.String(
        allow_none=True, required=True, metadata={"description": "Speech verb, e.g. said."}
    )
    confidence = ma.fields.Float(required=True)
    paragraph = ma.fields.Integer(required=True)
    group = ma.fields.Integer(required=True, metadata={"description": "Pieces of one quotation share it."})
    part = ma.fields.Integer(required=True)
    href = ma.fields.String(required=True)


class QuotePieceSchema(ma.Schema):
    """Another piece of the same multi-part quotation."""

    id = ma.fields.Integer(required=True)
    part = ma.fields.Integer(required=True)
    text = ma.fields.String(required=True)
    start = ma.fields.Integer(required=True)
    end = ma.fields.Integer(required=True)
    href = ma.fields.String(required=True)


class QuoteDetailSchema(QuoteSchema):
    """A quote with its full provenance: context around it and the other pieces of the quotation."""

    context_before = ma.fields.String(required=True, metadata={"description": "Text just before."})
    context_after = ma.fields.String(required=True, metadata={"description": "Text just after."})
    pieces = ma.fields.List(ma.fields.Nested(QuotePieceSchema), required=True)


class ExportedQuoteSchema(QuoteSchema):
    """A line of a JSON Lines export: a quote as in the lists, with the text around it."""

    context_before = ma.fields.String(required=True, metadata={"description": "Text just before."})
    context_after = ma.fields.String(required=True, metadata={"description": "Text just after."})


class SearchHitSchema(QuoteSchema):
    """A quote matching a search, with its rank and the matched words marked."""

    score = ma.fields.Float(required=True, metadata={"description": "Higher is more relevant."})
    highlight = ma.fields.String(
        required=True,
        metadata={
            "description": "The quote text with each match wrapped in `<mark>`…`</mark>` (HTML-escaped)."
        },
    )


class DocumentSchema(ma.Schema):
    """A stored article, without its text."""

    id = ma.fields.Integer(required=True)
    title = ma.fields.String(allow_none=True, required=True)
    url = ma.fields.String(allow_none=True, required=True)
    source = ma.fields.String(allow_none=True, required=True)
    author = ma.fields.String(allow_none=True, required=True)
    published = UTCDateTime(allow_none=True, required=True)
    external_id = ma.fields.String(allow_none=True, required=True, metadata={"description": "Caller's id."})
    content_hash = ma.fields.String(required=True, metadata={"description": "SHA-256 of the UTF-8 text."})
    ingested_at = UTCDateTime(required=True)
    length = ma.fields.Integer(required=True, metadata={"description": "Length of the text in code points."})
    quote_count = ma.fields.Integer(required=True)
    href = ma.fields.String(required=True)


class DocumentDetailSchema(DocumentSchema):
    """A stored article with its text and every quote found in it."""

    text = ma.fields.String(required=True)
    quotes = ma.fields.List(ma.fields.Nested(QuoteSchema), required=True)


class ExtractedSpeakerSchema(ma.Schema):
    name = ma.fields.String(required=True)
    kind = ma.fields.String(required=True)
    role = ma.fields.String(allow_none=True, required=True)
    aliases = ma.fields.List(ma.fields.String(), required=True)


class ExtractedQuoteSchema(ma.Schema):
    """A quotation found by ``POST /extract`` (not stored, so no ids)."""

    start = ma.fields.Integer(required=True)
    end = ma.fields.Integer(required=True)
    text = ma.fields.String(required=True)
    speakers = ma.fields.List(ma.fields.String(), required=True, metadata={"description": "Canonical names."})
    mention = ma.fields.String(allow_none=True, required=True)
    cue = ma.fields.String(allow_none=True, required=True)
    confidence = ma.fields.Float(required=True)
    paragraph = ma.fields.Integer(required=True)
    group = ma.fields.Integer(required=True)
    part = ma.fields.Integer(required=True)
    rule = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf([r.value for r in Rule]),
        metadata={"description": "Which attribution rule found the speaker."},
    )
    speaker_details = ma.fields.List(ma.fields.Nested(ExtractedSpeakerSchema), required=True)


class ExtractionSchema(ma.Schema):
    quotes = ma.fields.List(ma.fields.Nested(ExtractedQuoteSchema), required=True)


class HealthSchema(ma.Schema):
    status = ma.fields.String(required=True, metadata={"example": "ok"})
    database = ma.fields.String(metadata={"description": "Backend name, on /readyz."})
