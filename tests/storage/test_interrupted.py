"""A killed ingest (SIGKILL mid-batch) leaves a consistent database, and a re-run finishes the job."""

from __future__ import annotations

import signal
import time

from peewee import JOIN, fn

from quotes_api.storage.backend import is_postgres
from quotes_api.storage.db import connect
from quotes_api.storage.models import Document, Quote, QuoteSpeaker, Speaker

from .cli import popen_cli, run_cli, stats_json, write_jsonl

N_DOCS = 6000


def check_consistency(url: str) -> None:
    """Integrity check, FTS index check, and every denormalised value matching its source."""
    db = connect(url)
    try:
        if not is_postgres(db):
            assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
            db.execute_sql("INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')")
            indexed = db.execute_sql("SELECT COUNT(*) FROM quote_fts").fetchone()[0]
            assert indexed == Quote.select().count()
        orphans = Quote.select().join(Document, on=(Quote.document == Document.id), join_type=JOIN.LEFT_OUTER)
        assert orphans.where(Document.id.is_null()).count() == 0
        linked = dict(QuoteSpeaker.select(QuoteSpeaker.speaker, fn.COUNT(QuoteSpeaker.quote))
                      .group_by(QuoteSpeaker.speaker).tuples())
        counts = dict(Speaker.select(Speaker.id, Speaker.quote_count).tuples())
        assert {k: v for k, v in counts.items() if v} == linked
        # Every stored document has all of its quotes: positions run 0..n-1 without a gap.
        gaps = (Quote.select(Quote.document).group_by(Quote.document)
                .having(fn.MAX(Quote.position) + 1 != fn.COUNT(Quote.id)))
        assert gaps.count() == 0
    finally:
        db.close()


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
