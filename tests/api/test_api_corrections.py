"""Editors' corrections through the API: rename, kind, aliases, Wikidata, merge, reassign, reject and
undo, the audit log, keys' labels, and corrections that survive deleting and re-posting a document.
Also through the real server process."""

from __future__ import annotations

import os
import subprocess
import sys

import requests

from tests.support.api_client import API_KEY, post_doc
from tests.support.servers import server

OBAMA = '"We will rebuild the ports," said Obama on Friday.\n\n"The ports are open," Obama told reporters.'
BARACK = '"Ohio will see the first ships," said Barack Obama.'
CLERK = '"The vote is final," said the clerk.\n\n"No more counting," said Ruth Okafor, the county clerk.'


def _slugs(client, path: str = "/api/v1/speakers") -> dict[str, int]:
    return {s["slug"]: s["quote_count"] for s in client.get(path).get_json()["items"]}


def test_rename_kind_aliases_wikidata_and_old_slug_redirects(client, writer):
    post_doc(writer, OBAMA)
    r = writer.patch("/api/v1/speakers/obama", json={"name": "Barack H. Obama", "wikidata": "Q76"})
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert (body["slug"], body["name"], body["wikidata"], body["quote_count"]) == (
        "barack-h-obama",
        "Barack H. Obama",
        "Q76",
        2,
    )
    assert "Obama" in body["aliases"]
    exported = client.get("/api/v1/speakers/barack-h-obama/quotes?format=jsonld")
    creator = exported.get_json()["@graph"][0]["creator"][0]
    assert creator["sameAs"] == "https://www.wikidata.org/entity/Q76" and creator["name"] == "Barack H. Obama"
    old = client.get("/api/v1/speakers/obama")
    assert old.status_code == 308 and old.headers["Location"].endswith("/speakers/barack-h-obama")
    body = writer.patch(
        "/api/v1/speakers/barack-h-obama", json={"aliases": ["President Obama"], "kind": "person"}
    ).get_json()
    assert body["aliases"] == ["President Obama"]
    assert _slugs(client, "/api/v1/speakers?q=president%20obama") == {"barack-h-obama": 2}
    assert writer.patch("/api/v1/speakers/barack-h-obama", json={"kind": "organisation"}).get_json()[
        "kind"
    ] == ("organisation")


def test_bad_corrections_are_4xx_problems(client, writer):
    post_doc(writer, OBAMA)
    assert client.patch("/api/v1/speakers/obama", json={"name": "X"}).status_code == 401  # no key
    for body in ({"wikidata": "76"}, {"kind": "robot"}, {}, {"name": ""}, {"colour": "red"}):
        r = writer.patch("/api/v1/speakers/obama", json=body)
        assert r.status_code == 422, body
    assert writer.patch("/api/v1/speakers/nobody", json={"name": "X"}).status_code == 404
    assert writer.post("/api/v1/speakers/obama/merge", json={"into": "obama"}).status_code == 422
    assert writer.post("/api/v1/speakers/obama/merge", json={"into": "nobody"}).status_code == 404
    assert writer.patch("/api/v1/quotes/999999", json={"rejected": True}).status_code == 404
    assert writer.patch("/api/v1/quotes/1", json={"rejected": True, "speakers": ["obama"]}).status_code == 422


def test_merge_moves_quotes_and_the_merged_slug_redirects(client, writer):
    post_doc(writer, CLERK)
    before = _slugs(client)
    [clerk] = set(before) - {"ruth-okafor"}
    assert clerk.startswith("clerk-") and before == {"ruth-okafor": 1, clerk: 1}  # an unnamed source
    r = writer.post(f"/api/v1/speakers/{clerk}/merge", json={"into": "ruth-okafor"})
    assert r.status_code == 200 and r.get_json()["quote_count"] == 2
    assert _slugs(client) == {"ruth-okafor": 2}
    assert client.get(f"/api/v1/speakers/{clerk}").status_code == 308
    assert client.get("/api/v1/speakers/ruth-okafor/quotes").get_json()["total"] == 2


