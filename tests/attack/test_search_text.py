"""Issue 15, items 7 and 9: what search shows and finds, the same on both backends.

7. Highlight markers (``\\x01``/``\\x02``) in stored text never become ``<mark>`` tags, in the
   API's ``highlight`` or on the search page.
9. A quote search finds quoted words, stop words included.
"""

from __future__ import annotations

import re

from api.support import API_KEY

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
