"""``GET /api/v1/export`` and the export formats of ``GET /api/v1/speakers/{slug}/quotes``;
``GET /api/v1/quotes/{id}/annotation``.

The format is ``format=`` when given, else the best match for ``Accept`` (406 when nothing
offered is acceptable). Exports are generator responses fed by
:mod:`quotes_api.exports` (keyset-paginated reads), so a million quotes go out in constant
memory. Each carries an ETag from a cheap fingerprint of the rows (count, max and sum of ids),
so an unchanged export answers 304 without being built.
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import Response, json, request, stream_with_context
from flask_smorest import Blueprint

from quotes_api.api.args import QuoteListArgsSchema, SpeakerQuotesArgsSchema
from quotes_api.api.errors import abort
from quotes_api.api.pagination import PageArgsSchema
from quotes_api.api.public_url import public_base_url
from quotes_api.exports import FILE_SUFFIXES, FORMATS, MEDIA_TYPES, export_chunks
from quotes_api.exports.annotation import CONTEXT as ANNOTATION_CONTEXT
from quotes_api.exports.annotation import annotation
from quotes_api.exports.provenance import attach_context_from_text
from quotes_api.storage import queries

blp = Blueprint("exports", __name__, url_prefix="/api/v1", description="Quote lists as files; annotations.")

FORMAT_HELP = (
    "`csv` (RFC 4180, UTF-8, header row), `jsonl` (JSON Lines), `jsonld` (schema.org Quotation), "
    "`annotation` (W3C Web Annotations); otherwise chosen by `Accept`."
)
_ACCEPT_ALIASES = {
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "application/jsonlines": "jsonl",
}


def _format_field(choices: tuple[str, ...]) -> ma.fields.String:
    return ma.fields.String(validate=ma.validate.OneOf(choices), metadata={"description": FORMAT_HELP})


class ExportArgsSchema(QuoteListArgsSchema):
    """The filters of ``GET /quotes``, without paging or sorting: an export is the whole list."""

    class Meta(PageArgsSchema.Meta):
        exclude = ("page", "per_page", "sort")

    format = _format_field(FORMATS)


class SpeakerQuotesFormatArgsSchema(SpeakerQuotesArgsSchema):
    """A speaker's quote list: a JSON page by default, or a whole export in another format."""

    format = _format_field(("json", *FORMATS))


def _content(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"schema": {**schema, "description": description}}


STRING = {"type": "string"}
ANNOTATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["@context", "id", "type", "target"],
    "properties": {
        "@context": {"const": ANNOTATION_CONTEXT},
        "id": STRING,
        "type": {"const": "Annotation"},
        "motivation": STRING,
        "body": {"type": "array", "items": {"type": "object"}},
        "target": {
            "type": "object",
            "required": ["source", "selector", "contextBefore", "contextAfter"],
            "properties": {
                "source": {
                    "type": "object",
                    "required": ["id", "type"],
                    "properties": {"id": STRING, "type": {"const": "Text"}},
                    "description": "The article: its URL (else its API path), and its `schema:headline`, "
                    "`schema:author`, `schema:publisher`, `schema:datePublished` and "
                    "`schema:identifier` when known.",
                },
                "selector": {"type": "array", "items": {"type": "object"}},
                "contextBefore": {**STRING, "description": "Text just before the quote (as `QuoteDetail`)."},
                "contextAfter": {**STRING, "description": "Text just after it."},
            },
        },
    },
}
EXPORT_CONTENT: dict[str, Any] = {
    MEDIA_TYPES["csv"]: _content("RFC 4180 CSV with a header row, one row a quote.", STRING),
    MEDIA_TYPES["jsonl"]: _content(
        "JSON Lines: one `ExportedQuote` a line (a `Quote` with `context_before` and `context_after`).",
        STRING,
    ),
    MEDIA_TYPES["jsonld"]: _content(
        'JSON-LD: `{"@context": ["https://schema.org", {...}], "@graph": [Quotation, ...]}`; each Quotation '
        "`isPartOf` its NewsArticle.",
        {"type": "object"},
    ),
    MEDIA_TYPES["annotation"]: _content(
        "A W3C AnnotationCollection; `first.items` holds one Annotation a quote.", {"type": "object"}
    ),
}
EXPORT_DOC = {"responses": {200: {"content": EXPORT_CONTENT}, 406: "NOT_ACCEPTABLE"}}


