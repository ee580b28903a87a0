"""extract(text) -> list[Quote]: the whole pipeline."""

from __future__ import annotations

from quotes_api.extraction.marks import find_spans
from quotes_api.extraction.model import Quote


def extract(text: str) -> list[Quote]:
    """Every direct quotation in ``text`` with its speakers (placeholder: spans only)."""
    return [Quote(s.start, s.end, text[s.start:s.end], paragraph=s.paragraph) for s in find_spans(text)]
