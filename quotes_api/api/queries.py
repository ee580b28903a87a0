"""Read queries behind the endpoints, on the storage models.

Each list query ends its ``ORDER BY`` with a unique id, so pages never overlap or skip rows.
Quote lists never load ``document.text`` (it can be large); only the detail views do.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import Case, ModelSelect, fn

from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker
from quotes_api.storage.search import text_filter

#: Document columns a quote list shows (everything but the text).
DOCUMENT_REF_FIELDS = (Document.id, Document.title, Document.url, Document.source, Document.published)


def find_speaker(slug: str) -> Speaker | None:
    """The speaker with ``slug`` who still has quotes (deleted documents can leave none)."""
    return Speaker.get_or_none((Speaker.slug == slug) & (Speaker.quote_count > 0))


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


def quotes_query(args: dict[str, Any], *, speaker: Speaker | None = None) -> ModelSelect:
    """Quotes matching the list filters (``speaker`` slug or object, ``q``, dates, document, length)."""
    query = Quote.select(Quote, *DOCUMENT_REF_FIELDS).join(Document)
    if speaker is not None:
        query = query.where(
            Quote.id.in_(QuoteSpeaker.select(QuoteSpeaker.quote).where(QuoteSpeaker.speaker == speaker.id))
        )
    if args.get("q"):
        query = query.where(text_filter(args["q"]))
    query = where_published(query, Quote.published, args)
    if args.get("document"):
        query = query.where(Quote.document == args["document"])
    if args.get("min_length"):
        query = query.where(fn.LENGTH(Quote.text) >= args["min_length"])
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


def where_published(query: ModelSelect, column: Any, args: dict[str, Any]) -> ModelSelect:
    """Restrict ``column`` to ``since``..``until`` (whole days, inclusive)."""
    if args.get("since"):
        query = query.where(column >= dt.datetime.combine(args["since"], dt.time()))
    if args.get("until"):
        query = query.where(column < dt.datetime.combine(args["until"] + dt.timedelta(days=1), dt.time()))
    return query


def speakers_of(quote_ids: list[int]) -> dict[int, list[Speaker]]:
    """Each quote's speakers, in the order the text named them (one query for a whole page)."""
    if not quote_ids:
        return {}
    out: dict[int, list[Speaker]] = {qid: [] for qid in quote_ids}
    rows = (
        QuoteSpeaker.select(QuoteSpeaker.quote, Speaker)
        .join(Speaker)
        .where(QuoteSpeaker.quote.in_(quote_ids))
        .order_by(QuoteSpeaker.quote, QuoteSpeaker.position)
    )
    for link in rows:
        out[link.quote_id].append(link.speaker)
    return out


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


def documents_query(args: dict[str, Any]) -> ModelSelect:
    """Documents (without text) with their quote counts, filtered and in a stable order."""
    count = Quote.select(fn.COUNT(Quote.id)).where(Quote.document == Document.id)
    query = Document.select(
        Document.id, Document.title, Document.url, Document.source, Document.published,
        Document.external_id, Document.content_hash, Document.ingested_at,
        fn.LENGTH(Document.text).alias("length"), count.alias("quote_count"),
    )  # fmt: skip
    if args.get("source"):
        query = query.where(Document.source == args["source"])
    query = where_published(query, Document.published, args)
    undated_last = Case(None, [(Document.published.is_null(), 1)], 0)
    order = {
        "-published": (undated_last, Document.published.desc(), Document.id.desc()),
        "published": (undated_last, Document.published, Document.id),
        "-ingested": (Document.ingested_at.desc(), Document.id.desc()),
        "ingested": (Document.ingested_at, Document.id),
    }[args.get("sort", "-published")]
    return query.order_by(*order)


def document_quotes(document_id: int) -> list[Quote]:
    """A document's quotes in document order."""
    return list(
        Quote.select(Quote, *DOCUMENT_REF_FIELDS)
        .join(Document)
        .where(Quote.document == document_id)
        .order_by(Quote.position, Quote.id)
    )