def negotiate(requested: str | None, default: str, offered: tuple[str, ...]) -> str:
    """The format to answer: ``format=`` if given, else the best of ``offered`` for ``Accept``."""
    if requested:
        return requested
    accept = request.accept_mimetypes
    if not accept:
        return default
    media = {"json": "application/json", **MEDIA_TYPES}
    by_type = {media[f]: f for f in (default, *offered)}  # the default first: what */* gets
    best = accept.best_match(list(by_type) + list(_ACCEPT_ALIASES))
    if best is None:
        wanted = ", ".join(media[f] for f in offered)
        abort(406, message=f"Cannot answer {request.headers.get('Accept')!r}; offered: {wanted}.")
    return by_type.get(best) or _ACCEPT_ALIASES[best]


def export_response(fmt: str, args: dict[str, Any], *, speaker_id: int | None, name: str) -> Response:
    """The streamed export (304 when the client's ETag still holds)."""
    filters = {k: v for k, v in args.items() if k not in ("format", "page", "per_page", "sort")}
    blp.set_etag(
        {
            "format": fmt,
            "filters": repr(sorted(filters.items())),
            "rows": queries.fingerprint(filters, speaker_id=speaker_id),
        }
    )
    chunks = export_chunks(fmt, filters, speaker_id=speaker_id, base_url=public_base_url())
    response = Response(stream_with_context(chunks), content_type=_content_type(fmt))
    response.headers["Content-Disposition"] = f'inline; filename="{name}.{FILE_SUFFIXES[fmt]}"'
    response.vary.add("Accept")
    return response


def _content_type(fmt: str) -> str:
    return MEDIA_TYPES[fmt] + ("; charset=utf-8; header=present" if fmt == "csv" else "")


@blp.route("/export")
@blp.etag
@blp.arguments(ExportArgsSchema, location="query", error_status_code=400)
@blp.response(200)
@blp.doc(**EXPORT_DOC)
def export(args: dict[str, Any]) -> Response:
    """Every quote matching the filters of `GET /quotes`, streamed as CSV, JSON Lines, JSON-LD or
    Web Annotations (by `format` or `Accept`; JSON Lines by default), in storage order."""
    fmt = negotiate(args.get("format"), "jsonl", FORMATS)
    speaker_id = None
    if args.get("speaker"):
        speaker = queries.find_speaker(args["speaker"])
        speaker_id = speaker.id if speaker is not None else -1  # unknown speaker: an empty export
    return export_response(fmt, args, speaker_id=speaker_id, name="quotes")


@blp.route("/quotes/<int:quote_id>/annotation")
@blp.etag
@blp.response(200)
@blp.doc(responses={200: {"content": {MEDIA_TYPES["annotation"]: {"schema": ANNOTATION_SCHEMA}}}})
@blp.alt_response(404, response="NOT_FOUND")
def quote_annotation(quote_id: int) -> Response:
    """The quote as a W3C Web Annotation: TextPositionSelector (code points) and TextQuoteSelector."""
    quote = queries.quote_with_document(quote_id)
    if quote is None:
        abort(404, message=f"No quote with id {quote_id}.")
    speakers = queries.speakers_of([quote.id]).get(quote.id, [])
    attach_context_from_text(quote, quote.document.text)
    body = annotation(quote, speakers, public_base_url())
    blp.set_etag(body)
    return Response(json.dumps(body, ensure_ascii=False) + "\n", content_type=MEDIA_TYPES["annotation"])
