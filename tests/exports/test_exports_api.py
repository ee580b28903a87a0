"""Exports over the API: formats, negotiation, filters, ETags, annotations; on both backends."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from quotes_api.exports.formats import CSV_COLUMNS, MEDIA_TYPES
from quotes_api.exports.rows import iter_quotes
from tests.support.api_client import bind

ANNO = MEDIA_TYPES["annotation"]


def documented(spec, path, status="200"):
    return spec["paths"][path]["get"]["responses"][status]["content"]


def all_items(api, url):
    """Every item of a JSON list, following pages."""
    items, page = [], 1
    while True:
        body = api.get(f"{url}{'&' if '?' in url else '?'}per_page=100&page={page}").get_json()
        items += body["items"]
        if page >= body["pages"]:
            return items
        page += 1


def test_csv_is_rfc4180_utf8_with_a_header(api, seeded_spec):
    response = api.get("/api/v1/export?format=csv")
    assert response.status_code == 200 and response.is_streamed
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8; header=present"
    assert response.mimetype in documented(seeded_spec, "/api/v1/export")
    raw = response.get_data()
    text = raw.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")  # CRLF only, outside fields
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    quotes = all_items(api, "/api/v1/quotes?sort=position")
    assert len(rows) - 1 == len(quotes)
    by_id = {q["id"]: q for q in quotes}
    for row in rows[1:]:
        record = dict(zip(CSV_COLUMNS, row, strict=True))
        quote = by_id[int(record["id"])]
        assert record["text"] == quote["text"] and int(record["start"]) == quote["start"]
        assert record["speakers"] == "; ".join(s["name"] for s in quote["speakers"])
        assert record["cue"] == (quote["cue"] or "")
    assert any("\u2019" in r[1] or '"' in r[1] for r in rows[1:])  # non-ASCII and quotes survive


def test_jsonl_lines_are_the_list_items(api, seeded_spec):
    response = api.get("/api/v1/export", headers={"Accept": "application/x-ndjson"})
    assert response.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    quotes = {q["id"]: q for q in all_items(api, "/api/v1/quotes")}
    assert [line["id"] for line in lines] == sorted(quotes)
    context = ("context_before", "context_after")
    assert all({k: v for k, v in line.items() if k not in context} == quotes[line["id"]] for line in lines)
    validator = jsonschema.Draft202012Validator({**seeded_spec, "$ref": "#/components/schemas/ExportedQuote"})
    for line in lines:
        validator.validate(line)
    for line in lines[:: max(1, len(lines) // 12)]:  # the context is the one GET /quotes/{id} shows
        detail = api.get(line["href"]).get_json()
        assert line["context_before"] == detail["context_before"]
        assert line["context_after"] == detail["context_after"]
    assert any(line["context_before"] and line["context_after"] for line in lines)


def test_jsonld_is_schema_org_quotations(api):
    response = api.get("/api/v1/speakers/wang-yi/quotes?format=jsonld")
    assert response.mimetype == "application/ld+json"
    document = json.loads(response.get_data())
    assert document["@context"][0] == "https://schema.org"
    assert set(document["@context"][1]) == {"contextBefore", "contextAfter"}
    graph = document["@graph"]
    assert len(graph) == api.get("/api/v1/speakers/wang-yi").get_json()["quote_count"]
    for item in graph:
        assert item["@type"] == "Quotation" and item["text"]
        assert item["spokenByCharacter"] == item["creator"]
        assert item["spokenByCharacter"][0] == {
            "@type": "Person",
            "@id": "http://localhost/api/v1/speakers/wang-yi",
            "name": "Wang Yi",
        }
        assert item["isPartOf"]["@type"] == "NewsArticle"
        assert "contextBefore" in item and "contextAfter" in item
    organisation = json.loads(api.get("/api/v1/export?format=jsonld&speaker=white-house").get_data())
    assert organisation["@graph"][0]["creator"][0]["@type"] == "Organization"


@pytest.fixture
def dated_doc(api):
    """A document with metadata, stored for a test and deleted after it."""
    from tests.support.api_client import API_KEY

    body = {
        "text": 'Queues formed early.\n\n"The \u00e9clair line opens at dawn," said Mayor Ana L\u00f3pez.',
        "title": "\u00c9clairs",
        "url": "https://news.example/eclairs",
        "source": "Daily Post",
        "author": "Ines Moreau",
        "external_id": "dp-2024-0501-7",
        "published": "2024-05-01",
    }
    made = api.post("/api/v1/documents", json=body, headers={"X-API-Key": API_KEY}).get_json()
    yield made
    api.delete(made["href"], headers={"X-API-Key": API_KEY})


def test_metadata_dates_and_unicode_in_every_format(api, dated_doc):
    slug = dated_doc["quotes"][0]["speakers"][0]["slug"]
    detail = api.get(dated_doc["quotes"][0]["href"]).get_json()
    assert detail["document"]["author"] == "Ines Moreau"
    assert detail["document"]["external_id"] == "dp-2024-0501-7"
    assert detail["context_before"] == '"' and detail["context_after"] == '" said Mayor Ana L\u00f3pez.'
    rows = list(
        csv.DictReader(
            io.StringIO(api.get(f"/api/v1/speakers/{slug}/quotes?format=csv").get_data(as_text=True))
        )
    )
    assert rows == [rows[0]] and rows[0]["published"] == "2024-05-01T00:00:00Z"
    assert rows[0]["document_title"] == "\u00c9clairs" and rows[0]["url"] == "https://news.example/eclairs"
    assert (rows[0]["site"], rows[0]["author"], rows[0]["external_id"]) == (
        "Daily Post",
        "Ines Moreau",
        "dp-2024-0501-7",
    )
    assert (rows[0]["context_before"], rows[0]["context_after"]) == ('"', '" said Mayor Ana L\u00f3pez.')
    (line,) = api.get(f"/api/v1/speakers/{slug}/quotes?format=jsonl").get_data(as_text=True).splitlines()
    record = json.loads(line)
    assert record["document"] == {**detail["document"]} and record["context_after"] == detail["context_after"]
    graph = json.loads(api.get(f"/api/v1/speakers/{slug}/quotes?format=jsonld").get_data())["@graph"]
    article = graph[0]["isPartOf"]
    assert graph[0]["datePublished"] == article["datePublished"] == "2024-05-01T00:00:00Z"
    assert article["headline"] == "\u00c9clairs" and article["publisher"]["name"] == "Daily Post"
    assert article["url"] == "https://news.example/eclairs"
    assert article["author"] == {"@type": "Person", "name": "Ines Moreau"}
    assert article["identifier"] == "dp-2024-0501-7"
    assert (graph[0]["contextBefore"], graph[0]["contextAfter"]) == ('"', '" said Mayor Ana L\u00f3pez.')
    collection = json.loads(api.get(f"/api/v1/speakers/{slug}/quotes?format=annotation").get_data())
    source = collection["first"]["items"][0]["target"]["source"]
    assert source == {
        "id": "https://news.example/eclairs",
        "type": "Text",
        "schema:headline": "\u00c9clairs",
        "schema:author": "Ines Moreau",
        "schema:publisher": "Daily Post",
        "schema:datePublished": "2024-05-01T00:00:00Z",
        "schema:identifier": "dp-2024-0501-7",
    }
    target = collection["first"]["items"][0]["target"]
    assert (target["contextBefore"], target["contextAfter"]) == ('"', '" said Mayor Ana L\u00f3pez.')
    selector = target["selector"][1]
    assert selector["prefix"] == 'Queues formed early.\n\n"'
    assert selector["suffix"] == '" said Mayor Ana L\u00f3pez.'


def test_annotation_selectors_anchor_the_quote(api, seeded_spec):
    quotes = all_items(api, "/api/v1/quotes")
    for quote in quotes[:: max(1, len(quotes) // 15)]:
        response = api.get(f"{quote['href']}/annotation")
        assert response.status_code == 200 and response.headers["Content-Type"] == ANNO
        annotation = response.get_json(force=True)
        jsonschema.validate(
            annotation, documented(seeded_spec, "/api/v1/quotes/{quote_id}/annotation")[ANNO]["schema"]
        )
        text = api.get(quote["document"]["href"]).get_json()["text"]
        position, words = annotation["target"]["selector"]
        assert position["type"] == "TextPositionSelector" and words["type"] == "TextQuoteSelector"
        assert text[position["start"] : position["end"]] == words["exact"] == quote["text"]
        assert text[: position["start"]].endswith(words["prefix"]) and text[position["end"] :].startswith(
            words["suffix"]
        )
        assert len(words["prefix"]) == min(32, position["start"])
        detail = api.get(quote["href"]).get_json()
        assert annotation["target"]["contextBefore"] == detail["context_before"]
        assert annotation["target"]["contextAfter"] == detail["context_after"]
    assert api.get("/api/v1/quotes/999999/annotation").status_code == 404


def test_annotation_export_matches_the_single_annotations(api):
    response = api.get("/api/v1/export?speaker=lena-marsh", headers={"Accept": ANNO})
    assert response.headers["Content-Type"] == ANNO
    collection = json.loads(response.get_data())
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert len(items) == api.get("/api/v1/speakers/lena-marsh").get_json()["quote_count"]
    one = api.get(items[0]["id"].replace("http://localhost", "")).get_json(force=True)
    del one["@context"]
    assert one == items[0]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/x-ndjson"),
        ("*/*", "application/x-ndjson"),
        ("text/csv", "text/csv"),
        ("application/jsonl", "application/x-ndjson"),
        ("application/ld+json", "application/ld+json"),
        ("text/html, text/csv;q=0.9", "text/csv"),
    ],
)
def test_export_format_by_accept(api, accept, expected):
    headers = {"Accept": accept} if accept else {}
    response = api.get("/api/v1/export?speaker=lena-marsh", headers=headers)
    assert response.status_code == 200 and response.mimetype == expected
    assert "Accept" in response.headers["Vary"]


def test_speaker_quotes_stay_json_unless_asked(api):
    assert api.get("/api/v1/speakers/lena-marsh/quotes").mimetype == "application/json"
    browser = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    assert api.get("/api/v1/speakers/lena-marsh/quotes", headers=browser).mimetype == "application/json"
    assert (
        api.get("/api/v1/speakers/lena-marsh/quotes", headers={"Accept": "text/csv"}).mimetype == "text/csv"
    )
    # format= wins over Accept.
    r = api.get("/api/v1/speakers/lena-marsh/quotes?format=jsonl", headers={"Accept": "text/csv"})
    assert r.mimetype == "application/x-ndjson"


def test_bad_format_and_unacceptable_accept(api):
    r = api.get("/api/v1/export?format=xml")
    assert r.status_code == 400 and r.get_json()["errors"][0]["parameter"] == "format"
    assert api.get("/api/v1/export", headers={"Accept": "image/png"}).status_code == 406
    assert api.get("/api/v1/speakers/lena-marsh/quotes", headers={"Accept": "image/png"}).status_code == 406
    assert api.get("/api/v1/speakers/nobody/quotes?format=csv").status_code == 404
    reversed_range = api.get("/api/v1/export?since=2024-02-01&until=2024-01-01")  # an empty range
    assert reversed_range.status_code == 200


@pytest.mark.parametrize(
    "filters",
    [
        "speaker=wang-yi",
        "q=relations",
        "q=%22China-US+relations%22",
        "min_length=60",
        "document=2",
        "since=2000-01-01",
        "speaker=lena-marsh&q=fearless",
        "speaker=nobody",
    ],
)
def test_export_filters_are_the_list_filters(api, filters):
    listed = all_items(api, f"/api/v1/quotes?{filters}")
    lines = api.get(f"/api/v1/export?format=jsonl&{filters}").get_data(as_text=True).splitlines()
    assert sorted(q["id"] for q in listed) == [json.loads(line)["id"] for line in lines]


def test_etag_and_304(api):
    first = api.get("/api/v1/export?format=csv&speaker=wang-yi")
    first.get_data()  # a streamed body is read (or closed) before the next request
    etag = first.headers["ETag"]
    again = api.get("/api/v1/export?format=csv&speaker=wang-yi", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    other = api.get("/api/v1/export?format=jsonl&speaker=wang-yi", headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["ETag"] != etag
    other.close()


def test_keyset_chunks_cover_every_row_once(seeded_app):
    bind(seeded_app)
    whole = [q.id for q, _ in iter_quotes()]
    assert whole == sorted(whole) and len(whole) == len(set(whole)) > 50
    for size in (1, 7, len(whole), len(whole) + 1):
        assert [q.id for q, _ in iter_quotes(chunk_size=size)] == whole
