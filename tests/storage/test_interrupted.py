"""A killed ingest (SIGKILL mid-batch) leaves a consistent database, and a re-run finishes the job."""

from __future__ import annotations

import signal
import time

from quotes_api.storage.models import Document
from tests.support.cli import popen_cli, run_cli, stats_json, write_jsonl
from tests.support.consistency import check_consistency

N_DOCS = 6000


def test_killed_ingest_then_rerun_equals_uninterrupted(database_url, db, fresh_url, tmp_path):
    corpus = write_jsonl(tmp_path / "large.jsonl", N_DOCS)
    args = ["ingest", "--batch-size", "200", "--no-progress", str(corpus)]
    process = popen_cli(args, database_url)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        stored = Document.select().count()
        if stored >= 600:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    assert stored > 0
    partial = Document.select().count()
    assert partial < N_DOCS
    db.close()
    check_consistency(database_url)

    rerun = run_cli(args, database_url)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_DOCS - partial} new, {partial} already present" in rerun.stdout
    check_consistency(database_url)

    clean = fresh_url()
    assert run_cli(args, clean).returncode == 0
    assert stats_json(database_url) == stats_json(clean)
    assert stats_json(clean)["documents"] == N_DOCS
