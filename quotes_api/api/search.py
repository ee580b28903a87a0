"""``/api/v1/search``: ranked full-text search over quotes, with the matches marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask_smorest import Blueprint
from werkzeug.wrappers import Response

from quotes_api.api import serialize
from quotes_api.api.args import SearchArgsSchema
from quotes_api.api.pagination import LIST_HEADERS, Page, page_of
from quotes_api.api.render import page_response
from quotes_api.api.schemas import SearchHitSchema
from quotes_api.storage import queries
from quotes_api.storage.search import search_quotes

blp = Blueprint("search", __name__, url_prefix="/api/v1", description="Full-text search.")


@blp.route("/search")
@blp.etag
# (A schema instance: given a class, webargs builds a new schema on every request.)
@blp.arguments(SearchArgsSchema(), location="query", error_status_code=400)
@blp.response(200, page_of(SearchHitSchema), headers=LIST_HEADERS)
def search(args: dict[str, Any]) -> Response:
    """Quotes matching `q` (words, "phrases", OR, -word), best match first."""
    page_no, per_page = args["page"], args["per_page"]
    speaker_id = None
    if args.get("speaker"):
        speaker = queries.find_speaker(args["speaker"])
        if speaker is None:
            return page_response(blp, Page(items=[], total=0, page=page_no, per_page=per_page))
        speaker_id = speaker.id
    since, until = args.get("since"), args.get("until")
    result = search_quotes(
        args["q"],
        speaker_id=speaker_id,
        date_from=dt.datetime.combine(since, dt.time()) if since else None,
        date_to=dt.datetime.combine(until, dt.time.max) if until else None,
        limit=per_page,
        offset=(page_no - 1) * per_page,
    )
    hits = result.hits
    speakers = queries.speakers_of([h.quote.id for h in hits])
    items = [
        {
            **serialize.quote_item(h.quote, speakers.get(h.quote.id, [])),
            "score": round(h.score, 6),
            "highlight": serialize.highlight(h.quote.text, h.spans),
        }
        for h in hits
    ]
    return page_response(blp, Page(items=items, total=result.total, page=page_no, per_page=per_page))
