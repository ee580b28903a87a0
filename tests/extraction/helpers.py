"""Helpers for the rule tests: run the extractor and check what must hold of every result."""

from __future__ import annotations

from quotes_api import Quote, extract


def run(text: str) -> list[Quote]:
    """``extract(text)``, after checking the invariants every result must satisfy.

    Offsets index the text and the record's text is that slice; quotes are in order and do not
    overlap; confidence is within 0..1; ``group`` points at the first piece of the quotation
    (part 0) and the parts of one group are numbered 0, 1, 2... in order.
    """
    quotes = extract(text)
    assert isinstance(quotes, list)
    previous_end = 0
    parts_seen: dict[int, int] = {}
    for index, q in enumerate(quotes):
        assert 0 <= q.start < q.end <= len(text), q
        assert q.text == text[q.start : q.end], q
        assert q.start >= previous_end, f"quote {index} overlaps or precedes the one before it"
        previous_end = q.end
        assert 0.0 <= q.confidence <= 1.0, q
        assert 0 <= q.group <= index, q
        assert quotes[q.group].part == 0 and quotes[q.group].group == q.group, q
        expected_part = parts_seen.get(q.group, -1) + 1
        assert q.part == expected_part, f"quote {index}: part {q.part}, expected {expected_part}"
        parts_seen[q.group] = q.part
        for s in q.speakers:
            assert s.kind in ("person", "organisation", "unnamed"), s
            assert s.name and s.name == s.name.strip(), s
    return quotes


def texts(quotes: list[Quote]) -> list[str]:
    """The quoted words of each quote."""
    return [q.text for q in quotes]


def only(text: str) -> Quote:
    """The one quote of ``text`` (failing when there are none or several)."""
    quotes = run(text)
    assert len(quotes) == 1, f"expected one quote, got {texts(quotes)}"
    return quotes[0]


def canonical(name: str) -> str:
    """A name as the evaluation compares it: case-folded, without a leading "the "."""
    name = " ".join(name.split()).casefold()
    return name.removeprefix("the ")


def org_names(q: Quote) -> list[str]:
    """The speakers of ``q`` compared the evaluation's way (for organisations: "the" optional)."""
    return [canonical(n) for n in q.speaker_names]