def test_reassign_reject_undo_and_the_audit_log(client, writer):
    post_doc(writer, OBAMA)
    post_doc(writer, BARACK)
    quotes = client.get("/api/v1/quotes?q=ports").get_json()["items"]
    assert len(quotes) == 2
    first, second = sorted(q["id"] for q in quotes)
    r = writer.patch(f"/api/v1/quotes/{first}", json={"speakers": ["barack-obama"]})
    assert r.status_code == 200 and r.get_json() == {
        "id": first,
        "rejected": False,
        "speakers": ["barack-obama"],
    }
    shown = client.get(f"/api/v1/quotes/{second}").get_json()
    assert shown["rejected"] is False
    r = writer.patch(f"/api/v1/quotes/{second}", json={"rejected": True})
    assert r.get_json() == {"id": second, "rejected": True, "speakers": []}
    # Out of every list, but an editor can still see it, with its speakers then, to undo it.
    seen = client.get(f"/api/v1/quotes/{second}")
    assert seen.status_code == 200 and seen.get_json() == {**shown, "rejected": True}
    assert [q["id"] for q in client.get("/api/v1/quotes?q=ports").get_json()["items"]] == [first]
    assert client.get("/api/v1/search?q=open").get_json()["total"] == 0
    verdict = client.post("/api/v1/verify", json={"claim": "The ports are open"}).get_json()["verdict"]
    assert verdict == "not_found"
    assert writer.patch(f"/api/v1/quotes/{second}", json={"rejected": False}).get_json()["rejected"] is False
    assert client.get(f"/api/v1/quotes/{second}").status_code == 200
    assert sum(_slugs(client).values()) == 3
    log = client.get("/api/v1/corrections?per_page=2")
    body = log.get_json()
    assert body["total"] == 3 and log.headers["X-Total-Count"] == "3" and len(body["items"]) == 2
    assert [e["action"] for e in body["items"]] == ["unreject", "reject"]
    every = client.get("/api/v1/corrections?page=2&per_page=2").get_json()["items"]
    assert every[0]["action"] == "reassign" and every[0]["after"]["speakers"] == ["barack-obama"]
    assert every[0]["label"] == "key-1" and API_KEY not in str(body)


def test_corrections_survive_deleting_and_posting_the_document_again(client, writer):
    doc = post_doc(writer, OBAMA)
    post_doc(writer, BARACK)
    quotes = sorted(q["id"] for q in client.get("/api/v1/quotes?q=ports").get_json()["items"])
    writer.patch(f"/api/v1/quotes/{quotes[0]}", json={"rejected": True})
    writer.patch("/api/v1/speakers/barack-obama", json={"wikidata": "Q76"})
    writer.patch(f"/api/v1/quotes/{quotes[1]}", json={"speakers": ["barack-obama"]})
    assert writer.delete(f"/api/v1/documents/{doc['id']}").status_code == 204
    post_doc(writer, OBAMA)
    assert client.get("/api/v1/quotes?q=ports").get_json()["total"] == 1
    again = client.get("/api/v1/quotes?q=ports").get_json()["items"][0]
    assert [s["slug"] for s in again["speakers"]] == ["barack-obama"]
    assert client.get("/api/v1/speakers/barack-obama").get_json()["wikidata"] == "Q76"


def test_corrections_through_the_real_server_name_the_key_label(database_url, client, writer, tmp_path):
    post_doc(writer, OBAMA)
    env = {"DATABASE_URL": database_url, "QUOTES_API_KEYS": "alice:alice-secret-key,bot:bot-secret-key"}
    with server(["--workers", "2"], env=env, cwd=tmp_path, log=tmp_path / "server.log") as base:
        api = f"{base}/api/v1"
        assert (
            requests.patch(f"{api}/speakers/obama", json={"name": "Barack Obama"}, timeout=10).status_code
            == 401
        )
        r = requests.patch(
            f"{api}/speakers/obama",
            json={"name": "Barack Obama"},
            headers={"Authorization": "Bearer alice-secret-key"},
            timeout=10,
        )
        assert r.status_code == 200 and r.json()["slug"] == "barack-obama"
        moved = requests.get(f"{api}/speakers/obama", allow_redirects=False, timeout=10)
        assert moved.status_code == 308 and moved.headers["Location"].endswith(
            "/api/v1/speakers/barack-obama"
        )
        assert requests.get(f"{api}/speakers/obama", timeout=10).json()["name"] == "Barack Obama"
        log = requests.get(f"{api}/corrections", timeout=10)
        assert log.json()["items"][0]["label"] == "alice"
        assert "alice-secret-key" not in log.text


PIKE = '"The bridge opens in May," said Ann Pike.'
RAY = '"The tunnel opens in June," said Tom Ray.'


