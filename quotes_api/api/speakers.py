"""``/api/v1/speakers``: who is quoted, and everything each of them said.

Speakers are addressed by slug (``wang-yi``), stable across databases because it derives from
the name, so links to a speaker's page can be shared.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

import marshmallow as ma
from flask import Response, request
from flask import abort as flask_abort
from flask_smorest import Blueprint

from quotes_api.api import serialize
from quotes_api.api.args import SpeakerListArgsSchema
from quotes_api.api.errors import PROBLEM_JSON, ProblemSchema, abort
from quotes_api.api.exports import EXPORT_DOC, SpeakerQuotesFormatArgsSchema, export_response, negotiate
from quotes_api.api.pagination import LIST_HEADERS, Page, page_of, paginate
from quotes_api.api.render import page_response
from quotes_api.api.schemas import QuoteSchema, SpeakerRefSchema, SpeakerSchema
from quotes_api.storage import queries
from quotes_api.storage.models import Speaker
from quotes_api.storage.slugs import speakers_sharing
from quotes_api.storage.speakers import redirect_target

blp = Blueprint(
    "speakers", __name__, url_prefix="/api/v1/speakers", description="People and organisations quoted."
)


class MovedSchema(ma.Schema):
    """Where a speaker's old slug now leads (also in the ``Location`` header)."""

    slug = ma.fields.String(required=True, metadata={"description": "The speaker's slug now."})
    href = ma.fields.String(required=True, metadata={"description": "The same request at that slug."})


class CandidateSchema(SpeakerRefSchema):
    """A speaker an ambiguous slug may mean."""

    quote_count = ma.fields.Integer(required=True)


class AmbiguousSlugSchema(ProblemSchema):
    """The slug is an alias two or more speakers share (RFC 9457 problem, status 300)."""

    candidates = ma.fields.List(
        ma.fields.Nested(CandidateSchema),
        required=True,
        metadata={"description": "The speakers it may mean, most quoted first; follow one's `href`."},
    )


AMBIGUOUS = (
    'The slug is an alias that two or more speakers share ("Obama" for Barack and Michelle '
    "Obama): no redirect, but the `candidates` to choose from, as `application/problem+json`."
)
MOVED_HEADERS = {
    "Location": {"description": "The same request at the speaker's slug now.", "schema": {"type": "string"}}
}


def _get_speaker(slug: str) -> Speaker:
    speaker = queries.load_speaker(slug)
    if speaker is None:
        _redirect_or_404(slug)
    return speaker


def _redirect_or_404(slug: str) -> NoReturn:
    """308 to the speaker an alias's, merged or renamed slug now belongs to; 300 with the
    candidates when it is an alias several speakers share; else 404."""
    target = redirect_target(slug)
    if target is None:
        sharing = speakers_sharing(slug)
        if len(sharing) > 1:
            flask_abort(_multiple_choices(slug, sharing))
        if not sharing:
            abort(404, message=f"No speaker with slug {slug!r}.")
        target = sharing[0].slug
    location = request.full_path.rstrip("?").replace(f"/speakers/{slug}", f"/speakers/{target}", 1)
    body = json.dumps({"slug": target, "href": location}) + "\n"
    flask_abort(Response(body, 308, {"Location": location}, mimetype="application/json"))


def _multiple_choices(slug: str, speakers: list[Speaker]) -> Response:
    """300 Multiple Choices as a problem: the speakers an alias they share may mean."""
    body = {
        "type": "urn:quotes-api:problem:ambiguous-slug",
        "title": "Multiple Choices",
        "status": 300,
        "detail": f"{slug!r} is an alias of {len(speakers)} speakers; choose one.",
        "instance": request.path,
        "candidates": [{**serialize.speaker_ref(s), "quote_count": s.quote_count} for s in speakers],
    }
    return Response(json.dumps(body, ensure_ascii=False) + "\n", 300, mimetype=PROBLEM_JSON)


def quote_page(query: Any, args: dict[str, Any]) -> Page:
    """A page of quotes with their speakers (one extra query for the whole page)."""
    page = paginate(query, args)
    speakers = queries.speakers_of([q.id for q in page.items])
    items = [serialize.quote_item(q, speakers.get(q.id, [])) for q in page.items]
    return Page(items=items, total=page.total, page=page.page, per_page=page.per_page)


@blp.route("")
@blp.etag
@blp.arguments(SpeakerListArgsSchema, location="query", error_status_code=400)
@blp.response(200, page_of(SpeakerSchema), headers=LIST_HEADERS)
def list_speakers(args: dict[str, Any]) -> tuple[Page, dict[str, str]]:
    """Speakers with at least one quote; search by name or alias with `q`, filter by `kind`."""
    page = paginate(queries.speaker_list(args), args)
    dates = queries.speaker_dates([s.id for s in page.items])
    items = [serialize.speaker_full(s, dates.get(s.id)) for s in page.items]
    page = Page(items=items, total=page.total, page=page.page, per_page=page.per_page)
    return page, page.headers()


@blp.route("/<string:slug>")
@blp.etag
@blp.response(200, SpeakerSchema)
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(
    308,
    schema=MovedSchema,
    headers=MOVED_HEADERS,
    description="The slug is an alias's or a merged or renamed speaker's: see `Location`.",
)
@blp.alt_response(300, schema=AmbiguousSlugSchema, content_type=PROBLEM_JSON, description=AMBIGUOUS)
def get_speaker(slug: str) -> dict[str, Any]:
    """One speaker: name, kind, roles, aliases, quote count, first and last quoted."""
    speaker = _get_speaker(slug)
    return serialize.speaker_full(speaker, queries.speaker_dates([speaker.id]).get(speaker.id))


@blp.route("/<string:slug>/quotes")
@blp.etag
# (A schema instance: given a class, webargs builds a new schema on every request.)
@blp.arguments(SpeakerQuotesFormatArgsSchema(), location="query", error_status_code=400)
@blp.response(200, page_of(QuoteSchema), headers=LIST_HEADERS)
@blp.doc(**EXPORT_DOC)
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(
    308,
    schema=MovedSchema,
    headers=MOVED_HEADERS,
    description="The slug is an alias's or a merged or renamed speaker's: see `Location`.",
)
@blp.alt_response(300, schema=AmbiguousSlugSchema, content_type=PROBLEM_JSON, description=AMBIGUOUS)
def speaker_quotes(args: dict[str, Any], slug: str) -> Any:
    """Everything the speaker said: text search `q`, date range, document; sorted and paged.

    With `format` (or `Accept`) `csv`, `jsonl`, `jsonld` or `annotation`: all of it, unpaged,
    streamed as a file (see `GET /export`)."""
    speaker = queries.find_speaker(slug)  # its id, slug and quote count are all this view needs
    if speaker is None:
        _redirect_or_404(slug)
    fmt = negotiate(args.get("format"), "json", ("json", "csv", "jsonl", "jsonld", "annotation"))
    if fmt != "json":
        return export_response(fmt, args, speaker_id=speaker.id, name=f"quotes-{speaker.slug}")
    # Written here from serialize's dicts, not re-dumped by the schema (see render).
    return page_response(blp, quote_page(queries.quote_list(args, speaker=speaker), args))
