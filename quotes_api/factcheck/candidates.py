"""Stored quotes worth comparing with a claimed quote: a bounded read of the full-text index.

Candidates come from the full-text index (:func:`quotes_api.storage.search.newest_matches`),
never from a scan of the quote table, so the cost is bounded whatever the database holds:

1. the claim's distinctive words (up to :data:`MAX_QUERY_WORDS`, see :func:`_distinctive`),
   all of them in any order: every stored quote containing the claim verbatim is among these
   (stemmed by the index, so "stabilising" is found for "stabilise"). A claim of stop words
   only is looked up as a phrase instead. (The phrase was the first look-up until issue 7:
   with the claim's common words, "the", "in", "we", it cost 25–45 ms at a million quotes,
   the distinctive words 3–8 ms);
2. the claim's most distinctive words with ``OR``: quotes that share words with a misquoted
   claim, where a changed word defeats the first look-up;
3. the claimed speaker's own quotes, so that they are never crowded out by better-ranked
   quotes of others: their newest :data:`SPEAKER_SCAN` (all of them, for almost every
   speaker) read along index ``(speaker, published, quote)`` and compared with the claim by
   rapidfuzz, the closest :data:`SPEAKER_CANDIDATES` kept. (Step 2 restricted to the
   speaker would need the full-text index to walk every match of common words and check each
   against the speaker: hundreds of milliseconds for a speaker with tens of thousands of
   quotes, at a million quotes.)

Look-ups 1 and 2 read the newest :data:`ALL_WORDS_SCAN` and :data:`ANY_WORD_SCAN` matches
(all of them, for a claim with rarer words) and keep those whose text is closest to the claim
by rapidfuzz (``partial_ratio``: the claim as a piece of the quote). Until issue 7 they kept
the best by the index's rank (bm25, ts_rank_cd) instead, which first counts every match of
each word in the whole index: 20–60 ms for an ``OR`` of eight common words at a million
quotes, against a few milliseconds for reading and comparing a thousand texts.

A claim made only of stop words ("and here I am") has no distinctive word; on PostgreSQL the
index drops such words, so the phrase finds nothing either. Then the claimed speaker's most
recent quotes are compared directly (a bounded number), and PostgreSQL runs a substring scan
cut off by a statement timeout (see :func:`_stop_word_fallback`).
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process, utils

from quotes_api.factcheck.normalize import STOP_WORDS, Word
from quotes_api.storage.claims import (
    newest_matching_texts,
    newest_texts_of,
    quotes_containing,
    quotes_with_references,
    recent_quotes,
)
from quotes_api.storage.models import Quote

#: Candidates fetched by each index look-up: enough for a claim's few true sources, bounded so
#: a verification costs the same on a thousand quotes or a million.
PHRASE_CANDIDATES = 20
WORD_CANDIDATES = 40
SPEAKER_CANDIDATES = 20
#: Newest matches of look-ups 1 (all the distinctive words) and 2 (any of them) compared with
#: the claim, at most. The claim's common words can match a large share of all quotes; a
#: claim of rarer words has fewer matches than this and all of them are compared.
ALL_WORDS_SCAN = 1000
ANY_WORD_SCAN = 1000
#: Newest quotes of a claimed speaker compared with the claim directly (step 3).
SPEAKER_SCAN = 1000
#: Quotes of the claimed speaker compared directly when the claim has no searchable word.
FALLBACK_CANDIDATES = 500
#: Distinctive words OR-ed together in the word look-up (longest first: a rough rarity).
MAX_QUERY_WORDS = 8
#: Words of the claim used in the phrase look-up (longer claims are checked on their start).
MAX_PHRASE_WORDS = 40
#: Longest substring scan for a stop-word-only claim on PostgreSQL.
SCAN_TIMEOUT_MS = 300


def candidate_quotes(claim: list[Word], speaker_ids: list[int]) -> list[Quote]:
    """Stored quotes worth comparing with the claim, from the full-text index (bounded).

    Their documents carry the reference columns only: the whole documents are read for the
    few matches kept (:func:`quotes_api.factcheck.verify.verify_claim`), not for every candidate."""
    if not claim:
        return []
    keys = [w.key for w in claim]
    target = " ".join(keys)
    chosen: dict[int, None] = {}
    distinctive = _distinctive(keys)
    if distinctive:  # all of them, in any order: a superset of the verbatim quotes, and cheap
        # The verbatim quotes hold the claim as a piece of their text: partial_ratio 100.
        chosen.update(
            _closest_matches(
                target,
                " ".join(f'"{k}"' for k in distinctive),
                ALL_WORDS_SCAN,
                PHRASE_CANDIDATES,
                fuzz.partial_ratio,
            )
        )
        # A misquote's sources share most of its words: token_set_ratio (and it is cheaper).
        chosen.update(
            _closest_matches(
                target,
                " OR ".join(f'"{k}"' for k in distinctive),
                ANY_WORD_SCAN,
                WORD_CANDIDATES,
                fuzz.token_set_ratio,
            )
        )
        chosen.update(dict.fromkeys(_closest_of_speakers(claim, speaker_ids[:3])))
    else:
        phrase = '"' + " ".join(keys[:MAX_PHRASE_WORDS]) + '"'
        chosen.update(_closest_matches(target, phrase, ALL_WORDS_SCAN, PHRASE_CANDIDATES, fuzz.partial_ratio))
    seen = {q.id: q for q in quotes_with_references(list(chosen))}
    if not distinctive and not seen:
        for quote in _stop_word_fallback(keys, speaker_ids):
            seen.setdefault(quote.id, quote)
    return list(seen.values())


def _closest_matches(target: str, query: str, scan: int, limit: int, scorer: Any) -> dict[int, None]:
    """Of the newest ``scan`` quotes matching the full-text ``query``, the ids of the ``limit``
    whose text is closest to ``target`` (the claim's words) by the rapidfuzz ``scorer``."""
    texts = newest_matching_texts(query, scan)
    # Among equal scores, the newest: rows come newest first and extract keeps their order.
    best = process.extract(target, texts, scorer=scorer, processor=utils.default_process, limit=limit)
    return dict.fromkeys(quote_id for _, _, quote_id in best)


def _stop_word_fallback(keys: list[str], speaker_ids: list[int]) -> list[Quote]:
    """Candidates for a claim of stop words only, which PostgreSQL's index cannot look up.

    The claimed speaker's latest quotes (a bounded read of one index range), then, on
    PostgreSQL, a substring scan of quote texts cut off after :data:`SCAN_TIMEOUT_MS`: a
    short, generic claim is rare, and a slow answer is better than a wrong ``not_found``.
    """
    found = recent_quotes(speaker_ids[:3], FALLBACK_CANDIDATES) if speaker_ids else []
    # SQLite's FTS5 index keeps stop words: there the phrase look-up was complete, and this
    # scan answers nothing.
    return found + quotes_containing(" ".join(keys), PHRASE_CANDIDATES, SCAN_TIMEOUT_MS)


def _closest_of_speakers(claim: list[Word], speaker_ids: list[int]) -> list[int]:
    """Of each speaker's newest :data:`SPEAKER_SCAN` quotes, the ids of the closest to the claim."""
    if not speaker_ids:
        return []
    target = " ".join(w.key for w in claim)
    chosen: list[int] = []
    for speaker_id in speaker_ids:
        texts = newest_texts_of(speaker_id, SPEAKER_SCAN)
        # A rough first cut (case and punctuation aside, characters not words) to pick the few
        # quotes worth the word-level comparison of match_claim.
        # token_set_ratio: 100 when the claim's words are all in the quote, high when one changed.
        best = process.extract(
            target,
            texts,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            limit=SPEAKER_CANDIDATES,
        )
        chosen += [quote_id for _, _, quote_id in best]
    return chosen


def _distinctive(keys: list[str]) -> list[str]:
    """The claim's content words, longest first (longer words are rarer), without repeats."""
    content = [k for k in dict.fromkeys(keys) if k not in STOP_WORDS and len(k) > 1]
    return sorted(content, key=lambda k: (-len(k), keys.index(k)))[:MAX_QUERY_WORDS]
