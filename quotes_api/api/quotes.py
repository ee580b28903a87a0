"""``/api/v1/quotes``: all quotations, filtered, and one quotation with its full provenance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import marshmallow as ma
from flask_smorest import Blueprint
from werkzeug.wrappers import Response

from quotes_api.api import serialize
from quotes_api.api.args import QuoteListArgsSchema
from quotes_api.api.errors import abort
from quotes_api.api.pagination import LIST_HEADERS, Page, page_of
from quotes_api.api.render import json_response, page_response
from quotes_api.api.schemas import QuoteDetailSchema, QuoteSchema
from quotes_api.api.speakers import quote_page
from quotes_api.storage import queries
from quotes_api.storage.corrections import rejected_quote

blp = Blueprint("quotes", __name__, url_prefix="/api/v1/quotes", description="Direct quotations.")


class QuoteByIdSchema(QuoteDetailSchema):
    """One quotation with its provenance, and whether an editor rejected it."""

    rejected = ma.fields.Boolean(
        required=True,
        metadata={
            "description": "An editor marked it as not a quotation: it is in no list, search, export "
            "or verify, and is shown here only so that it can be seen and undone "
            '(`PATCH /quotes/{id}` `{"rejected": false}`).'
        },
    )


@blp.route("")
@blp.etag
# (A schema instance: given a class, webargs builds a new schema on every request.)
@blp.arguments(QuoteListArgsSchema(), location="query", error_status_code=400)
@blp.response(200, page_of(QuoteSchema), headers=LIST_HEADERS)
def list_quotes(args: dict[str, Any]) -> Response:
    """Quotes filtered by `speaker` slug, text search `q`, date range, `document`, `min_length`."""
    speaker = None
    if args.get("speaker"):
        speaker = queries.find_speaker(args["speaker"])
        if speaker is None:  # an unknown speaker said nothing: an empty page, not an error
            return page_response(blp, Page(items=[], total=0, page=args["page"], per_page=args["per_page"]))
    return page_response(blp, quote_page(queries.quote_list(args, speaker=speaker), args))


@blp.route("/<int:quote_id>")
@blp.etag
@blp.response(200, QuoteByIdSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_quote(quote_id: int) -> Response:
    """One quote with provenance: document, offsets, cue, mention, confidence, context, other pieces.

    A quotation an editor rejected is answered too, with `rejected: true` and its speakers as
    they were, so that it can be seen and undone; it is in no list, search, export or verify."""
    quote = queries.quote_with_document(quote_id)
    speakers: Sequence[serialize.SpeakerLike]
    if quote is not None:
        speakers = queries.speakers_of([quote.id]).get(quote.id, [])
        rejected = False
    else:
        found = rejected_quote(quote_id)
        if found is None:
            abort(404, message=f"No quote with id {quote_id}.")
        quote, speakers = found
        rejected = True
    detail = serialize.quote_detail(quote, speakers, queries.pieces_of(quote))
    return json_response(blp, {**detail, "rejected": rejected})
