"""Every page through Flask's test client: status, headings, content, escaping, errors.

The database holds the articles of ``fixtures/`` (see ``tests/support/fixtures/seeded.py``).
"""

from __future__ import annotations

import csv
import io
import re

import pytest

from quotes_api.app import create_app
from tests.support.api_client import API_KEY

from .helpers import page_text, visible


def api_json(web, path: str):
    response = web.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def quote_id(web, slug: str, words: str) -> int:
    """The id of ``slug``'s quote containing ``words`` (ids depend on the load order)."""
    items = api_json(web, f"/api/v1/speakers/{slug}/quotes?per_page=100")["items"]
    return next(q["id"] for q in items if words in q["text"])


def test_home_has_search_speakers_and_documents(web):
    html = page_text(web.get("/"))
    assert '<form class="search" role="search" method="get" action="/search">' in html
    assert '<label for="home-q">Search quotes</label>' in html
    assert '<a href="/speakers/wang-yi">Wang Yi</a>' in html  # the most quoted speaker
    assert html.index("Wang Yi") < html.index("Jonas Whitfield")
    assert len(re.findall(r'href="/documents/\d+"', html)) >= 8
    assert "../" not in visible(html) and "/fixtures/" not in visible(html)  # no server paths shown


def test_stylesheet_is_served_from_the_app(web):
    response = web.get("/assets/web.css")
    assert response.status_code == 200 and response.mimetype == "text/css"
    assert b":focus-visible" in response.data and b"@media" in response.data


def test_search_marks_matches_and_pages(web):
    html = page_text(web.get("/search?q=relations"))
    assert "for “relations”" in html
    assert "<mark>relations</mark>" in html
    assert 'href="/speakers/wang-yi"' in html and re.search(r'href="/quotes/\d+"', html)
    html = page_text(web.get("/search?q=bridge+OR+relations+OR+winter&per_page=2"))
    assert (
        'rel="next" href="/search?q=bridge%20OR%20relations%20OR%20winter&amp;per_page=2&amp;page=2"' in html
    )
    empty = page_text(web.get("/search"))
    assert "Search quotes" in empty and "quote-item" not in empty
    none = page_text(web.get("/search?q=zzzzqqq"))
    assert "0 quotes" in none and "Nothing matches" in none


def test_speaker_list_filters_by_name(web):
    html = page_text(web.get("/speakers?q=petrescu"))
    assert "2 speakers" in html and "Anton Petrescu" in html and "Tomas Petrescu" in html
    assert "Wang Yi" not in visible(html).split("speakers matching")[1]


def test_speaker_page_shows_who_and_what(web):
    html = page_text(web.get("/speakers/wang-yi"))
    assert "<h1>Wang Yi</h1>" in html
    text = visible(html)
    aliases = "Also called Chinese Foreign Minister Wang Yi; Wang"  # sorted: the same whatever came first
    for fact in ("Kind person", "Roles Chinese foreign minister", aliases, "Quoted 7 times"):
        assert fact in text
    assert "7 quotes, newest first" in text
    assert len(re.findall(r'class="quote-item"', html)) == 7
    assert "stabilise China-US relations" in html


def test_speaker_page_pages_and_filters(web):
    first = page_text(web.get("/speakers/wang-yi?per_page=3"))
    assert len(re.findall(r'class="quote-item"', first)) == 3
    assert "Page 1 of 3" in first and 'rel="next" href="/speakers/wang-yi?per_page=3&amp;page=2"' in first
    last = page_text(web.get("/speakers/wang-yi?per_page=3&page=3"))
    assert len(re.findall(r'class="quote-item"', last)) == 1 and 'rel="prev"' in last
    found = page_text(web.get("/speakers/wang-yi?q=relations&since=&until="))
    assert "1 quote matching the filter" in visible(found) and "show all" in found
    dated = page_text(web.get("/speakers/wang-yi?since=2000-01-01"))  # the fixtures are undated
    assert "0 quotes matching the filter" in visible(dated)


def test_speaker_downloads_point_at_the_api_export(web):
    html = page_text(web.get("/speakers/wang-yi?q=relations"))
    links = dict(re.findall(r'<a href="([^"]+)" download="[^"]+">([^<]+)</a>', html))
    assert set(links.values()) == {"CSV", "JSON Lines", "JSON-LD"}
    csv_link = next(h for h, label in links.items() if label == "CSV").replace("&amp;", "&")
    assert csv_link == "/api/v1/speakers/wang-yi/quotes?q=relations&format=csv"
    rows = list(csv.reader(io.StringIO(web.get(csv_link).get_data(as_text=True))))
    assert rows[0][:3] == ["id", "text", "speakers"] and len(rows) == 2 and rows[1][2] == "Wang Yi"
    everything = page_text(web.get("/speakers/wang-yi"))
    assert (
        'href="/api/v1/speakers/wang-yi/quotes?format=jsonld" download="quotes-wang-yi.jsonld"' in everything
    )


