"""Identity through the API: one speaker for every form, `?q=` over aliases, 308 from old slugs,
and `/verify` saying which speaker it understood."""

from __future__ import annotations

from tests.support.api_client import post_doc

OBAMA_1 = '"We will rebuild the ports," said Barack Obama on Friday.'
OBAMA_2 = '"The ports are open," Obama told reporters in Ohio.'
BURMAN_1 = '"The tax cut pays for itself only on paper," said Leonard E. Burman, an economist.'
BURMAN_2 = '"Nobody should count on growth to close the gap," said Len Burman.'


def test_forms_of_one_person_are_one_speaker_found_by_any_alias(client, writer):
    for text in (OBAMA_1, OBAMA_2, BURMAN_1, BURMAN_2):
        post_doc(writer, text)
    body = client.get("/api/v1/speakers").get_json()
    assert sorted((s["slug"], s["quote_count"]) for s in body["items"]) == [
        ("barack-obama", 2),
        ("leonard-e-burman", 2),
    ]
    assert [s["slug"] for s in client.get("/api/v1/speakers?q=barack").get_json()["items"]] == [
        "barack-obama"
    ]
    assert [s["slug"] for s in client.get("/api/v1/speakers?q=len%20burman").get_json()["items"]] == [
        "leonard-e-burman"
    ]
    detail = client.get("/api/v1/speakers/leonard-e-burman").get_json()
    assert detail["aliases"] == ["Len Burman"] and detail["ambiguous"] is False and detail["wikidata"] is None


def test_an_alias_slug_answers_308_to_the_speaker(client, writer):
    post_doc(writer, BURMAN_1)
    post_doc(writer, BURMAN_2)
    r = client.get("/api/v1/speakers/len-burman")
    assert r.status_code == 308
    assert r.headers["Location"].endswith("/api/v1/speakers/leonard-e-burman")
    r = client.get("/api/v1/speakers/len-burman/quotes?per_page=1")
    assert r.status_code == 308
    assert r.headers["Location"].endswith("/api/v1/speakers/leonard-e-burman/quotes?per_page=1")
    assert (
        client.get("/api/v1/speakers/len-burman", follow_redirects=True).get_json()["slug"]
        == "leonard-e-burman"
    )
    assert client.get("/api/v1/speakers/nobody-at-all").status_code == 404


def test_verify_names_the_claimed_speaker_or_null(client, writer):
    post_doc(writer, OBAMA_2)
    post_doc(writer, BURMAN_1)
    exact = client.post("/api/v1/verify", json={"claim": "The ports are open", "speaker": "Barack Obama"})
    body = exact.get_json()
    assert body["verdict"] == "exact"
    assert body["claimed_speaker"]["slug"] == "obama" and body["claimed_speaker"]["name"] == "Obama"
    other = client.post(
        "/api/v1/verify", json={"claim": "The ports are open", "speaker": "Len Burman"}
    ).get_json()
    assert other["verdict"] == "misattributed" and other["claimed_speaker"]["slug"] == "leonard-e-burman"
    nobody = client.post(
        "/api/v1/verify", json={"claim": "The ports are open", "speaker": "Ada Quill"}
    ).get_json()
    assert nobody["claimed_speaker"] is None
    assert (
        client.post("/api/v1/verify", json={"claim": "The ports are open"}).get_json()["claimed_speaker"]
        is None
    )
