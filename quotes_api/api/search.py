"""``/api/v1/search``: ranked full-text search over quotes, with the matches marked."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint

from quotes_api.api import fulltext, queries, serialize
from quotes_api.api.args import SearchArgsSchema
from quotes_api.api.pagination import LIST_HEADERS, Page, page_of
from quotes_api.api.schemas import SearchHitSchema
from quotes_api.storage.models import Document, Quote

blp = Blueprint("search", __name__, url_prefix="/api/v1", description="Full-text search.")


@blp.route("/search")
@blp.etag
@blp.arguments(SearchArgsSchema, location="query", error_status_code=400)
@blp.response(200, page_of(SearchHitSchema), headers=LIST_HEADERS)
def search(args: dict[str, Any]) -> tuple[Page, dict[str, str]]:
    """Quotes matching `q` (words, "phrases", OR, -word), best match first."""
    page_no, per_page = args["page"], args["per_page"]
    speaker_id = None
    if args.get("speaker"):
        speaker = queries.find_speaker(args["speaker"])
        if speaker is None:
            page = Page(items=[], total=0, page=page_no, per_page=per_page)
            return page, page.headers()
        speaker_id = speaker.id
    total, hits = fulltext.search(
        args["q"], speaker_id=speaker_id, since=args.get("since"), until=args.get("until"),
        limit=per_page, offset=(page_no - 1) * per_page,
    )  # fmt: skip
    ids = [h.quote_id for h in hits]
    rows = {q.id: q for q in Quote.select(Quote, *queries.DOCUMENT_REF_FIELDS).join(Document)
            .where(Quote.id.in_(ids))} if ids else {}  # fmt: skip
    speakers = queries.speakers_of(ids)
    items = [
        {**serialize.quote_item(rows[h.quote_id], speakers.get(h.quote_id, [])), "score": h.score,
         "highlight": h.highlight}
        for h in hits if h.quote_id in rows
    ]  # fmt: skip
    page = Page(items=items, total=total, page=page_no, per_page=per_page)
    return page, page.headers()