def test_quote_page_marks_quote_mention_and_cue_and_lists_pieces(web):
    qid = quote_id(web, "jonas-whitfield", "Generations of commuters")
    html = page_text(web.get(f"/quotes/{qid}"))
    assert '<h1>Quote by <a href="/speakers/jonas-whitfield">Jonas Whitfield</a></h1>' in html
    assert re.search(
        r'<mark class="quote">(<span class="vh">\[quote\] </span>)?Generations of commuters', html
    )
    assert re.search(
        r'<span class="mention">(<span class="vh">\[speaker\] </span>)?Mayor Jonas Whitfield</span>', html
    )
    assert re.search(r'<span class="cue">(<span class="vh">\[cue\] </span>)?said</span>', html)
    assert "This bridge was promised" in html  # the rest of the paragraph
    assert "The whole quotation, in 3 pieces" in html and "Today we finally keep that promise" in html
    text = visible(html)
    assert "named as “Mayor Jonas Whitfield”, cue “said”" in text and "Confidence 90 %" in text
    assert f'href="/api/v1/quotes/{qid}/annotation"' in html


def test_document_page_marks_every_quote_with_its_speaker(web):
    documents = api_json(web, "/api/v1/documents?per_page=100")["items"]
    for doc in documents:
        html = page_text(web.get(f"/documents/{doc['id']}"))
        detail = api_json(web, f"/api/v1/documents/{doc['id']}")
        assert len(re.findall(r'<mark class="quote" id="q\d+">', html)) == len(detail["quotes"])
        for quote in detail["quotes"]:
            label = " and ".join(s["name"] for s in quote["speakers"]) or "unattributed"
            assert (
                f'href="/quotes/{quote["id"]}"><span class="vh">said by </span>{label}</a>'
                in html.replace("&#39;", "'")
            )


def test_check_page_verdicts_and_differences(web):
    form = page_text(web.get("/check"))
    assert '<label for="claim">' in form and '<label for="speaker">' in form and "Verdict" not in form
    altered = page_text(
        web.get("/check?claim=We+were+fearless+from+the+very+first+whistle&speaker=Lena+Marsh")
    )
    assert "Verdict: Altered" in altered
    assert re.search(r"<ins>(<span class=\"vh\">\[claim says\] </span>)?very</ins>", altered)
    assert (
        '<mark class="quote"><span class="vh">[matching part] </span>We were fearless from the first whistle'
        in altered
    )
    exact = page_text(web.get("/check?claim=WE+NEVER+STOPPED+BELIEVING&speaker=lena-marsh"))
    assert "Verdict: Said, word for word" in exact and "<del" not in exact
    other = page_text(web.get("/check?claim=we+never+stopped+believing&speaker=Wang+Yi"))
    assert "Verdict: Someone else said it" in other and "said by someone else" in other
    nothing = page_text(web.get("/check?claim=The+moon+is+made+of+green+cheese"))
    assert "Verdict: Not found" in nothing
    unknown = page_text(web.get("/check?claim=we+never+stopped+believing&speaker=Nobody+Atall"))
    assert "No one called “Nobody Atall” is quoted here" in unknown


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/speakers/nobody-at-all", 404, "Nobody called “nobody-at-all” is quoted here."),
        ("/quotes/999999", 404, "There is no quote number 999999."),
        ("/quotes/99999999999999", 404, "There is no page at this address."),
        ("/documents/999999", 404, "There is no document number 999999."),
        ("/speakers/wang-yi?page=0", 400, "Page"),
        ("/speakers/wang-yi?page=abc", 400, "Not a valid integer."),
        ("/speakers/wang-yi?since=yesterday", 400, "Not a valid date."),
        ("/speakers/wang-yi?since=2024-05-02&until=2024-05-01", 400, "must not be after “To”"),
        ("/search?since=2024-01-01", 400, "Search words"),
        ("/search?q=" + "x" * 501, 400, "Search words"),
        ("/check?claim=%21%21%21", 400, "The claim has no words to compare."),
        ("/check?claim=" + "word+" * 1001, 400, "Claim"),
        ("/speakers?q=a%00b", 400, "NUL characters are not allowed"),
    ],
)
def test_errors_are_friendly_pages(web, path, status, says):
    html = page_text(web.get(path, headers={"Accept": "text/html"}), status)
    assert says in html
    assert 'href="/"' in html  # a way back


