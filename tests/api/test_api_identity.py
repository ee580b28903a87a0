"""Identity through the API: one speaker for every form, `?q=` over aliases, 308 from old slugs,
and `/verify` saying which speaker it understood; 300 with the candidates for an alias two speakers
share. Also through the real server."""

from __future__ import annotations

import requests

from tests.support.api_client import post_doc
from tests.support.servers import server

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


ANN_PIKE = '"The bridge opens in May," said Ann Pike, the engineer. "It will be busy," Pike added.'
TOM_PIKE = '"The tunnel opens in June," said Tom Pike, the contractor. "It is late," Pike said.'


def test_an_alias_two_speakers_share_answers_300_with_the_candidates(client, writer):
    post_doc(writer, ANN_PIKE)
    post_doc(writer, TOM_PIKE)
    assert {s["slug"]: s["aliases"] for s in client.get("/api/v1/speakers").get_json()["items"]} == {
        "ann-pike": ["Pike"],
        "tom-pike": ["Pike"],
    }
    for path in ("/api/v1/speakers/pike", "/api/v1/speakers/pike/quotes?per_page=1"):
        r = client.get(path)
        assert r.status_code == 300 and r.mimetype == "application/problem+json", path
        body = r.get_json()
        assert body["type"] == "urn:quotes-api:problem:ambiguous-slug" and body["status"] == 300
        assert body["instance"] == path.split("?")[0]
        assert sorted((c["slug"], c["name"], c["href"], c["quote_count"]) for c in body["candidates"]) == [
            ("ann-pike", "Ann Pike", "/api/v1/speakers/ann-pike", 2),
            ("tom-pike", "Tom Pike", "/api/v1/speakers/tom-pike", 2),
        ]
        assert "Location" not in r.headers  # no preferred choice: never a guess
    # A slug nobody was ever written as stays a plain 404.
    assert client.get("/api/v1/speakers/pikes").status_code == 404
    # Once one of the two has no quotes left, the alias means the other: 308.
    tom = client.get("/api/v1/speakers/tom-pike/quotes").get_json()["items"]
    for quote in tom:
        assert writer.patch(f"/api/v1/quotes/{quote['id']}", json={"rejected": True}).status_code == 200
    r = client.get("/api/v1/speakers/pike")
    assert r.status_code == 308 and r.headers["Location"].endswith("/api/v1/speakers/ann-pike")


def test_identity_and_corrections_through_the_real_server(database_url, writer, tmp_path):
    """What the test-client tests above and in test_api_corrections check, through a real
    server process: 300 for a shared alias, `/verify`'s claimed speaker, kind, aliases and
    Wikidata edits with `sameAs` in the JSON-LD export, and a reassignment."""
    post_doc(writer, ANN_PIKE)
    post_doc(writer, TOM_PIKE)
    post_doc(writer, OBAMA_2)
    env = {"DATABASE_URL": database_url, "QUOTES_API_KEYS": "desk:desk-secret-key"}
    key = {"Authorization": "Bearer desk-secret-key"}
    with server(["--workers", "2"], env=env, cwd=tmp_path, log=tmp_path / "server.log") as base:
        api = f"{base}/api/v1"
        shared = requests.get(f"{api}/speakers/pike", allow_redirects=False, timeout=10)
        assert shared.status_code == 300 and shared.headers["Content-Type"] == "application/problem+json"
        assert sorted(c["slug"] for c in shared.json()["candidates"]) == ["ann-pike", "tom-pike"]

        claim = {"claim": "The ports are open", "speaker": "Barack Obama"}
        verdict = requests.post(f"{api}/verify", json=claim, timeout=10).json()
        assert verdict["verdict"] == "exact" and verdict["claimed_speaker"]["slug"] == "obama"
        claim["speaker"] = "Ada Quill"
        assert requests.post(f"{api}/verify", json=claim, timeout=10).json()["claimed_speaker"] is None

        edit = {"kind": "organisation", "aliases": ["Pike Works"], "wikidata": "Q4242"}
        assert requests.patch(f"{api}/speakers/tom-pike", json=edit, timeout=10).status_code == 401
        edited = requests.patch(f"{api}/speakers/tom-pike", json=edit, headers=key, timeout=10)
        assert edited.status_code == 200, edited.text
        body = edited.json()
        assert (body["kind"], body["aliases"], body["wikidata"]) == ("organisation", ["Pike Works"], "Q4242")
        lines = requests.get(f"{api}/speakers/tom-pike/quotes?format=jsonld", timeout=10).text
        assert "https://www.wikidata.org/entity/Q4242" in lines

        ann = requests.get(f"{api}/speakers/ann-pike/quotes", timeout=10).json()["items"][0]["id"]
        reassign = {"speakers": ["tom-pike"]}
        moved = requests.patch(f"{api}/quotes/{ann}", json=reassign, headers=key, timeout=10)
        assert moved.status_code == 200 and moved.json()["speakers"] == ["tom-pike"]
        assert requests.get(f"{api}/quotes/{ann}", timeout=10).json()["speakers"][0]["slug"] == "tom-pike"
        log = requests.get(f"{api}/corrections", timeout=10).json()["items"]
        assert [(c["action"], c["label"]) for c in log] == [("reassign", "desk"), ("edit_speaker", "desk")]
