"""Checking a claimed quote against the database: its candidates matched, and one verdict.

The candidates are a bounded read of the full-text index (:mod:`quotes_api.factcheck.candidates`).
Each candidate is scored by :func:`quotes_api.factcheck.match.match_claim`. The verdict:
``exact`` when a quote of the claimed speaker (of anyone, with no speaker given) contains the
claim word for word; else ``altered`` when one of theirs is close; else ``misattributed`` when
the words (exact or close) are someone else's; else ``not_found``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotes_api.factcheck.candidates import candidate_quotes
from quotes_api.factcheck.match import SpanMatch, match_claim
from quotes_api.factcheck.normalize import words
from quotes_api.storage.claims import documents_of, speaker_ids_of, speakers_called
from quotes_api.storage.models import Quote, Speaker

VERDICTS = ("exact", "altered", "misattributed", "not_found")
#: Matches a verification returns, best first.
MAX_MATCHES = 5


@dataclass(slots=True)
class Candidate:
    """A stored quote (``quote.document`` loaded with its text) matched against the claim."""

    quote: Quote
    match: SpanMatch
    by_claimed: bool | None  # None when no speaker was claimed


@dataclass(slots=True)
class Verification:
    verdict: str
    matches: list[Candidate] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    candidates: int = 0


def verify_claim(claim: str, speaker: str | None = None, *, max_matches: int = MAX_MATCHES) -> Verification:
    """The verdict on ``claim`` (said by ``speaker``, a name or slug, if given) and its best matches.

    Needs the models bound to a database (``quotes_api.storage.connect``).
    """
    claim_words = words(claim)
    claimed = speakers_called(speaker) if speaker else []
    claimed_ids = {s.id for s in claimed}
    quotes = candidate_quotes(claim_words, [s.id for s in claimed])
    speakers_of = speaker_ids_of([q.id for q in quotes])
    found: list[Candidate] = []
    for quote in quotes:
        span = match_claim(claim_words, claim, quote.text)
        if span is None:
            continue
        by = None if speaker is None else bool(speakers_of.get(quote.id, set()) & claimed_ids)
        found.append(Candidate(quote, span, by))
    found.sort(
        key=lambda c: (
            c.match.kind != "exact",
            -c.match.similarity,
            c.by_claimed is False,
            -c.match.score,
            c.quote.id,
        )
    )
    verdict = _verdict(found, speaker is not None)
    kept = found[:max_matches]
    documents_of([c.quote for c in kept])  # for these few only, not every candidate compared
    return Verification(verdict, kept, claimed, len(quotes))


def _verdict(found: list[Candidate], speaker_given: bool) -> str:
    def any_of(kind: str, by: bool | None) -> bool:
        return any(c.match.kind == kind and c.by_claimed is by for c in found)

    if not speaker_given:
        return "exact" if any_of("exact", None) else "altered" if any_of("altered", None) else "not_found"
    if any_of("exact", True):
        return "exact"
    if any_of("altered", True):
        return "altered"
    if any_of("exact", False) or any_of("altered", False):
        return "misattributed"
    return "not_found"