def test_unknown_addresses_are_pages_for_browsers_and_problems_for_the_api(web):
    browser = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    html = page_text(web.get("/no/such/page", headers=browser), 404)
    assert "There is no page at this address." in html
    assert page_text(web.post("/check", headers=browser), 405)
    assert web.get("/no/such/page").mimetype == "application/problem+json"  # no Accept: an API client
    api = web.get("/api/v1/quotes/999999", headers=browser)
    assert api.status_code == 404 and api.mimetype == "application/problem+json"
    assert web.get("/api/v1/nope", headers=browser).mimetype == "application/problem+json"


def test_user_text_is_escaped_everywhere(web):
    """A stored article and a claim full of markup come back as text, never as tags."""
    text = (
        '"<script>alert(1)</script> & <b>bold</b> is not allowed," said Mayor Amy Tran.\n\n'
        '"<img src=x onerror=alert(2)>," Tran said.'
    )
    posted = web.post(
        "/api/v1/documents",
        json={"text": text, "title": "<i>Hostile</i> title", "source": "<u>Src</u>", "author": "<em>Au</em>"},
        headers={"X-API-Key": API_KEY},
    )
    assert posted.status_code == 201, posted.get_json()
    doc = posted.get_json()
    try:
        pages = [f"/documents/{doc['id']}", "/search?q=allowed", "/speakers/amy-tran", "/"]
        pages += [f"/quotes/{q['id']}" for q in doc["quotes"]]
        pages.append("/check?claim=%3Cscript%3Ealert(1)%3C/script%3E&speaker=%3Cb%3ETran")
        for path in pages:
            html = page_text(web.get(path))
            assert (
                "<script>" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
            ), path
        html = page_text(web.get(f"/documents/{doc['id']}"))
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
        assert "&lt;i&gt;Hostile&lt;/i&gt; title" in html and "By &lt;em&gt;Au&lt;/em&gt;" in html
        quote_page = page_text(web.get(f"/quotes/{doc['quotes'][0]['id']}"))
        assert "<dt>Author</dt><dd>&lt;em&gt;Au&lt;/em&gt;</dd>" in quote_page
        found = page_text(web.get("/search?q=allowed"))
        assert "&amp; &lt;b&gt;bold&lt;/b&gt; is not <mark>allowed</mark>" in found
        check = page_text(web.get("/check?claim=%3Cscript%3Ealert(1)%3C/script%3E"))
        assert "&lt;script&gt;alert(1)&lt;/script&gt;</textarea>" in check
    finally:
        assert web.delete(f"/api/v1/documents/{doc['id']}", headers={"X-API-Key": API_KEY}).status_code == 204


def test_database_down_is_a_friendly_503(tmp_path):
    app = create_app({"DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none", "TESTING": True})
    for path in ("/", "/speakers/wang-yi", "/check?claim=hello+there"):
        response = app.test_client().get(path)
        html = page_text(response, 503)
        assert "The database is not answering" in html and response.headers["Retry-After"] == "5"


def test_quote_page_and_document_page_number_paragraphs_alike(web):
    """Paragraphs are lines, as the extractor reads them: the quote page's "paragraph N" is the
    Nth paragraph of the document page, even where no blank line separates them."""
    text = 'Ann Pike spoke at the harbour on Monday.\n"The ferries will run all winter," Pike said.\n'
    posted = web.post("/api/v1/documents", json={"text": text}, headers={"X-API-Key": API_KEY})
    assert posted.status_code == 201, posted.get_json()
    doc = posted.get_json()
    try:
        (quote,) = doc["quotes"]
        assert quote["paragraph"] == 1
        assert "paragraph 2</dd>" in page_text(web.get(f"/quotes/{quote['id']}"))
        paragraphs = re.findall(r"<p[ >].*?</p>", page_text(web.get(f"/documents/{doc['id']}")), re.S)
        body = [p for p in paragraphs if "Ann Pike spoke" in p or "ferries will run" in p]
        assert len(body) == 2 and "ferries will run" in body[1]
    finally:
        assert web.delete(f"/api/v1/documents/{doc['id']}", headers={"X-API-Key": API_KEY}).status_code == 204
