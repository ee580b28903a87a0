"""Checking a claimed quote against the database: candidates, matches, and one verdict.

Candidates come from the full-text index (:func:`quotes_api.storage.search.search_quotes`),
never from a scan of the quote table, so the cost is bounded whatever the database holds:

1. the claim's distinctive words (up to :data:`MAX_QUERY_WORDS`, see :func:`_distinctive`),
   all of them in any order: every stored quote containing the claim verbatim is among these
   (stemmed by the index, so "stabilising" is found for "stabilise"). A claim of stop words
   only is looked up as a phrase instead. (The phrase was the first look-up until issue 7:
   with the claim's common words, "the", "in", "we", it cost 25–45 ms at a million quotes,
   the distinctive words 3–8 ms);
2. the claim's most distinctive words with ``OR``, best ranked first: quotes that share words
   with a misquoted claim, where a changed word defeats the phrase;
3. the claimed speaker's own quotes, so that they are never crowded out by better-ranked
   quotes of others: their newest :data:`SPEAKER_SCAN` (all of them, for almost every
   speaker) read along index ``(speaker, published, quote)`` and compared with the claim by
   rapidfuzz, the closest :data:`SPEAKER_CANDIDATES` kept. (Step 2 restricted to the
   speaker would need the full-text index to walk every match of common words and check each
   against the speaker: hundreds of milliseconds for a speaker with tens of thousands of
   quotes, at a million quotes.)

A claim made only of stop words ("and here I am") has no distinctive word; on PostgreSQL the
index drops such words, so the phrase finds nothing either. Then the claimed speaker's most
recent quotes are compared directly (a bounded number), and PostgreSQL runs a substring scan
cut off by a statement timeout (see :func:`_stop_word_fallback`).

Each candidate is scored by :func:`quotes_api.factcheck.match.match_claim`. The verdict:
``exact`` when a quote of the claimed speaker (of anyone, with no speaker given) contains the
claim word for word; else ``altered`` when one of theirs is close; else ``misattributed`` when
the words (exact or close) are someone else's; else ``not_found``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from peewee import DatabaseError, fn
from rapidfuzz import fuzz, process, utils

from quotes_api.factcheck.match import SpanMatch, match_claim
from quotes_api.factcheck.normalize import STOP_WORDS, Word, words
from quotes_api.storage.db import is_postgres
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker, database_proxy
from quotes_api.storage.search import RANK_WINDOW, search_quotes
from quotes_api.storage.speakers import slugify

VERDICTS = ("exact", "altered", "misattributed", "not_found")
#: Candidates fetched by each index look-up: enough for a claim's few true sources, bounded so
#: a verification costs the same on a thousand quotes or a million.
PHRASE_CANDIDATES = 20
WORD_CANDIDATES = 40
SPEAKER_CANDIDATES = 20
#: Matches of the word look-up (step 2) ranked, at most: the newest (see ``search_quotes``).
#: The claim's common words can match a large share of all quotes; the phrase and speaker
#: look-ups do not depend on this window.
WORD_WINDOW = 2000
#: Newest quotes of a claimed speaker compared with the claim directly (step 3).
SPEAKER_SCAN = 1000
#: Quotes of the claimed speaker compared directly when the claim has no searchable word.
FALLBACK_CANDIDATES = 500
#: Distinctive words OR-ed together in the word look-up (longest first: a rough rarity).
MAX_QUERY_WORDS = 8
#: Words of the claim used in the phrase look-up (longer claims are checked on their start).
MAX_PHRASE_WORDS = 40
MAX_MATCHES = 5
#: Longest substring scan for a stop-word-only claim on PostgreSQL.
SCAN_TIMEOUT_MS = 300


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


def resolve_speakers(name_or_slug: str) -> list[Speaker]:
    """Speakers a claim names: by slug, by the slug of the name, by name, then by alias (any case)."""
    text = " ".join(name_or_slug.split())
    if not text:
        return []
    quoted = Speaker.select().where(Speaker.quote_count > 0)
    slugs = {text.lower(), slugify(text)} - {""}
    found = list(quoted.where(Speaker.slug.in_(list(slugs))))
    if not found:
        found = list(quoted.where(fn.LOWER(Speaker.name) == text.lower()))
    if not found:
        needle = json.dumps(text.lower(), ensure_ascii=False)  # a whole alias inside the JSON list
        found = list(quoted.where(fn.LOWER(Speaker.aliases).contains(needle)).limit(10))
    return found


def verify_claim(claim: str, speaker: str | None = None, *, max_matches: int = MAX_MATCHES) -> Verification:
    """The verdict on ``claim`` (said by ``speaker``, a name or slug, if given) and its best matches.

    Needs the models bound to a database (``quotes_api.storage.connect``).
    """
    claim_words = words(claim)
    claimed = resolve_speakers(speaker) if speaker else []
    claimed_ids = {s.id for s in claimed}
    quotes = _candidates(claim_words, [s.id for s in claimed])
    speakers_of = _speaker_ids([q.id for q in quotes])
    found: list[Candidate] = []
    for quote in quotes:
        span = match_claim(claim_words, claim, quote.text)
        if span is None:
            continue
        by = None if speaker is None else bool(speakers_of.get(quote.id, set()) & claimed_ids)
        found.append(Candidate(quote, span, by))
    found.sort(key=lambda c: (c.match.kind != "exact", -c.match.similarity, c.by_claimed is False,
                              -c.match.score, c.quote.id))  # fmt: skip
    verdict = _verdict(found, speaker is not None)
    return Verification(verdict, found[:max_matches], claimed, len(quotes))


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


def _candidates(claim: list[Word], speaker_ids: list[int]) -> list[Quote]:
    """Stored quotes worth comparing with the claim, from the full-text index (bounded)."""
    if not claim:
        return []
    keys = [w.key for w in claim]
    seen: dict[int, Quote] = {}

    def add(query: str, limit: int, window: int = RANK_WINDOW) -> None:
        # Neither the number of matches nor their highlights are needed: skip both.
        hits = search_quotes(query, limit=limit, count=False, highlight=False, window=window).hits
        for hit in hits:
            seen.setdefault(hit.quote.id, hit.quote)

    distinctive = _distinctive(keys)
    if distinctive:  # all of them, in any order: a superset of the verbatim quotes, and cheap
        add(" ".join(f'"{k}"' for k in distinctive), PHRASE_CANDIDATES)
    else:
        add('"' + " ".join(keys[:MAX_PHRASE_WORDS]) + '"', PHRASE_CANDIDATES)
    if distinctive:
        query = " OR ".join(f'"{k}"' for k in distinctive)
        add(query, WORD_CANDIDATES, WORD_WINDOW)
        for quote in _closest_of_speakers(claim, speaker_ids[:3]):
            seen.setdefault(quote.id, quote)
    elif not seen:
        for quote in _stop_word_fallback(keys, speaker_ids):
            seen.setdefault(quote.id, quote)
    return list(seen.values())


def _stop_word_fallback(keys: list[str], speaker_ids: list[int]) -> list[Quote]:
    """Candidates for a claim of stop words only, which PostgreSQL's index cannot look up.

    The claimed speaker's latest quotes (a bounded read of one index range), then, on
    PostgreSQL, a substring scan of quote texts cut off after :data:`SCAN_TIMEOUT_MS`: a
    short, generic claim is rare, and a slow answer is better than a wrong ``not_found``.
    """
    found = _recent_quotes(speaker_ids[:3], FALLBACK_CANDIDATES) if speaker_ids else []
    db = database_proxy.obj
    if not is_postgres(db):
        return found  # SQLite's FTS5 index keeps stop words: the phrase look-up was complete
    needle = " ".join(keys)
    query = (
        Quote.select(Quote, Document).join(Document)
        .where(fn.LOWER(Quote.text).contains(needle)).limit(PHRASE_CANDIDATES)
    )  # fmt: skip
    try:
        with db.atomic():
            db.execute_sql(f"SET LOCAL statement_timeout = {SCAN_TIMEOUT_MS}")
            found += list(query)
    except DatabaseError:  # cancelled by the timeout: answer with what the index gave
        pass
    return found


def _closest_of_speakers(claim: list[Word], speaker_ids: list[int]) -> list[Quote]:
    """Of each speaker's newest :data:`SPEAKER_SCAN` quotes, the closest to the claim (bounded)."""
    if not speaker_ids:
        return []
    target = " ".join(w.key for w in claim)
    chosen: list[int] = []
    for speaker_id in speaker_ids:
        rows = (
            Quote.select(Quote.id, Quote.text)
            .join(QuoteSpeaker, on=(QuoteSpeaker.quote == Quote.id))
            .where(QuoteSpeaker.speaker == speaker_id)
            .order_by(QuoteSpeaker.published.desc(), QuoteSpeaker.quote.desc())
            .limit(SPEAKER_SCAN)
            .tuples()
        )
        # A rough first cut (case and punctuation aside, characters not words) to pick the few
        # quotes worth the word-level comparison of match_claim.
        texts = dict(rows)
        # token_set_ratio: 100 when the claim's words are all in the quote, high when one changed.
        best = process.extract(target, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                               limit=SPEAKER_CANDIDATES)
        chosen += [quote_id for _, _, quote_id in best]
    if not chosen:
        return []
    return list(Quote.select(Quote, Document).join(Document).where(Quote.id.in_(chosen)))


def _distinctive(keys: list[str]) -> list[str]:
    """The claim's content words, longest first (longer words are rarer), without repeats."""
    content = [k for k in dict.fromkeys(keys) if k not in STOP_WORDS and len(k) > 1]
    return sorted(content, key=lambda k: (-len(k), keys.index(k)))[:MAX_QUERY_WORDS]


def _recent_quotes(speaker_ids: list[int], limit: int) -> list[Quote]:
    """A speaker's latest quotes, read along index (speaker, published, quote)."""
    ids = (
        QuoteSpeaker.select(QuoteSpeaker.quote)
        .where(QuoteSpeaker.speaker.in_(speaker_ids))
        .order_by(QuoteSpeaker.published.desc(), QuoteSpeaker.quote.desc())
        .limit(limit)
    )
    return list(Quote.select(Quote, Document).join(Document).where(Quote.id.in_(ids)))


def _speaker_ids(quote_ids: list[int]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    if not quote_ids:
        return out
    rows = QuoteSpeaker.select(QuoteSpeaker.quote, QuoteSpeaker.speaker).where(
        QuoteSpeaker.quote.in_(quote_ids)
    )
    for quote_id, speaker_id in rows.tuples():
        out.setdefault(quote_id, set()).add(speaker_id)
    return out
