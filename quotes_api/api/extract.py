"""``POST /api/v1/extract``: attribution of a caller's own text, with nothing stored.

For tools that want the extractor's answer without adding the text to the shared database.
It is a pure computation, so it needs no API key and no database.
"""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint

from quotes_api.api.args import TextInSchema
from quotes_api.api.schemas import ExtractionSchema
from quotes_api.extraction import extract as extract_quotes

blp = Blueprint("extract", __name__, url_prefix="/api/v1", description="Extraction without storage.")


@blp.route("/extract", methods=["POST"])
@blp.arguments(TextInSchema, example={"text": '"We will win," said Governor Amy Tran.'})
@blp.response(200, ExtractionSchema)
@blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
@blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
@blp.alt_response(429, response="TOO_MANY_REQUESTS")
@blp.alt_response(503, response="SERVICE_UNAVAILABLE")
def extract(body: dict[str, Any]) -> dict[str, Any]:
    """Find the quotations in `text` and their speakers; nothing is stored."""
    return {"quotes": [q.to_dict() for q in extract_quotes(body["text"])]}
