"""Quotes to export with the text around them, read in chunks so that memory stays flat at any size.

The filters are the list endpoints' (speaker, text search ``q``, ``since``/``until``,
``document``, ``min_length``); the rows come from
:func:`quotes_api.storage.queries.quote_chunks`, in quote-id order (the order documents were
stored, then document order), each with windows of its document's text cut in SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from quotes_api.exports.provenance import CONTEXT_CHARS, attach_context
from quotes_api.storage.models import Quote
from quotes_api.storage.queries import ExportRow, quote_chunks
from quotes_api.storage.records import SpeakerRow

#: Rows read per query: large enough that per-query overhead vanishes, small enough that a
#: chunk (with its speakers) is a few hundred kilobytes.
CHUNK_SIZE = 1000


def _add_context(row: ExportRow) -> Quote:
    """The quote with the text around it, from the windows read with it."""
    quote, after = row.quote, row.after
    return attach_context(
        quote,
        row.before,
        after[:CONTEXT_CHARS],
        cut_before=quote.start > CONTEXT_CHARS,
        cut_after=len(after) > CONTEXT_CHARS,
    )


def iter_quotes(
    args: dict[str, Any] | None = None,
    *,
    speaker_id: int | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[tuple[Quote, list[SpeakerRow]]]:
    """Every quote matching ``args`` with its speakers, in id order, ``chunk_size`` rows a query.

    Each quote also carries the text around it: ``context_before``/``context_after`` and
    ``prefix``/``suffix`` (for W3C ``TextQuoteSelector``), cut from windows read in SQL so
    that document texts are never loaded whole. Needs the models bound to a database.
    """
    chunks = quote_chunks(args or {}, speaker_id=speaker_id, chunk_size=chunk_size, window=CONTEXT_CHARS)
    for chunk in chunks:
        for row in chunk:
            yield _add_context(row), row.speakers
