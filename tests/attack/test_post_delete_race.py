"""Issue 15, item 4: ``POST /documents`` racing ``DELETE`` of the same document.

One thread posts the same article again and again while another deletes it as soon as it has
an id, for several seconds, on each backend: every POST answer is a whole document (201 or
200, its text the posted text) or a 503 with Retry-After, every DELETE a 204 or 404; never a
500 and never ``{}``.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

from tests.support.api_client import API_KEY

ARTICLE = '"We will open the bridge in May," said Mayor Ann Pike. The council met on Monday.'
SECONDS = 4  # at least; then on until each side has done its part often enough, up to MAX_SECONDS
MAX_SECONDS = 60
RACES = 10  # created and deleted at least this often, or the race was not run


def test_post_racing_delete_never_answers_a_broken_document(app):
    headers = {"X-API-Key": API_KEY}
    latest_id: list[int] = []
    stop = threading.Event()
    post_statuses: Counter[int] = Counter()
    delete_statuses: Counter[int] = Counter()
    broken: list[str] = []

    def poster() -> None:
        client = app.test_client()
        while not stop.is_set():
            r = client.post("/api/v1/documents", json={"text": ARTICLE}, headers=headers)
            post_statuses[r.status_code] += 1
            body = r.get_json(silent=True) or {}
            if r.status_code in (200, 201):
                whole = body.get("text") == ARTICLE and isinstance(body.get("id"), int) and body.get("quotes")
                if not whole:
                    broken.append(f"{r.status_code} {str(body)[:200]}")
                else:
                    latest_id.append(body["id"])
            elif not (r.status_code == 503 and "Retry-After" in r.headers):
                broken.append(f"{r.status_code} {r.get_data(as_text=True)[:200]}")

    def deleter() -> None:
        client = app.test_client()
        while not stop.is_set():
            if not latest_id:
                time.sleep(0.001)
                continue
            r = client.delete(f"/api/v1/documents/{latest_id[-1]}", headers=headers)
            delete_statuses[r.status_code] += 1
            if r.status_code not in (204, 404):
                broken.append(f"DELETE {r.status_code} {r.get_data(as_text=True)[:200]}")

    threads = [threading.Thread(target=poster), threading.Thread(target=deleter)]
    for t in threads:
        t.start()
    # A loaded machine (other test workers) may need longer for the same number of races.
    started = time.monotonic()
    time.sleep(SECONDS)
    while min(post_statuses[201], delete_statuses[204]) <= RACES and time.monotonic() - started < MAX_SECONDS:
        time.sleep(0.1)
    stop.set()
    for t in threads:
        t.join()
    print(f"POST {dict(post_statuses)}, DELETE {dict(delete_statuses)}")
    assert not broken, broken[:5]
    assert post_statuses[201] > RACES and delete_statuses[204] > RACES, (post_statuses, delete_statuses)
