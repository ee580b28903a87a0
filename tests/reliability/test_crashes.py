"""Crashes: ``quotes-api ingest`` killed with SIGKILL at random moments, many times over. After
every kill the database passes its integrity checks (SQLite ``PRAGMA integrity_check``,
foreign keys and the FTS index; on both backends no orphan, no half-stored document, every
speaker count equal to its links, no duplicate hash), and the final re-run ends with exactly
the counts of one uninterrupted ingest.

``tests/storage/test_interrupted.py`` kills once, mid-batch; this kills ``KILLS`` times at
random points (start-up, extraction, inside a write transaction, between batches), which are
reproducible from the seed in the failure message.
"""

from __future__ import annotations

import os
import random
import signal
import time

from quotes_api.storage.db import connect, database_from_url
from tests.support.cli import popen_cli, run_cli, stats_json, write_jsonl
from tests.support.consistency import check_consistency

KILLS = 10
N_DOCS = 3000
SEED = int(os.environ.get("QUOTES_API_CRASH_SEED", "20240501"))


def count_documents(url: str) -> int:
    db = database_from_url(url)
    try:
        return db.execute_sql("SELECT COUNT(*) FROM document").fetchone()[0]
    finally:
        db.close()


def no_duplicate_documents(url: str) -> None:
    db = database_from_url(url)
    try:
        dupes = db.execute_sql(
            "SELECT content_hash FROM document GROUP BY content_hash HAVING COUNT(*) > 1"
        ).fetchall()
        assert dupes == []
        positions = db.execute_sql(
            "SELECT document_id, position FROM quote GROUP BY document_id, position HAVING COUNT(*) > 1"
        ).fetchall()
        assert positions == []
    finally:
        db.close()


def test_repeated_sigkill_never_corrupts_and_rerun_is_exact(fresh_url, tmp_path):
    url, clean = fresh_url(), fresh_url()
    corpus = write_jsonl(tmp_path / "corpus.jsonl", N_DOCS)
    args = ["ingest", "--batch-size", "100", "--no-progress", str(corpus)]
    rng = random.Random(SEED)
    connect(url).close()  # the schema, so progress can be watched from the first run on
    killed, stored = 0, []
    for attempt in range(KILLS):
        current = count_documents(url)
        # Kill once a random share of what is left is stored, a random moment later (so inside
        # extraction, a write transaction or between batches); or, sometimes, during start-up.
        # Targets stay within the first half: between reaching one and the kill (the polling
        # itself slows down on a loaded machine) a fast ingest can store several batches, and
        # the last re-run must still have work to finish.
        target = current + rng.randint(1, max(1, (N_DOCS // 2 - current) // 4))
        process = popen_cli(args, url)
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.05, 0.3))  # start-up takes about a quarter of a second
        else:
            deadline = time.monotonic() + 60
            while process.poll() is None and count_documents(url) < target and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.05))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        killed += process.returncode == -signal.SIGKILL
        where = f"seed {SEED}, kill {attempt + 1}"
        check_consistency(url)  # integrity, FTS, orphans, whole documents, exact speaker counts
        no_duplicate_documents(url)
        stored.append(stats_json(url)["documents"])
        assert stored == sorted(stored), f"{where}: documents were lost ({stored})"
    print(f"\n{url.split(':')[0]}: documents stored after each of {KILLS} kills: {stored}")
    assert killed == KILLS, f"only {killed} of {KILLS} runs were still running when killed"
    assert stored[-1] < N_DOCS

    rerun = run_cli(args, url)
    assert rerun.returncode == 0, rerun.stderr
    check_consistency(url)
    assert run_cli(args, clean).returncode == 0
    assert stats_json(url) == stats_json(clean) and stats_json(clean)["documents"] == N_DOCS
