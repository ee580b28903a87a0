"""``/api/v1/quotes`` filters and ``/api/v1/quotes/{id}`` provenance."""

from __future__ import annotations

from tests.support.api_client import LIND, TRAN


def texts(response) -> list[str]:
    return [q["text"] for q in response.get_json()["items"]]


def test_quotes_list_and_filters(client, corpus):
    assert client.get("/api/v1/quotes").get_json()["total"] == 7
    assert texts(client.get("/api/v1/quotes?speaker=tom-reed")) == ["The bridge opens in May,"]
    assert client.get("/api/v1/quotes?speaker=nobody").get_json()["total"] == 0
    assert texts(client.get("/api/v1/quotes?q=bridge")) == ["The bridge opens in May,"]
    assert client.get("/api/v1/quotes?q=win&speaker=amy-tran").get_json()["total"] == 2
    assert client.get("/api/v1/quotes?since=2024-04-01&until=2024-04-30").get_json()["total"] == 2
    assert client.get(f"/api/v1/quotes?document={corpus['lind']['id']}").get_json()["total"] == 2
    assert texts(client.get("/api/v1/quotes?min_length=34")) == ["We have listened to the islanders,"]
    ordered = texts(client.get(f"/api/v1/quotes?document={corpus['reed']['id']}&sort=position"))
    assert ordered == ["The bridge opens in May,", "We will win,", "The harbour needs dredging,"]
    confidences = [q["confidence"] for q in client.get("/api/v1/quotes?sort=-confidence").get_json()["items"]]
    assert confidences == sorted(confidences, reverse=True)


def test_quote_text_search_takes_anything_typed(client, corpus):
    for q in ('"we will', "win AND", "(stray", "-", "win -election", "OR OR", 'NEAR("x"', "*", "a:b", "é"):
        r = client.get("/api/v1/quotes", query_string={"q": q})
        assert r.status_code == 200, q
    assert texts(client.get("/api/v1/quotes", query_string={"q": "win -election"})) == ["We will win,"]
    assert client.get("/api/v1/quotes", query_string={"q": '"taxes will not rise"'}).get_json()["total"] == 1
    assert client.get("/api/v1/quotes", query_string={"q": '"rise taxes"'}).get_json()["total"] == 0


def test_quote_detail_has_provenance(client, corpus):
    first = client.get(f"/api/v1/quotes?document={corpus['tran']['id']}&sort=position").get_json()["items"][0]
    r = client.get(first["href"])
    assert r.status_code == 200
    q = r.get_json()
    assert q["text"] == TRAN[q["start"] : q["end"]] == "We will win the election,"
    assert q["document"] == {
        "id": corpus["tran"]["id"],
        "title": "Tran campaign",
        "url": None,
        "source": "Daily Post",
        "author": "Ola Berg",
        "published": "2024-03-01T00:00:00Z",
        "external_id": "dp-1",
        "href": f"/api/v1/documents/{corpus['tran']['id']}",
    }
    assert q["cue"] == "said" and q["mention"] and 0 < q["confidence"] <= 1
    assert q["context_before"] == '"'
    assert q["context_after"].startswith('" said Governor Amy Tran on Monday.')
    assert "\n" not in q["context_after"]  # context stays within the paragraph
    assert q["pieces"] == []


def test_multi_part_quote_lists_its_other_pieces(client, corpus):
    items = client.get(f"/api/v1/quotes?document={corpus['lind']['id']}&sort=position").get_json()["items"]
    first, second = items
    assert first["group"] == second["group"] and (first["part"], second["part"]) == (0, 1)
    detail = client.get(first["href"]).get_json()
    assert [p["text"] for p in detail["pieces"]] == ["and we heard them loud and clear."]
    assert detail["pieces"][0]["href"] == second["href"]
    assert LIND[second["start"] : second["end"]] == second["text"]


def test_unknown_quote_is_404(client):
    assert client.get("/api/v1/quotes/999999").status_code == 404
    assert client.get("/api/v1/quotes/abc").status_code == 404
