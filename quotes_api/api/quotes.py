"""``/api/v1/quotes``: all quotations, filtered, and one quotation with its full provenance."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint
from werkzeug.wrappers import Response

from quotes_api.api import hotsql, queries, serialize
from quotes_api.api.args import QuoteListArgsSchema
from quotes_api.api.errors import abort
from quotes_api.api.pagination import LIST_HEADERS, Page, page_of
from quotes_api.api.render import json_response, page_response
from quotes_api.api.schemas import QuoteDetailSchema, QuoteSchema
from quotes_api.api.speakers import quote_page

blp = Blueprint("quotes", __name__, url_prefix="/api/v1/quotes", description="Direct quotations.")


@blp.route("")
@blp.etag
# (A schema instance: given a class, webargs builds a new schema on every request.)
@blp.arguments(QuoteListArgsSchema(), location="query", error_status_code=400)
@blp.response(200, page_of(QuoteSchema), headers=LIST_HEADERS)
def list_quotes(args: dict[str, Any]) -> Response:
    """Quotes filtered by `speaker` slug, text search `q`, date range, `document`, `min_length`."""
    speaker = None
    if args.get("speaker"):
        speaker = hotsql.find_speaker(args["speaker"])
        if speaker is None:  # an unknown speaker said nothing: an empty page, not an error
            return page_response(blp, Page(items=[], total=0, page=args["page"], per_page=args["per_page"]))
    return page_response(blp, quote_page(queries.quotes_query(args, speaker=speaker), args))


@blp.route("/<int:quote_id>")
@blp.etag
@blp.response(200, QuoteDetailSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_quote(quote_id: int) -> Response:
    """One quote with provenance: document, offsets, cue, mention, confidence, context, other pieces."""
    quote = queries.quote_with_document(quote_id)
    if quote is None:
        abort(404, message=f"No quote with id {quote_id}.")
    speakers = hotsql.speakers_of([quote.id]).get(quote.id, [])
    return json_response(blp, serialize.quote_detail(quote, speakers, queries.pieces_of(quote)))
