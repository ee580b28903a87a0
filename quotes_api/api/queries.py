"""Read queries behind the endpoints, on the storage models.

Each list query ends its ``ORDER BY`` with a unique id, so pages never overlap or skip rows.
Quote lists never load ``document.text`` (it can be large); only the detail views do.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from typing import Any

from peewee import Case, ModelSelect, fn

from quotes_api.api import hotsql

# The quote filters, speakers of quotes and document reference columns are shared with the
# exports (which run without Flask, so they live below the API layer).
from quotes_api.exports.rows import (  # noqa: F401  (re-exported for the views)
    DOCUMENT_REF_FIELDS,
    filter_quotes,
    find_speaker,
    speakers_of,
    where_published,
)
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker


def speakers_query(args: dict[str, Any]) -> ModelSelect:
    """Speakers with at least one quote, filtered by name/alias text and kind, in a stable order."""
    query = Speaker.select().where(Speaker.quote_count > 0)
    if args.get("q"):
        needle = args["q"].strip()
        # Through LOWER() so the needle is not converted by the aliases' JSON list field.
        query = query.where(
            fn.LOWER(Speaker.name).contains(needle.lower())
            | fn.LOWER(Speaker.aliases).contains(needle.lower())
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
    rows = (
        QuoteSpeaker.select(
            QuoteSpeaker.speaker, fn.MIN(QuoteSpeaker.published).alias("first"),
            fn.MAX(QuoteSpeaker.published).alias("last"),
        )
        .where(QuoteSpeaker.speaker.in_(speaker_ids))
        .group_by(QuoteSpeaker.speaker)
        .tuples()
    )  # fmt: skip
    return {sid: (_as_datetime(first), _as_datetime(last)) for sid, first, last in rows}


def _as_datetime(value: Any) -> dt.datetime | None:
    """SQLite hands back aggregate dates as text; PostgreSQL as datetimes."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def quotes_query(args: dict[str, Any], *, speaker: Speaker | hotsql.SpeakerRow | None = None
                 ) -> ModelSelect | DatedQuotes:
    """Quotes matching the list filters (``speaker`` object, ``q``, dates, document, length).

    Lists in date order with no filter but dates (the common case: a speaker's page) come as a
    :class:`DatedQuotes`, which reads one index range; anything else is one peewee query.
    Both are paged by :func:`quotes_api.api.pagination.paginate`.
    """
    sort = args.get("sort", "-published")
    if sort in ("-published", "published") and not any(args.get(k) for k in ("q", "document", "min_length")):
        return DatedQuotes(args, speaker, descending=sort == "-published")
    query = Quote.select(Quote, *DOCUMENT_REF_FIELDS).join(Document)
    query = filter_quotes(query, args, speaker.id if speaker is not None else None)
    return query.order_by(*quote_order(args.get("sort", "-published")))


def quote_order(sort: str) -> tuple[Any, ...]:
    """ORDER BY terms for a quote ``sort`` value; undated quotes go last either way."""
    undated_last = Case(None, [(Quote.published.is_null(), 1)], 0)
    return {
        "-published": (undated_last, Quote.published.desc(), Quote.document, Quote.position, Quote.id),
        "published": (undated_last, Quote.published, Quote.document, Quote.position, Quote.id),
        "-confidence": (Quote.confidence.desc(), Quote.id),
        "position": (Quote.document, Quote.position, Quote.id),
    }[sort]


class DateOrdered:
    """A list in date order, undated rows last, read along a date index; paged by
    :func:`~quotes_api.api.pagination.paginate` (which calls :meth:`count` and :meth:`paginate`).

    Dated rows come first, walking the date index in ``descending`` order (rows of one date
    put in order as they come, by ``ties``); undated rows are a second range of the same index
    after them, in ``undated`` order. Two ranges, because the backends disagree on where NULL
    sorts and neither can walk an index with NULLs last in both directions. Only the rows of
    the page are read.
    """

    def __init__(self, base: ModelSelect, date: Any, ties: tuple[Any, ...], undated: tuple[Any, ...],
                 *, descending: bool, dated_only: bool) -> None:
        self.base, self.date, self.ties, self.undated = base, date, ties, undated
        self.descending, self.dated_only = descending, dated_only

    def _dated(self) -> ModelSelect:
        date = self.date.desc() if self.descending else self.date
        return self.base.where(self.date.is_null(False)).order_by(date, *self.ties)

    def count(self, clear_limit: bool = True) -> int:
        return self.base.count(clear_limit=clear_limit)

    # A little of peewee's select interface, for callers that narrow or cut the list.
    def where(self, *conditions: Any) -> DateOrdered:
        narrowed = copy.copy(self)
        narrowed.base = self.base.where(*conditions)
        return narrowed

    def limit(self, n: int) -> list[Any]:
        return self.paginate(1, n)

    def first(self) -> Any:
        rows = self.paginate(1, 1)
        return rows[0] if rows else None

    def _dated_rows(self, limit: int, offset: int) -> list[Any]:
        return list(self._dated().limit(limit).offset(offset))

    def paginate(self, page: int, per_page: int) -> list[Any]:
        offset = (page - 1) * per_page
        rows = self._dated_rows(per_page, offset)
        if len(rows) < per_page and not self.dated_only:
            n_dated = offset + len(rows) if rows else self._dated().count()
            undated = self.base.where(self.date.is_null()).order_by(*self.undated)
            rows += list(undated.limit(per_page - len(rows)).offset(max(0, offset - n_dated)))
        return rows


