"""The read layer: one function for each question the API, the exports and the web pages ask.

Each list query ends its ``ORDER BY`` with a unique id, so pages never overlap or skip rows.
Quote lists never load ``document.text`` (it can be large); only the detail views do. Lists
in date order read one index range (:mod:`quotes_api.storage.dated`); the busiest statements
are composed once and read into light records (:mod:`quotes_api.storage.records`). Full-text
search is :func:`quotes_api.storage.search.search_quotes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from peewee import Case, ModelSelect, Tuple, fn

from quotes_api.storage.dated import DatedQuotes, DateOrdered, SpeakerKey
from quotes_api.storage.filters import filter_quotes, quote_order, where_published
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from quotes_api.storage.records import DOCUMENT_REF_FIELDS, SpeakerRow, as_datetime, run, statement

# -- speakers ---------------------------------------------------------------------------------


def _find_speaker() -> tuple[ModelSelect[Any], list[Any]]:
    columns = (Speaker.id, Speaker.slug, Speaker.name, Speaker.kind, Speaker.wikidata, Speaker.quote_count)
    query = Speaker.select(*columns).where((Speaker.slug == "?") & (Speaker.quote_count > 0)).limit(1)
    return query, ["?", 0, 1]


def find_speaker(slug: str) -> SpeakerRow | None:
    """The speaker with ``slug`` who still has quotes, as a light record (for filtering lists)."""
    rows = run(statement(_find_speaker), (slug, 0, 1))
    return SpeakerRow(*rows[0]) if rows else None


def load_speaker(slug: str) -> Speaker | None:
    """The whole speaker with ``slug`` who still has quotes (roles, aliases: for their page)."""
    return Speaker.get_or_none((Speaker.slug == slug) & (Speaker.quote_count > 0))


def _speakers_of(n: int) -> tuple[ModelSelect[Any], list[Any]]:
    ids = [-1 - i for i in range(n)]
    query = (
        QuoteSpeaker.select(
            QuoteSpeaker.quote, Speaker.id, Speaker.slug, Speaker.name, Speaker.kind, Speaker.wikidata
        )
        .join(Speaker)
        .where(QuoteSpeaker.quote.in_(ids))
        .order_by(QuoteSpeaker.quote, QuoteSpeaker.position)
    )
    return query, ids


def speakers_of(quote_ids: list[int]) -> dict[int, list[SpeakerRow]]:
    """Each quote's speakers in the order the text named them (one statement for many quotes).

    Only what a quote shows of its speakers is read (a list page has a few dozen; whole rows,
    with their JSON roles and aliases, cost a noticeable share of the request).
    """
    if not quote_ids:
        return {}
    out: dict[int, list[SpeakerRow]] = {qid: [] for qid in quote_ids}
    for quote_id, *speaker in run(statement(_speakers_of, len(quote_ids)), list(quote_ids)):
        out[quote_id].append(SpeakerRow(*speaker))
    return out


def speaker_list(args: dict[str, Any]) -> ModelSelect[Any]:
    """Speakers with at least one quote, filtered by name/alias text and kind, in a stable order."""
    query = Speaker.select().where(Speaker.quote_count > 0)
    if args.get("q"):
        needle = args["q"].strip().lower()
        # Through LOWER() so the needle is not converted by the aliases' JSON list field.
        query = query.where(
            fn.LOWER(Speaker.name).contains(needle) | fn.LOWER(Speaker.aliases).contains(needle)
        )
    if args.get("kind"):
        query = query.where(Speaker.kind == args["kind"])
    order = {
        "-quotes": (Speaker.quote_count.desc(), Speaker.name, Speaker.id),
        "quotes": (Speaker.quote_count, Speaker.name, Speaker.id),
        "name": (Speaker.name, Speaker.id),
        "-name": (Speaker.name.desc(), Speaker.id.desc()),
    }[args.get("sort", "-quotes")]
    return query.order_by(*order)


def speaker_dates(speaker_ids: list[int]) -> dict[int, tuple[dt.datetime | None, dt.datetime | None]]:
    """First and last publication date of each speaker's quotes (one grouped query)."""
    if not speaker_ids:
        return {}
    query = (
        QuoteSpeaker.select(
            QuoteSpeaker.speaker,
            fn.MIN(QuoteSpeaker.published).alias("first"),
            fn.MAX(QuoteSpeaker.published).alias("last"),
        )
        .where(QuoteSpeaker.speaker.in_(speaker_ids))
        .group_by(QuoteSpeaker.speaker)
    )
    # Raw rows: the aggregates' dates come back as text on SQLite either way (as_datetime).
    return {sid: (as_datetime(first), as_datetime(last)) for sid, first, last in run(*query.sql())}


# -- quotes -----------------------------------------------------------------------------------


def quote_list(args: dict[str, Any], *, speaker: SpeakerKey | None = None) -> ModelSelect[Any] | DatedQuotes:
    """Quotes matching the list filters (``speaker``, ``q``, dates, document, length), sorted.

    Lists in date order with no filter but dates (the common case: a speaker's page) come as a
    :class:`~quotes_api.storage.dated.DatedQuotes`, which reads one index range; anything else
    is one peewee query. Both are paged by :func:`quotes_api.api.pagination.paginate`.
    """
    sort = args.get("sort", "-published")
    if sort in ("-published", "published") and not any(args.get(k) for k in ("q", "document", "min_length")):
        return DatedQuotes(args, speaker, descending=sort == "-published")
    query = Quote.select(Quote, *DOCUMENT_REF_FIELDS).join(Document)
    query = filter_quotes(query, args, speaker.id if speaker is not None else None)
    return query.order_by(*quote_order(sort))