def test_merge_reassign_reject_and_alias_search_through_the_real_server(database_url, writer, tmp_path):
    post_doc(writer, PIKE)
    post_doc(writer, RAY)
    env = {"DATABASE_URL": database_url, "QUOTES_API_KEYS": "alice:alice-secret-key"}
    key = {"Authorization": "Bearer alice-secret-key"}
    with server(["--workers", "2"], env=env, cwd=tmp_path, log=tmp_path / "server.log") as base:
        api = f"{base}/api/v1"

        def quotes_of(slug: str) -> list[int]:
            page = requests.get(f"{api}/speakers/{slug}/quotes", timeout=10).json()
            return [q["id"] for q in page["items"]]

        ray_quote = quotes_of("tom-ray")[0]
        merge = f"{api}/speakers/tom-ray/merge"
        assert requests.post(merge, json={"into": "ann-pike"}, timeout=10).status_code == 401
        merged = requests.post(merge, json={"into": "ann-pike"}, headers=key, timeout=10)
        assert merged.status_code == 200, merged.text
        assert requests.get(f"{api}/speakers/ann-pike", timeout=10).json()["quote_count"] == 2
        moved = requests.get(f"{api}/speakers/tom-ray", allow_redirects=False, timeout=10)
        assert moved.status_code == 308 and moved.headers["Location"].endswith("/api/v1/speakers/ann-pike")
        found = requests.get(f"{api}/speakers", params={"q": "tom ray"}, timeout=10).json()["items"]
        assert [s["slug"] for s in found] == ["ann-pike"]

        quote = f"{api}/quotes/{ray_quote}"
        rejected = requests.patch(quote, json={"rejected": True}, headers=key, timeout=10)
        assert rejected.status_code == 200, rejected.text
        assert ray_quote not in quotes_of("ann-pike")
        assert requests.get(f"{api}/quotes", params={"q": "tunnel"}, timeout=10).json()["total"] == 0
        seen = requests.get(quote, timeout=10)
        assert seen.status_code == 200 and seen.json()["rejected"] is True
        assert seen.json()["text"].startswith("The tunnel opens")
        assert [s["slug"] for s in seen.json()["speakers"]] == ["ann-pike"]
        undone = requests.patch(quote, json={"rejected": False}, headers=key, timeout=10)
        assert undone.status_code == 200, undone.text
        assert requests.get(f"{api}/quotes", params={"q": "tunnel"}, timeout=10).json()["total"] == 1
        assert requests.get(quote, timeout=10).json()["rejected"] is False

        log = requests.get(f"{api}/corrections", timeout=10).json()["items"]  # newest first
        assert [(c["action"], c["label"]) for c in log] == [
            ("unreject", "alice"),
            ("reject", "alice"),
            ("merge", "alice"),
        ]


def test_corrections_made_through_the_real_server_survive_reposting_and_reextract(
    database_url, writer, tmp_path
):
    """Corrections made over HTTP, then the document deleted and posted again over HTTP, then
    ``quotes-api reextract`` run on the same database: the server still answers the corrections."""
    env = {"DATABASE_URL": database_url, "QUOTES_API_KEYS": "desk:desk-secret-key"}
    key = {"Authorization": "Bearer desk-secret-key"}
    with server(["--workers", "2"], env=env, cwd=tmp_path, log=tmp_path / "server.log") as base:
        api = f"{base}/api/v1"
        doc = requests.post(f"{api}/documents", json={"text": OBAMA}, headers=key, timeout=10).json()
        requests.post(f"{api}/documents", json={"text": BARACK}, headers=key, timeout=10)
        ports = sorted(q["id"] for q in requests.get(f"{api}/quotes?q=ports", timeout=10).json()["items"])
        assert (
            requests.patch(
                f"{api}/quotes/{ports[0]}", json={"rejected": True}, headers=key, timeout=10
            ).status_code
            == 200
        )
        assert (
            requests.patch(
                f"{api}/quotes/{ports[1]}", json={"speakers": ["barack-obama"]}, headers=key, timeout=10
            ).status_code
            == 200
        )
        assert (
            requests.patch(
                f"{api}/speakers/barack-obama", json={"name": "Barack H. Obama"}, headers=key, timeout=10
            ).status_code
            == 200
        )

        def state() -> tuple:
            quotes = requests.get(f"{api}/quotes?q=ports", timeout=10).json()["items"]
            speakers = requests.get(f"{api}/speakers", timeout=10).json()["items"]
            return (
                [[s["slug"] for s in q["speakers"]] for q in quotes],
                sorted((s["slug"], s["name"], s["quote_count"]) for s in speakers),
            )

        corrected = state()  # one "ports" quotation rejected, the other reassigned; renamed
        assert corrected == ([["barack-h-obama"]], [("barack-h-obama", "Barack H. Obama", 2)])
        assert requests.delete(f"{api}/documents/{doc['id']}", headers=key, timeout=10).status_code == 204
        again = requests.post(f"{api}/documents", json={"text": OBAMA}, headers=key, timeout=10)
        assert again.status_code == 201
        assert state() == corrected
        done = subprocess.run(
            [sys.executable, "-c", "from quotes_api.cli import main; main()", "reextract"],
            env={**os.environ, "DATABASE_URL": database_url},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert state() == corrected
        moved = requests.get(f"{api}/speakers/barack-obama", allow_redirects=False, timeout=10)
        assert moved.status_code == 308
