"""Full-text search: ranking, highlights, filters, and anything a person may type."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes_api.storage.models import Quote, Speaker
from quotes_api.storage.search import parse_query, search_quotes, text_filter
from quotes_api.storage.writer import write_batch
from tests.support.documents import doc_with_quotes, person

HOSTILE = [
    "",
    " ",
    '"',
    '""',
    "'",
    "(",
    ")",
    ")(",
    "((a",
    "a AND",
    "AND",
    "OR",
    "NOT",
    "a OR",
    "OR a",
    "-",
    "--",
    "-a",
    "a -",
    "*",
    "a*",
    "^a",
    "a:b",
    "text:foo",
    "NEAR(a b)",
    "a + b",
    "{a}",
    "[a]",
    "\\",
    "%",
    "_",
    "a' OR '1'='1",
    "'; DROP TABLE quote; --",
    "\x00",
    "\x01\x02",
    "😀",
    "王毅",
    "“unbalanced",
    "‘single’",
    "—dash—",
    "a\u200bb",
    "x" * 5000,
    "AND AND OR OR NOT",
    '"a" "',
    'col:umn -"x y" OR (z',
    "<mark>",
    "&amp;",
]


@pytest.fixture
def corpus(db):
    docs = [
        doc_with_quotes(
            '"We must stabilise relations between China and the US," said Wang Yi.',
            [("We must stabilise relations between China and the US,", [person("Wang Yi")])],
            published="2023-10-26",
        ),
        doc_with_quotes(
            '"Stabilising prices <now> & forever is the goal," said Ana Lopez.',
            [("Stabilising prices <now> & forever is the goal,", [person("Ana Lopez")])],
            published="2024-05-01",
        ),
        doc_with_quotes(
            '"The bridge will open in spring," said Ana Lopez. "Bridges and relations," she said.',
            [
                ("The bridge will open in spring,", [person("Ana Lopez")]),
                ("Bridges and relations,", [person("Ana Lopez")]),
            ],
            published="2024-06-01",
        ),
    ]
    write_batch(db, docs)
    return db


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_never_raise(corpus, text):
    page = search_quotes(text)
    assert page.total >= 0
    assert Quote.select().where(text_filter(text)).count() >= 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_text_never_raises(corpus, text):
    search_quotes(text, limit=1)


def test_stemming_ranking_and_highlight(corpus):
    page = search_quotes("stabilise")
    assert page.total == 2
    # The matches as offsets into the stored text (the API and the pages escape and mark them).
    marked = {h.quote.text: [h.quote.text[a:b] for a, b in h.spans] for h in page.hits}
    assert marked == {
        "We must stabilise relations between China and the US,": ["stabilise"],
        "Stabilising prices <now> & forever is the goal,": ["Stabilising"],
    }
    assert page.hits[0].score >= page.hits[1].score


def test_spans_are_offsets_into_text_holding_marker_characters(db):
    text = "Old \x01harbour\x02 deal and a new harbour"
    write_batch(db, [doc_with_quotes(f'"{text}," said Ann Lee.', [(text, [person("Ann Lee")])])])
    (hit,) = search_quotes("harbour").hits
    assert [hit.quote.text[a:b] for a, b in hit.spans] == ["harbour", "harbour"]
    assert hit.spans[0] == (5, 12)  # past the \x01 the text holds, which the engines never see


def test_phrases_or_and_exclusion(corpus):
    assert search_quotes('"bridge will open"').total == 1
    assert search_quotes('"open bridge will"').total == 0
    assert search_quotes("spring OR China").total == 2
    assert search_quotes("relations -China").total == 1
    assert search_quotes("(relations AND china").total == 1
    assert search_quotes("-China").total == 0  # exclusions alone match nothing


def test_filters_and_paging(corpus):
    lopez = Speaker.get(Speaker.slug == "ana-lopez")
    assert search_quotes("relations", speaker_id=lopez.id).total == 1
    assert search_quotes("relations", date_to=dt.datetime(2023, 12, 31)).total == 1
    assert search_quotes("relations", date_from=dt.datetime(2024, 1, 1)).total == 1
    first, second = search_quotes("relations", limit=1), search_quotes("relations", limit=1, offset=1)
    assert first.total == second.total == 2
    assert first.hits[0].quote.id != second.hits[0].quote.id
    assert first.hits[0].quote.document.published is not None


def test_parse_query_keeps_only_words():
    parsed = parse_query('China -"trade war" OR (tariffs AND "')
    assert parsed.groups == [["China", "tariffs"]]
    assert parsed.excluded == ["trade war"]
    assert not parse_query(")( -- AND OR")