def quote_with_document(quote_id: int) -> Quote | None:
    """One quote with its whole document (text included, for the context)."""
    return Quote.select(Quote, Document).join(Document).where(Quote.id == quote_id).first()


def pieces_of(quote: Quote) -> list[Quote]:
    """The other pieces of ``quote``'s multi-part quotation, in order."""
    return pieces_of_each([quote])[quote.id]


def pieces_of_each(quotes: list[Quote]) -> dict[int, list[Quote]]:
    """:func:`pieces_of` for several quotes, read in one statement (verify shows a dozen)."""
    if not quotes:
        return {}
    groups = {(q.document_id, q.group) for q in quotes}
    rows = list(
        Quote.select(Quote.id, Quote.document, Quote.group, Quote.part, Quote.text, Quote.start, Quote.end)
        .where(Tuple(Quote.document, Quote.group).in_(sorted(groups)))
        .order_by(Quote.part, Quote.id)
    )
    return {
        q.id: [p for p in rows if (p.document_id, p.group) == (q.document_id, q.group) and p.id != q.id]
        for q in quotes
    }


# -- documents --------------------------------------------------------------------------------


def document_list(args: dict[str, Any]) -> ModelSelect[Any] | DateOrdered:
    """Documents (without text) with their quote counts, filtered and in a stable order.

    By date (the default) along index ``document (published)``: see
    :class:`~quotes_api.storage.dated.DateOrdered`.
    """
    count = Quote.select(fn.COUNT(Quote.id)).where(Quote.document == Document.id)
    query = Document.select(
        *DOCUMENT_REF_FIELDS,
        Document.content_hash,
        Document.ingested_at,
        fn.LENGTH(Document.text).alias("length"),
        count.alias("quote_count"),
    )
    if args.get("source"):
        query = query.where(Document.source == args["source"])
    query = where_published(query, Document.published, args)
    sort = args.get("sort", "-published")
    if sort in ("-published", "published"):
        tie = Document.id.desc() if sort == "-published" else Document.id
        return DateOrdered(
            query,
            Document.published,
            (tie,),
            (tie,),
            descending=sort == "-published",
            dated_only=bool(args.get("since") or args.get("until")),
        )
    order = {
        "-ingested": (Document.ingested_at.desc(), Document.id.desc()),
        "ingested": (Document.ingested_at, Document.id),
    }[sort]
    return query.order_by(*order)


def document_count() -> int:
    """How many documents are stored."""
    return Document.select().count()


def document_item(document_id: int) -> Document | None:
    """One document as :func:`document_list` shows it (without its text)."""
    return document_list({}).where(Document.id == document_id).first()


def document_text(document_id: int) -> str | None:
    """A document's text alone."""
    return Document.select(Document.text).where(Document.id == document_id).scalar()


def document_quotes(document_id: int) -> list[Quote]:
    """A document's quotes in document order."""
    return list(
        Quote.select(Quote, *DOCUMENT_REF_FIELDS)
        .join(Document)
        .where(Quote.document == document_id)
        .order_by(Quote.position, Quote.id)
    )


# -- exports ----------------------------------------------------------------------------------


@dataclass(slots=True)
class ExportRow:
    """A quote to export, the text around it (see :func:`quote_chunks`) and its speakers."""

    quote: Quote
    before: str
    after: str
    speakers: list[SpeakerRow]


def _windows(chars: int) -> tuple[Any, Any]:
    """SQL for the ``chars`` code points before the quote and one more than that after it
    (1-based SUBSTR; the extra one tells whether the text goes on)."""
    near_start = Quote.start < chars
    before = fn.SUBSTR(
        Document.text,
        Case(None, [(near_start, 1)], Quote.start - (chars - 1)),
        Case(None, [(near_start, Quote.start)], chars),
    )
    after = fn.SUBSTR(Document.text, Quote.end + 1, chars + 1)
    return before.alias("window_before"), after.alias("window_after")


def quote_chunks(
    args: dict[str, Any], *, speaker_id: int | None, chunk_size: int, window: int
) -> Iterator[list[ExportRow]]:
    """Every quote matching ``args`` with its speakers, in id order, ``chunk_size`` rows a query.

    With each quote come up to ``window`` code points of its document before it and up to
    ``window + 1`` after it, cut in SQL so that document texts are never loaded whole. Chunks
    are read with ``WHERE id > last`` rather than ``OFFSET``, so each costs the same however
    far into a million rows it is, and no query holds a cursor (or a read lock) open between
    chunks.
    """
    base = filter_quotes(
        Quote.select(Quote, *DOCUMENT_REF_FIELDS, *_windows(window)).join(Document), args, speaker_id
    )
    last = 0
    while True:
        chunk = list(base.where(Quote.id > last).order_by(Quote.id).limit(chunk_size))
        if not chunk:
            return
        speakers = speakers_of([q.id for q in chunk])
        # (peewee sets the aliased windows on each row, unknown to the model's type.)
        yield [
            ExportRow(
                quote,
                getattr(quote, "window_before", None) or "",
                getattr(quote, "window_after", None) or "",
                speakers.get(quote.id, []),
            )
            for quote in chunk
        ]
        if len(chunk) < chunk_size:
            return
        last = chunk[-1].id


def fingerprint(args: dict[str, Any] | None = None, *, speaker_id: int | None = None) -> tuple[int, int, int]:
    """``(count, max id, sum of ids)`` of the quotes an export would hold: changes when they do.

    One aggregate query, cheaper than the export, so an unchanged export answers 304.
    """
    query = filter_quotes(
        Quote.select(fn.COUNT(Quote.id), fn.MAX(Quote.id), fn.SUM(Quote.id)).join(Document),
        args or {},
        speaker_id,
    )
    count, top, total = query.tuples().first() or (0, 0, 0)
    return int(count or 0), int(top or 0), int(total or 0)
