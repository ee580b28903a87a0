"""``quotes_api.client.QuotesClient`` against the real ``quotes-api serve`` process (no mocks)."""

from __future__ import annotations

import csv
import io
import json
import time

import pytest

from quotes_api.client import QuotesAPIError, QuotesClient
from tests.support.api_client import API_KEY


@pytest.fixture
def client(live_server):
    with QuotesClient(live_server, timeout=20) as c:
        yield c


def test_speakers_and_one_speaker(client):
    speakers = list(client.speakers())
    slugs = {s["slug"] for s in speakers}
    assert {"wang-yi", "lena-marsh", "white-house"} <= slugs and len(speakers) == len(slugs)
    assert [s["slug"] for s in client.speakers(q="wang")] == ["wang-yi"]
    wang = client.speaker("wang-yi")
    assert wang["name"] == "Wang Yi" and wang["quote_count"] == 7


def test_quotes_by_speaker_follows_every_page(client):
    paged = list(client.quotes_by_speaker("wang-yi", per_page=2, sort="position"))
    assert len(paged) == 7 == len({q["id"] for q in paged})
    assert paged == list(client.quotes_by_speaker("wang-yi", sort="position"))
    assert [q["text"] for q in client.quotes_by_speaker("wang-yi", q="relations")]
    everyone = list(client.quotes(per_page=10))
    assert len(everyone) > 50


def test_search_and_one_quote(client):
    hits = list(client.search("fearless"))
    assert hits and all("<mark>" in h["highlight"] for h in hits)
    detail = client.quote(hits[0]["id"])
    assert detail["context_before"] is not None and detail["document"]["href"]


def test_verify(client):
    result = client.verify("we never stopped believing", speaker="Lena Marsh")
    assert result["verdict"] == "exact"
    assert client.verify("we never stopped believing", "Wang Yi")["verdict"] == "misattributed"
    altered = client.verify("We were fearless from the first whistle and we never stopped trying")
    assert altered["verdict"] == "altered" and altered["matches"][0]["diff"]


def test_errors_carry_the_problem_details(client):
    with pytest.raises(QuotesAPIError) as missing:
        client.speaker("nobody-at-all")
    error = missing.value
    assert error.status == 404 and error.title == "Not Found" and "nobody-at-all" in error.detail
    assert error.type == "about:blank" and "404 Not Found" in str(error)
    with pytest.raises(QuotesAPIError) as invalid:
        client.verify("")
    assert invalid.value.status == 422 and invalid.value.errors[0]["pointer"] == "#/claim"
    assert invalid.value.type == "urn:quotes-api:problem:validation-error"
    with pytest.raises(QuotesAPIError) as bad_param:
        list(client.quotes_by_speaker("wang-yi", sort="sideways"))
    assert bad_param.value.status == 400 and bad_param.value.errors[0]["parameter"] == "sort"
    with pytest.raises(ValueError):
        client.export("xml")


def test_upload_needs_the_key_and_is_idempotent(client, live_server):
    text = '"The ferry will sail at noon," said Harbour Master Ines Varga.'
    with pytest.raises(QuotesAPIError) as denied:
        client.upload_document(text)
    assert denied.value.status == 401
    with QuotesClient(live_server, api_key=API_KEY) as writer:
        made = writer.upload_document(text, title="Ferry", published="2024-06-01", url=None)
        try:
            assert made["created"] is True and made["quotes"][0]["text"] == "The ferry will sail at noon,"
            again = writer.upload_document(text)
            assert again["created"] is False and again["id"] == made["id"]
            slug = made["quotes"][0]["speakers"][0]["slug"]
            assert client.speaker(slug)["quote_count"] == 1
        finally:
            writer.delete_document(made["id"])
    with pytest.raises(QuotesAPIError):
        client.speaker(slug)


def test_upload_a_page(client, live_server):
    html = (
        "<html><head><title>Ferry news | Island Post</title></head><body><nav>Home</nav><article>"
        "<h1>Ferry news</h1><p>\u201cThe ferry will sail at dawn,\u201d said Harbour Master Ines Varga "
        "on Tuesday.</p></article><div class='comments'><p>\u201cNever on time,\u201d said my aunt.</p>"
        "</div></body></html>"
    )
    with QuotesClient(live_server, api_key=API_KEY) as writer:
        made = writer.upload_page(html, author="Port desk")
        try:
            assert made["created"] is True and (made["title"], made["source"], made["author"]) == (
                "Ferry news",
                "Island Post",
                "Port desk",
            )
            assert [q["text"] for q in made["quotes"]] == ["The ferry will sail at dawn,"]
        finally:
            writer.delete_document(made["id"])


def test_export_streams_each_format(client):
    data = b"".join(client.export("csv", speaker="wang-yi", chunk_size=64))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert len(rows) == 7 and all(r["speakers"] == "Wang Yi" for r in rows)
    lines = b"".join(client.export("jsonl")).decode("utf-8").splitlines()
    assert len(lines) == len(list(client.quotes())) and json.loads(lines[0])["id"]
    graph = json.loads(b"".join(client.export("jsonld", speaker="lena-marsh", q="fearless")))["@graph"]
    assert graph and all(item["@type"] == "Quotation" for item in graph)
    annotations = json.loads(b"".join(client.export("annotation", speaker="lena-marsh")))
    assert annotations["first"]["items"][0]["type"] == "Annotation"


def test_503_is_retried_with_back_off_then_raised(down_server):
    """The server answers 503 with Retry-After: 5; urllib3 waits that long, retries, then gives up."""
    with QuotesClient(down_server, retries=1, timeout=10) as c:
        began = time.monotonic()
        with pytest.raises(QuotesAPIError) as caught:
            c.speaker("wang-yi")
        elapsed = time.monotonic() - began
    error = caught.value
    assert error.status == 503 and error.detail and "unavailable" in error.detail
    assert len(error.response.raw.retries.history) == 1  # one retry was made
    assert elapsed >= 4.5  # it honoured Retry-After


def test_connection_refused_is_retried_then_raised():
    import requests

    from tests.support.servers import free_port

    nowhere = f"http://127.0.0.1:{free_port()}"
    with (
        QuotesClient(nowhere, retries=2, backoff_factor=0.1, timeout=2) as c,
        pytest.raises(requests.ConnectionError),
    ):
        c.speaker("wang-yi")
