"""What the load test asks for: requests drawn from the database under test, at a fixed seed.

* ``speaker_heavy``: the quote list (first page, newest first) of the 3 most quoted speakers
  (tens of thousands of quotes each at 1M);
* ``speaker_light``: the same for speakers with 1 to 5 quotes;
* ``quote_detail``: ``GET /quotes/{id}`` of random quotes;
* ``search``: ``GET /search`` for words and phrases of the corpus, from rare to very common;
* ``verify``: ``POST /verify`` of stored quotes as claimed (exact), with a word changed
  (altered), with another speaker named (misattributed), and of words never said.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote

API = "/api/v1"
SCENARIOS = ("speaker_heavy", "speaker_light", "quote_detail", "search", "verify")

#: Search box inputs, by how many quotes of the synthetic corpus they match: a phrase, rarer
#: and common words, an OR, an exclusion. The corpus' vocabulary is small, so single words
#: match a large share of quotes (far more than in real news).
SEARCH_QUERIES = (
    '"fair settlement"',
    "ferry timetable",
    "reckless",
    "stadium OR bridge",
    "hospital merger",
    '"honest answer" -delays',
    "quota",
    "independent inquiry",
)
#: The common-word searches, timed apart: each matches about a tenth of all quotes.
COMMON_QUERIES = ("residents", "families", "promises")


def _rows(db: Path, sql: str, *params: Any) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def heavy_speakers(db: Path, n: int = 3) -> list[tuple[str, int]]:
    return [
        (slug, count)
        for slug, count in _rows(
            db, "SELECT slug, quote_count FROM speaker ORDER BY quote_count DESC, id LIMIT ?", n
        )
    ]


def light_speakers(db: Path, n: int = 30, seed: int = 0) -> list[tuple[str, int]]:
    rows = _rows(db, "SELECT slug, quote_count FROM speaker WHERE quote_count BETWEEN 1 AND 5 ORDER BY id")
    return random.Random(seed).sample(rows, min(n, len(rows)))


def speaker_requests(speakers: list[tuple[str, int]]) -> list[dict[str, Any]]:
    return [{"path": f"{API}/speakers/{slug}/quotes"} for slug, _ in speakers]


def detail_requests(db: Path, n: int = 200, seed: int = 0) -> list[dict[str, Any]]:
    top = _rows(db, "SELECT MAX(id) FROM quote")[0][0] or 1
    rng = random.Random(seed)
    return [{"path": f"{API}/quotes/{rng.randint(1, top)}"} for _ in range(n)]


def search_requests(queries: tuple[str, ...] = SEARCH_QUERIES) -> list[dict[str, Any]]:
    return [{"path": f"{API}/search?q={urlquote(q)}"} for q in queries]


def _claims(db: Path, n: int, seed: int) -> list[tuple[str, str, str]]:
    """``n`` random (quote text, its speaker's name, another speaker's name)."""
    top = _rows(db, "SELECT MAX(id) FROM quote")[0][0] or 1
    rng = random.Random(seed)
    names = [
        r[0]
        for r in _rows(
            db, "SELECT name FROM speaker WHERE kind = 'person' ORDER BY quote_count DESC LIMIT 50"
        )
    ]
    out = []
    while len(out) < n:
        row = _rows(
            db,
            "SELECT q.text, s.name FROM quote q JOIN quote_speaker qs ON qs.quote_id = q.id "
            "JOIN speaker s ON s.id = qs.speaker_id WHERE q.id >= ? ORDER BY q.id LIMIT 1",
            rng.randint(1, top),
        )
        if row and len(row[0][0].split()) >= 4:
            other = rng.choice([x for x in names if x != row[0][1]] or names)
            out.append((row[0][0], row[0][1], other))
    return out


def verify_requests(db: Path, n: int = 40, seed: int = 0) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    requests = []
    for i, (text, speaker, other) in enumerate(_claims(db, n, seed)):
        kind = i % 4
        if kind == 0:
            body = {"claim": text, "speaker": speaker}
        elif kind == 1:
            tokens = text.split()
            tokens[rng.randrange(len(tokens))] = rng.choice(["never", "always", "gladly", "quietly"])
            body = {"claim": " ".join(tokens), "speaker": speaker}
        elif kind == 2:
            body = {"claim": text, "speaker": other}
        else:
            body = {"claim": "The moon is made of green cheese and tariffs on kites", "speaker": speaker}
        requests.append({"method": "POST", "path": f"{API}/verify", "body": body})
    return requests


def scenario_requests(db: Path, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Every scenario's requests, for the database at ``db``."""
    return {
        "speaker_heavy": speaker_requests(heavy_speakers(db)),
        "speaker_light": speaker_requests(light_speakers(db, seed=seed)),
        "quote_detail": detail_requests(db, seed=seed),
        "search": search_requests(),
        "search_common": search_requests(COMMON_QUERIES),
        "verify": verify_requests(db, seed=seed),
    }
