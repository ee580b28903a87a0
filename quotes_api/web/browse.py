"""Finding things: the home page, quote search, the speaker list and a speaker's page."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from flask import abort, render_template, request

from quotes_api.api import serialize
from quotes_api.api.args import SearchArgsSchema, SpeakerListArgsSchema, SpeakerQuotesArgsSchema
from quotes_api.api.pagination import Page, paginate
from quotes_api.api.speakers import quote_page
from quotes_api.exports import FILE_SUFFIXES
from quotes_api.storage import queries
from quotes_api.storage.search import search_quotes
from quotes_api.web.blueprint import bp
from quotes_api.web.layout import Span, runs
from quotes_api.web.params import load

HOME_SPEAKERS = 12
HOME_DOCUMENTS = 8
#: Export formats offered as downloads on a speaker's page: (format, label).
DOWNLOADS = (("csv", "CSV"), ("jsonl", "JSON Lines"), ("jsonld", "JSON-LD"))


@bp.route("/")
def home() -> str:
    """Search box, most-quoted speakers, recent documents."""
    speakers = list(queries.speaker_list({"sort": "-quotes"}).limit(HOME_SPEAKERS))
    documents = [serialize.document_item(d) for d in queries.document_list({}).limit(HOME_DOCUMENTS)]
    return render_template("web/home.html", speakers=speakers, documents=documents)


@bp.route("/search")
def search() -> str:
    """Ranked full-text search over every quote (the API's ``/search``, as a page)."""
    fields = ("q", "since", "until", "page", "per_page")
    if not any(v.strip() for k, v in request.args.items() if k in fields):
        return render_template("web/search.html", args={}, page=None)
    args = load(SearchArgsSchema(), fields)
    since, until = args.get("since"), args.get("until")
    result = search_quotes(
        args["q"],
        date_from=dt.datetime.combine(since, dt.time()) if since else None,
        date_to=dt.datetime.combine(until, dt.time.max) if until else None,
        limit=args["per_page"],
        offset=(args["page"] - 1) * args["per_page"],
    )
    speakers = queries.speakers_of([h.quote.id for h in result.hits])
    items = [
        {
            **serialize.quote_item(h.quote, speakers.get(h.quote.id, [])),
            "runs": _marked(h.quote.text, h.spans),
        }
        for h in result.hits
    ]
    page = Page(items=items, total=result.total, page=args["page"], per_page=args["per_page"])
    return render_template("web/search.html", args=args, page=page)


@bp.route("/speakers")
def speakers() -> str:
    """Everyone quoted, most quoted first; filter by name."""
    args = load(SpeakerListArgsSchema(), ("q", "page", "per_page"))
    page = paginate(queries.speaker_list(args), args)
    return render_template("web/speakers.html", args=args, page=page)


@bp.route("/speakers/<string:slug>")
def speaker(slug: str) -> str:
    """A speaker: who, and what they said (filtered by text and date, paged), with downloads."""
    found = queries.load_speaker(slug)
    if found is None:
        abort(404, description=f"Nobody called “{slug}” is quoted here.")
    args = load(SpeakerQuotesArgsSchema(), ("q", "since", "until", "page", "per_page"))
    page = quote_page(queries.quote_list(args, speaker=found), args)
    person = serialize.speaker_full(found, queries.speaker_dates([found.id]).get(found.id))
    return render_template(
        "web/speaker.html", speaker=person, args=args, page=page, downloads=_downloads(found.slug, args)
    )


def _marked(text: str, spans: list[tuple[int, int]]) -> list[Any]:
    """The quote's text as runs, the search's matches marked (the template escapes each run)."""
    return runs(text, 0, len(text), [Span(start, end, "match") for start, end in spans])


def _downloads(slug: str, args: dict[str, Any]) -> list[dict[str, str]]:
    """Links to the API's export of this list (same filters), one a format."""
    filters = {k: str(args[k]) for k in ("q", "since", "until") if args.get(k)}
    return [
        {
            "label": label,
            "href": f"{serialize.API}/speakers/{slug}/quotes?" + urlencode({**filters, "format": fmt}),
            "filename": f"quotes-{slug}.{FILE_SUFFIXES[fmt]}",
        }
        for fmt, label in DOWNLOADS
    ]
