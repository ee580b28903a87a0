"""Issue 15, items 7 and 9: what search shows and finds, the same on both backends.

7. Highlight markers (``\\x01``/``\\x02``) in stored text never become ``<mark>`` tags, in the
   API's ``highlight`` or on the search page.
9. A quote search finds quoted words, stop words included.
"""

from __future__ import annotations

import re

import pytest

from tests.support.api_client import API_KEY

KEY = {"X-API-Key": API_KEY}


def store(writer, text: str) -> dict:
    r = writer.post("/api/v1/documents", json={"text": text}, headers=KEY)
    assert r.status_code in (200, 201), r.get_data(as_text=True)
    return r.get_json()


def test_marker_characters_in_text_cannot_inject_mark_tags(writer):
    store(writer, '"We will \x01vanquish\x02 the zorbleflax tariff," said Mayor Ann Pike.')
    r = writer.get("/api/v1/search", query_string={"q": "zorbleflax"})
    assert r.status_code == 200
    [hit] = r.get_json()["items"]
    assert re.findall(r"<mark>(.*?)</mark>", hit["highlight"]) == ["zorbleflax"], hit["highlight"]
    assert "vanquish" in hit["highlight"]
    page = writer.get("/search", query_string={"q": "zorbleflax"}).get_data(as_text=True)
    assert "<mark>vanquish" not in page and re.search(r"<mark>zorbleflax</mark>", page)


#: Quotations made of stop words and others, and what each query must find (by the quote's
#: distinctive last word), the same on both backends.
STOP_WORD_QUOTES = {
    "qwertyone": '"We will not give up on this town, qwertyone," said Mayor Ann Pike.',
    "qwertytwo": '"It is what it is, qwertytwo," said Coach Ben Ortiz.',
    "qwertythree": '"They were there before us, qwertythree," said Councillor Rita Moss.',
    "qwertyfour": '"Stabilising the budget matters, qwertyfour," said Treasurer Lee Chan.',
}
STOP_WORD_SEARCHES = [
    ("we will", {"qwertyone"}),
    ("we will qwertyone", {"qwertyone"}),
    ('"we will not" qwertyone', {"qwertyone"}),
    ("it is what it is qwertytwo", {"qwertytwo"}),
    ("they were there qwertythree", {"qwertythree"}),
    ("not", {"qwertyone"}),
    ("is what", {"qwertytwo"}),
    ("stabilise qwertyfour", {"qwertyfour"}),  # stemming kept on both
]


@pytest.fixture
def stop_word_corpus(writer):
    for text in STOP_WORD_QUOTES.values():
        store(writer, text)
    return writer


@pytest.mark.parametrize(("query", "expected"), STOP_WORD_SEARCHES)
def test_stop_words_are_found_the_same_on_both_backends(stop_word_corpus, query, expected):
    client = stop_word_corpus
    for path in ("/api/v1/search", "/api/v1/quotes"):
        items = client.get(path, query_string={"q": query, "per_page": 100}).get_json()["items"]
        found = {word for word in STOP_WORD_QUOTES if any(word in item["text"] for item in items)}
        assert found == expected, (path, query, [item["text"] for item in items])
