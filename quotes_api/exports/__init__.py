"""Streaming exports of quote lists: CSV, JSON Lines, schema.org JSON-LD and W3C Web Annotations.

Below the API layer on purpose: ``quotes-api export`` uses the same rows and serialisers as
``GET /api/v1/export`` without importing Flask. :func:`export_chunks` is the one call both make.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from quotes_api.exports.formats import FILE_SUFFIXES, FORMATS, MEDIA_TYPES, serialise
from quotes_api.exports.rows import iter_quotes


def export_chunks(
    fmt: str,
    args: dict[str, Any] | None = None,
    *,
    speaker_id: int | None = None,
    base_url: str = "",
    progress: Any = None,
) -> Iterator[str]:
    """Text chunks of every quote matching ``args`` in format ``fmt``, read a chunk at a time.

    ``progress`` (e.g. ``tqdm.update``) is called with 1 for each quote.
    """
    rows = iter_quotes(args, speaker_id=speaker_id)
    if progress is not None:
        rows = _counting(rows, progress)
    return serialise(fmt, rows, base_url)


def _counting(rows: Iterator[Any], progress: Any) -> Iterator[Any]:
    for row in rows:
        yield row
        progress(1)


__all__ = ["FILE_SUFFIXES", "FORMATS", "MEDIA_TYPES", "export_chunks", "iter_quotes"]