class DatedQuotes(DateOrdered):
    """Quotes in date order: a speaker's along ``quote_speaker (speaker, published, quote)``,
    everyone's along ``quote (published, id)``.

    Quotes of one date are in document order, ``(document, position, id)``. Undated quotes
    follow in id order, which is document order: a document's quotes are stored together, in
    position order, and ids only grow. The total of an unfiltered speaker list is the
    speaker's ``quote_count``, kept exact by ingestion and deletion.
    """

    def __init__(self, args: dict[str, Any], speaker: Speaker | hotsql.SpeakerRow | None, *,
                 descending: bool) -> None:
        self.args, self.speaker = args, speaker
        if speaker is not None:
            date, last = QuoteSpeaker.published, QuoteSpeaker.quote
        else:
            date, last = Quote.published, Quote.id
        ties = (Quote.document, Quote.position, Quote.id)
        dated_only = bool(args.get("since") or args.get("until"))
        # The peewee query is built on first use (see base): a speaker's first pages never need it.
        super().__init__(None, date, ties, (last,), descending=descending, dated_only=dated_only)
        del self.base

    @functools.cached_property
    def base(self) -> ModelSelect:  # type: ignore[override]
        if self.speaker is not None:
            query = (
                Quote.select(Quote, *DOCUMENT_REF_FIELDS)
                .join(QuoteSpeaker, on=(QuoteSpeaker.quote == Quote.id))
                .switch(Quote).join(Document)
                .where(QuoteSpeaker.speaker == self.speaker.id)
            )  # fmt: skip
        else:
            query = Quote.select(Quote, *DOCUMENT_REF_FIELDS).join(Document)
        return where_published(query, self.date, self.args)

    def _dated_rows(self, limit: int, offset: int) -> list[Any]:
        if self.speaker is not None and not self.dated_only:
            # The busiest list: its statement precompiled, rows as light records (see hotsql).
            return hotsql.dated_speaker_page(self.speaker.id, limit, offset, descending=self.descending)
        return super()._dated_rows(limit, offset)

    def count(self, clear_limit: bool = True) -> int:
        if self.speaker is not None and not self.dated_only:
            return self.speaker.quote_count
        if self.speaker is not None:
            links = QuoteSpeaker.select().where(QuoteSpeaker.speaker == self.speaker.id)
            return where_published(links, QuoteSpeaker.published, self.args).count()
        return where_published(Quote.select(), Quote.published, self.args).count()


def quote_with_document(quote_id: int) -> Quote | None:
    """One quote with its whole document (text included, for the context)."""
    return Quote.select(Quote, Document).join(Document).where(Quote.id == quote_id).first()


def pieces_of(quote: Quote) -> list[Quote]:
    """The other pieces of ``quote``'s multi-part quotation, in order."""
    return list(
        Quote.select(Quote.id, Quote.part, Quote.text, Quote.start, Quote.end)
        .where((Quote.document == quote.document_id) & (Quote.group == quote.group) & (Quote.id != quote.id))
        .order_by(Quote.part, Quote.id)
    )


def documents_query(args: dict[str, Any]) -> ModelSelect | DateOrdered:
    """Documents (without text) with their quote counts, filtered and in a stable order.

    By date (the default) along index ``document (published)``: see :class:`DateOrdered`.
    """
    count = Quote.select(fn.COUNT(Quote.id)).where(Quote.document == Document.id)
    query = Document.select(
        Document.id, Document.title, Document.url, Document.source, Document.author, Document.published,
        Document.external_id, Document.content_hash, Document.ingested_at,
        fn.LENGTH(Document.text).alias("length"), count.alias("quote_count"),
    )  # fmt: skip
    if args.get("source"):
        query = query.where(Document.source == args["source"])
    query = where_published(query, Document.published, args)
    sort = args.get("sort", "-published")
    if sort in ("-published", "published"):
        tie = Document.id.desc() if sort == "-published" else Document.id
        return DateOrdered(query, Document.published, (tie,), (tie,), descending=sort == "-published",
                           dated_only=bool(args.get("since") or args.get("until")))
    order = {
        "-ingested": (Document.ingested_at.desc(), Document.id.desc()),
        "ingested": (Document.ingested_at, Document.id),
    }[sort]
    return query.order_by(*order)


def document_quotes(document_id: int) -> list[Quote]:
    """A document's quotes in document order."""
    return list(
        Quote.select(Quote, *DOCUMENT_REF_FIELDS)
        .join(Document)
        .where(Quote.document == document_id)
        .order_by(Quote.position, Quote.id)
    )
