"""Issue 15, item 2: costly requests cannot starve the server.

Against the real ``quotes-api serve``: eight clients post 1 MB of the extractor's slowest input
per byte at once while a health check is timed throughout; in-process: the keyless size limit,
the per-client rate limit and the time budget, each answered as documented.
"""

from __future__ import annotations

import threading
import time

import pytest
import requests
from flask import Flask

from quotes_api.app import create_app
from tests.support.api_client import API_KEY
from tests.support.servers import server

from .attackers import probe_health

#: The extractor's slowest input per byte (every mark is tried as a quotation with a cue):
#: about 5 s of CPU a megabyte.
ADVERSARIAL = '"We will," said '
MEGABYTE = 1024 * 1024


def adversarial_text(size: int) -> str:
    return (ADVERSARIAL * (size // len(ADVERSARIAL) + 1))[:size]


def test_health_check_answers_while_eight_clients_post_a_megabyte_each(tmp_path):
    key = "attack-key"
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'q.db'}",
        "QUOTES_API_KEYS": key,
        "QUOTES_API_EXTRACT_BUDGET_SECONDS": "4",
    }
    body = {"text": adversarial_text(MEGABYTE)}
    answers: list[tuple[int, str | None, float]] = []

    def attack() -> None:
        start = time.monotonic()
        r = requests.post(f"{base}/api/v1/extract", json=body, headers={"X-API-Key": key}, timeout=60)
        answers.append((r.status_code, r.headers.get("Retry-After"), time.monotonic() - start))

    with server(
        ["--workers", "1", "--threads", "8"], env=env, cwd=tmp_path, log=tmp_path / "server.log"
    ) as base:
        attackers = [threading.Thread(target=attack) for _ in range(8)]
        for t in attackers:
            t.start()
        latencies = probe_health(base, seconds=8)
        while any(t.is_alive() for t in attackers):  # the health check is timed throughout
            latencies += probe_health(base, seconds=1)
        keyless = requests.post(f"{base}/api/v1/extract", json=body, timeout=60)
    print(f"/livez: {len(latencies)} probes, slowest {max(latencies):.3f} s; attackers: {sorted(answers)}")
    assert max(latencies) < 1.0, f"/livez took {max(latencies):.2f} s under attack: {latencies}"
    assert len(answers) == 8
    # 6 slots (8 threads less 2): the other 2 are refused at once; of the 6 admitted, 2
    # compute at a time and run out of their 4 s budget (a megabyte is about 5 s of CPU
    # alone), the others wait their turn (up to 10 s).
    assert all(status == 503 for status, _, _ in answers), answers
    retry_after = sorted(retry for _, retry, _ in answers)
    assert retry_after == ["1", "1", *["10"] * 6], answers  # 2 busy, 6 over budget
    assert all(seconds < 3 * 4 + 3 for _, _, seconds in answers), answers
    assert keyless.status_code == 413  # without a key, a megabyte is over the limit


def guarded_app(database_url: str, **config: object) -> Flask:
    """A new app (so a new rate-limit count) with one key and ``config``."""
    return create_app({"DATABASE_URL": database_url, "API_KEYS": (API_KEY,), "TESTING": True, **config})


@pytest.fixture
def app(database_url: str) -> Flask:  # noqa: F811 (this folder's own, fresh for each test)
    return guarded_app(database_url)


def test_keyless_requests_have_a_smaller_body_limit(app):
    client = app.test_client()
    # Plain sentences: the limit is on size; extraction time has its own test below.
    plain = "The council met on Monday and agreed on the budget for the year. "
    text = {"text": (plain * (300 * 1024 // len(plain) + 1))[: 300 * 1024]}
    refused = client.post("/api/v1/extract", json=text)
    assert refused.status_code == 413 and refused.content_type == "application/problem+json"
    assert "without an API key" in refused.get_json()["detail"]
    keyed = client.post(
        "/api/v1/extract", json={"text": '"We will win," said Amy Tran.'}, headers={"X-API-Key": API_KEY}
    )
    assert keyed.status_code == 200
    assert client.post("/api/v1/extract", json=text, headers={"X-API-Key": API_KEY}).status_code == 200


def test_rate_limit_per_client_without_a_key(database_url):
    app = guarded_app(database_url, RATE_LIMIT="3 per minute")
    client = app.test_client()
    body = {"text": '"We will win," said Amy Tran.'}
    statuses = [client.post("/api/v1/extract", json=body).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    limited = client.post("/api/v1/extract", json=body)
    assert limited.status_code == 429 and limited.content_type == "application/problem+json"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    claim = client.post("/api/v1/verify", json={"claim": "We will win"})
    assert claim.status_code == 200  # its own count
    other = client.post("/api/v1/extract", json=body, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 200  # another client
    keyed = client.post("/api/v1/extract", json=body, headers={"X-API-Key": API_KEY})
    assert keyed.status_code == 200  # a key is not rate-limited


def test_over_budget_extraction_is_stopped_with_503(database_url):
    app = guarded_app(database_url, EXTRACT_BUDGET_SECONDS=0.2)
    client = app.test_client()
    key = {"X-API-Key": API_KEY}
    start = time.monotonic()
    r = client.post("/api/v1/extract", json={"text": adversarial_text(MEGABYTE)}, headers=key)
    took = time.monotonic() - start
    assert r.status_code == 503 and r.content_type == "application/problem+json"
    assert int(r.headers["Retry-After"]) > 0 and "budget" in r.get_json()["detail"]
    assert took < 2.0, f"the extraction went on for {took:.1f} s after its 0.2 s budget"
    before = client.get("/api/v1/documents").get_json()["total"]
    stored = client.post("/api/v1/documents", json={"text": adversarial_text(MEGABYTE)}, headers=key)
    assert stored.status_code == 503 and client.get("/api/v1/documents").get_json()["total"] == before
    assert client.post("/api/v1/extract", json={"text": '"Yes," said Amy Tran.'}).status_code == 200
