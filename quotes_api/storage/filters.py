"""The list filters and orders of quotes, shared by the API's lists, the web pages and the exports.

``speaker``, text search ``q``, ``since``/``until``, ``document`` and ``min_length`` mean the
same wherever a list of quotes is asked for; this is their one definition.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from peewee import Case, ModelSelect, fn

from quotes_api.storage.models import Quote, QuoteSpeaker
from quotes_api.storage.search import text_filter

Select = TypeVar("Select", bound="ModelSelect[Any]")


def where_published(query: Select, column: Any, args: dict[str, Any]) -> Select:
    """Restrict ``column`` to ``since``..``until`` (whole days, inclusive)."""
    if args.get("since"):
        query = query.where(column >= dt.datetime.combine(args["since"], dt.time()))
    if args.get("until"):
        query = query.where(column < dt.datetime.combine(args["until"] + dt.timedelta(days=1), dt.time()))
    return query


def filter_quotes(query: Select, args: dict[str, Any], speaker_id: int | None = None) -> Select:
    """``query`` (on :class:`Quote`) restricted by the list filters in ``args`` and a speaker."""
    if speaker_id is not None:
        query = query.where(
            Quote.id.in_(QuoteSpeaker.select(QuoteSpeaker.quote).where(QuoteSpeaker.speaker == speaker_id))
        )
    if args.get("q"):
        query = query.where(text_filter(args["q"]))
    query = where_published(query, Quote.published, args)
    if args.get("document"):
        query = query.where(Quote.document == args["document"])
    if args.get("min_length"):
        query = query.where(fn.LENGTH(Quote.text) >= args["min_length"])
    return query


def quote_order(sort: str) -> tuple[Any, ...]:
    """ORDER BY terms for a quote ``sort`` value; undated quotes go last either way."""
    undated_last = Case(None, [(Quote.published.is_null(), 1)], 0)
    return {
        "-published": (undated_last, Quote.published.desc(), Quote.document, Quote.position, Quote.id),
        "published": (undated_last, Quote.published, Quote.document, Quote.position, Quote.id),
        "-confidence": (Quote.confidence.desc(), Quote.id),
        "position": (Quote.document, Quote.position, Quote.id),
    }[sort]
