"""Quotes to export, read in keyset-paginated chunks so that memory stays flat at any size.

The filters are the list endpoints' (speaker, text search ``q``, ``since``/``until``,
``document``, ``min_length``); :func:`filter_quotes` is the one definition both use. Rows are
read in quote-id order (the order documents were stored, then document order), a chunk at a
time with ``WHERE id > last`` rather than ``OFFSET``, so each chunk costs the same however far
into a million rows the export is, and no query holds a cursor (or a read lock) open while
the client downloads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from peewee import Case, ModelSelect, fn

from quotes_api.exports.provenance import CONTEXT_CHARS, attach_context
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from quotes_api.storage.search import text_filter

#: Rows read per query: large enough that per-query overhead vanishes, small enough that a
#: chunk (with its speakers) is a few hundred kilobytes.
CHUNK_SIZE = 1000

#: Document columns an exported quote shows (everything but the text).
DOCUMENT_REF_FIELDS = (Document.id, Document.title, Document.url, Document.source, Document.author,
                       Document.published, Document.external_id)


def where_published(query: ModelSelect, column: Any, args: dict[str, Any]) -> ModelSelect:
    """Restrict ``column`` to ``since``..``until`` (whole days, inclusive)."""
    if args.get("since"):
        query = query.where(column >= dt.datetime.combine(args["since"], dt.time()))
    if args.get("until"):
        query = query.where(column < dt.datetime.combine(args["until"] + dt.timedelta(days=1), dt.time()))
    return query


def filter_quotes(query: ModelSelect, args: dict[str, Any], speaker_id: int | None = None) -> ModelSelect:
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


def speakers_of(quote_ids: list[int]) -> dict[int, list[Speaker]]:
    """Each quote's speakers, in the order the text named them (one query for many quotes).

    Only what a quote shows of its speakers is loaded: ``id``, ``slug``, ``name``, ``kind``,
    ``wikidata``
    (a list page has a few dozen; whole rows, with their JSON roles and aliases, cost a
    noticeable share of the request).
    """
    if not quote_ids:
        return {}
    out: dict[int, list[Speaker]] = {qid: [] for qid in quote_ids}
    rows = (
        QuoteSpeaker.select(QuoteSpeaker.quote, Speaker.id, Speaker.slug, Speaker.name, Speaker.kind,
                            Speaker.wikidata)
        .join(Speaker)
        .where(QuoteSpeaker.quote.in_(quote_ids))
        .order_by(QuoteSpeaker.quote, QuoteSpeaker.position)
        .tuples()
    )
    for quote_id, speaker_id, slug, name, kind, wikidata in rows:
        out[quote_id].append(Speaker(id=speaker_id, slug=slug, name=name, kind=kind, wikidata=wikidata))
    return out


def find_speaker(slug: str) -> Speaker | None:
    """The speaker with ``slug`` who still has quotes."""
    return Speaker.get_or_none((Speaker.slug == slug) & (Speaker.quote_count > 0))


def _windows() -> tuple[Any, Any]:
    """SQL for the :data:`CONTEXT_CHARS` code points before the quote and one more than that
    after it (1-based SUBSTR; the extra one tells whether the text goes on)."""
    n = CONTEXT_CHARS
    near_start = Quote.start < n
    before = fn.SUBSTR(
        Document.text, Case(None, [(near_start, 1)], Quote.start - (n - 1)),
        Case(None, [(near_start, Quote.start)], n),
    )  # fmt: skip
    after = fn.SUBSTR(Document.text, Quote.end + 1, n + 1)
    return before.alias("window_before"), after.alias("window_after")


def _add_context(quote: Quote) -> Quote:
    """The quote with the text around it, from the windows read with it."""
    before, after = quote.window_before or "", quote.window_after or ""
    return attach_context(quote, before, after[:CONTEXT_CHARS], cut_before=quote.start > CONTEXT_CHARS,
                          cut_after=len(after) > CONTEXT_CHARS)


def iter_quotes(
    args: dict[str, Any] | None = None,
    *,
    speaker_id: int | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[tuple[Quote, list[Speaker]]]:
    """Every quote matching ``args`` with its speakers, in id order, ``chunk_size`` rows a query.

    Each quote also carries the text around it: ``context_before``/``context_after`` and
    ``prefix``/``suffix`` (for W3C ``TextQuoteSelector``), cut from windows read in SQL so
    that document texts are never loaded whole. Needs the models bound to a database.
    """
    args = args or {}
    columns: list[Any] = [Quote, *DOCUMENT_REF_FIELDS, *_windows()]
    base = filter_quotes(Quote.select(*columns).join(Document), args, speaker_id)
    last = 0
    while True:
        chunk = list(base.where(Quote.id > last).order_by(Quote.id).limit(chunk_size))
        if not chunk:
            return
        speakers = speakers_of([q.id for q in chunk])
        for quote in chunk:
            yield _add_context(quote), speakers.get(quote.id, [])
        if len(chunk) < chunk_size:
            return
        last = chunk[-1].id


def fingerprint(args: dict[str, Any] | None = None, *, speaker_id: int | None = None) -> tuple[int, int, int]:
    """``(count, max id, sum of ids)`` of the quotes an export would hold: changes when they do.

    One aggregate query, cheaper than the export, so an unchanged export answers 304.
    """
    query = filter_quotes(
        Quote.select(fn.COUNT(Quote.id), fn.MAX(Quote.id), fn.SUM(Quote.id)).join(Document),
        args or {}, speaker_id,
    )  # fmt: skip
    count, top, total = query.tuples().first() or (0, 0, 0)
    return int(count or 0), int(top or 0), int(total or 0)
