"""Ranked search over more matches than RANK_WINDOW: the newest window first, best first, then the
older matches newest first; pages never overlap or skip. (The window is made tiny here.)"""

from __future__ import annotations

import pytest
from peewee import Database

import quotes_api.storage.search as search
from quotes_api.storage.search import search_quotes
from quotes_api.storage.writer import write_batch
from tests.support.documents import doc_with_quotes, person


@pytest.fixture
def many(db: Database) -> list[int]:
    """30 quotes with the word "harbour", stored in order, one or two mentions each."""
    docs = []
    for i in range(30):
        words = f"the harbour plan {i} is fine" if i % 3 else f"the harbour harbour plan {i}"
        docs.append(
            doc_with_quotes(
                f'"{words}," said Ann Lee.',
                [(words, [person("Ann Lee")])],
                published=f"2024-01-{i % 28 + 1:02d}",
            )
        )
    write_batch(db, docs)
    return [r[0] for r in db.execute_sql("SELECT id FROM quote ORDER BY id").fetchall()]


def _ids(query: str, **kwargs) -> list[int]:
    return [h.quote.id for h in search_quotes(query, **kwargs).hits]


def test_small_result_sets_are_ranked_whole(many: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    ranked = _ids("harbour", limit=30)
    assert sorted(ranked) == many
    monkeypatch.setattr(search, "RANK_WINDOW", 100)
    assert _ids("harbour", limit=30) == ranked


def test_window_then_older_matches_pages_cover_everything_once(many: list[int]) -> None:
    pages = [_ids("harbour", limit=7, offset=offset, window=10) for offset in range(0, 35, 7)]
    seen = [quote_id for page in pages for quote_id in page]
    assert sorted(seen) == many  # every match exactly once, across pages
    total = search_quotes("harbour", window=10).total
    assert total == 30
    window = set(seen[:10])
    assert min(window) > max(set(seen[10:]))  # the window holds the newest matches
    assert seen[10:] == sorted(seen[10:], reverse=True)  # then older ones, newest first
    scores = [h.score for h in search_quotes("harbour", limit=10, window=10).hits]
    assert scores == sorted(scores, reverse=True)


def test_count_and_highlight_can_be_skipped(many: list[int]) -> None:
    page = search_quotes("harbour", limit=3, count=False, highlight=False)
    assert page.total == -1
    assert len(page.hits) == 3 and all(h.spans == [] for h in page.hits)
    marked = search_quotes("harbour", limit=3)
    assert all(h.spans and {h.quote.text[a:b] for a, b in h.spans} == {"harbour"} for h in marked.hits)
