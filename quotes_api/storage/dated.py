"""Lists in date order, undated rows last, read one page at a time along a date index.

Paged by :func:`quotes_api.api.pagination.paginate`, which calls ``count`` and ``paginate``.
"""

from __future__ import annotations

import copy
import functools
from typing import Any, Protocol

from peewee import ModelSelect

from quotes_api.storage.filters import where_published
from quotes_api.storage.models import Document, Quote, QuoteSpeaker
from quotes_api.storage.records import (
    DOCUMENT_REF_FIELDS,
    QUOTE_ROW_FIELDS,
    QuoteRow,
    quote_row,
    run,
    statement,
)

#: Quotes of one date, in document order.
QUOTE_TIES = (Quote.document, Quote.position, Quote.id)


class SpeakerKey(Protocol):
    """What a list of one speaker's quotes needs of the speaker: a model or a ``SpeakerRow``."""

    @property
    def id(self) -> int: ...

    @property
    def quote_count(self) -> int: ...


class DateOrdered:
    """A list in date order, undated rows last, read along a date index.

    Dated rows come first, walking the date index in ``descending`` order (rows of one date
    put in order as they come, by ``ties``); undated rows are a second range of the same index
    after them, in ``undated`` order. Two ranges, because the backends disagree on where NULL
    sorts and neither can walk an index with NULLs last in both directions. Only the rows of
    the page are read.
    """

    def __init__(
        self,
        base: Any,
        date: Any,
        ties: tuple[Any, ...],
        undated: tuple[Any, ...],
        *,
        descending: bool,
        dated_only: bool,
    ) -> None:
        self.base, self.date, self.ties, self.undated = base, date, ties, undated
        self.descending, self.dated_only = descending, dated_only

    def _dated(self) -> ModelSelect[Any]:
        date = self.date.desc() if self.descending else self.date
        return self.base.where(self.date.is_null(False)).order_by(date, *self.ties)

    def count(self, clear_limit: bool = True) -> int:
        return int(self.base.count(clear_limit=clear_limit))

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

    def _undated_rows(self, limit: int, offset: int) -> list[Any]:
        undated = self.base.where(self.date.is_null()).order_by(*self.undated)
        return list(undated.limit(limit).offset(offset))

    def _holds_at_most(self, n: int) -> bool:
        """Whether the list is known, without a query, to hold no more than ``n`` rows."""
        return False

    def paginate(self, page: int, per_page: int) -> list[Any]:
        offset = (page - 1) * per_page
        rows = self._dated_rows(per_page, offset)
        if len(rows) < per_page and not self.dated_only and not self._holds_at_most(offset + len(rows)):
            n_dated = offset + len(rows) if rows else self._dated().count()
            rows += self._undated_rows(per_page - len(rows), max(0, offset - n_dated))
        return rows


def speaker_quotes(speaker_id: int, *columns: Any) -> ModelSelect[Any]:
    """``columns`` of a speaker's quotes joined to their documents, along ``quote_speaker``."""
    return (
        Quote.select(*columns)
        .join(QuoteSpeaker, on=(QuoteSpeaker.quote == Quote.id))
        .switch(Quote)
        .join(Document)
        .where(QuoteSpeaker.speaker == speaker_id)
    )


class DatedQuotes(DateOrdered):
    """Quotes in date order: a speaker's along ``quote_speaker (speaker, published, quote)``,
    everyone's along ``quote (published, id)``.

    Quotes of one date are in document order, ``(document, position, id)``. Undated quotes
    follow in id order, which is document order: a document's quotes are stored together, in
    position order, and ids only grow. The total of an unfiltered speaker list is the
    speaker's ``quote_count``, kept exact by ingestion and deletion.
    """

    def __init__(self, args: dict[str, Any], speaker: SpeakerKey | None, *, descending: bool) -> None:
        self.args, self.speaker = args, speaker
        date: Any = Quote.published if speaker is None else QuoteSpeaker.published
        last: Any = Quote.id if speaker is None else QuoteSpeaker.quote
        dated_only = bool(args.get("since") or args.get("until"))
        # The peewee query is built on first use (see base): a speaker's first pages never need it.
        super().__init__(None, date, QUOTE_TIES, (last,), descending=descending, dated_only=dated_only)
        del self.base

    @functools.cached_property
    def base(self) -> ModelSelect[Any]:
        columns = (Quote, *DOCUMENT_REF_FIELDS)
        if self.speaker is not None:
            query = speaker_quotes(self.speaker.id, *columns)
        else:
            query = Quote.select(*columns).join(Document)
        return where_published(query, self.date, self.args)

    @property
    def _whole_list_of(self) -> SpeakerKey | None:
        """The speaker when this is all of one speaker's quotes, unfiltered: the busiest list,
        read by composed statements, whose length is the speaker's ``quote_count``."""
        return None if self.dated_only else self.speaker

    def _dated_rows(self, limit: int, offset: int) -> list[Any]:
        if (speaker := self._whole_list_of) is not None:
            # The busiest list: its statement composed once, rows as light records.
            return dated_speaker_page(speaker.id, limit, offset, descending=self.descending)
        return super()._dated_rows(limit, offset)

    def _undated_rows(self, limit: int, offset: int) -> list[Any]:
        if (speaker := self._whole_list_of) is not None:
            return undated_speaker_page(speaker.id, limit, offset)
        return super()._undated_rows(limit, offset)

    def _holds_at_most(self, n: int) -> bool:
        # A speaker's whole list is their quote_count: once that many rows are read, there are
        # no undated ones left to look for (the last page of most speakers, and every page of
        # the lightly quoted).
        speaker = self._whole_list_of
        return speaker is not None and n >= speaker.quote_count

    def count(self, clear_limit: bool = True) -> int:
        if (speaker := self._whole_list_of) is not None:
            return speaker.quote_count
        if self.speaker is not None:
            links = QuoteSpeaker.select().where(QuoteSpeaker.speaker == self.speaker.id)
            return int(where_published(links, QuoteSpeaker.published, self.args).count())
        return int(where_published(Quote.select(), Quote.published, self.args).count())


def _dated_speaker_page(descending: bool) -> tuple[ModelSelect[Any], list[Any]]:
    # DatedQuotes' own dated range of a speaker, light columns, its values as parameters.
    base = speaker_quotes(-1, *QUOTE_ROW_FIELDS, *DOCUMENT_REF_FIELDS)
    ordered = DateOrdered(
        base, QuoteSpeaker.published, QUOTE_TIES, (), descending=descending, dated_only=True
    )
    return ordered._dated().limit(-2).offset(-3), [-1, -2, -3]


def dated_speaker_page(speaker_id: int, limit: int, offset: int, *, descending: bool) -> list[QuoteRow]:
    """One page of a speaker's dated quotes, newest (or oldest) first, as light records."""
    sql = statement(_dated_speaker_page, descending)
    return [quote_row(row) for row in run(sql, (speaker_id, limit, offset))]


def _undated_speaker_page() -> tuple[ModelSelect[Any], list[Any]]:
    base = speaker_quotes(-1, *QUOTE_ROW_FIELDS, *DOCUMENT_REF_FIELDS)
    query = base.where(QuoteSpeaker.published.is_null()).order_by(QuoteSpeaker.quote)
    return query.limit(-2).offset(-3), [-1, -2, -3]


def undated_speaker_page(speaker_id: int, limit: int, offset: int) -> list[QuoteRow]:
    """One page of a speaker's undated quotes, in id order, as light records."""
    return [quote_row(row) for row in run(statement(_undated_speaker_page), (speaker_id, limit, offset))]
