"""``quotes-api ingest`` and ``stats`` as a user runs them: bad input, summaries, workers."""

from __future__ import annotations

import json

from tests.support.cli import run_cli, stats_json, write_jsonl
from tests.support.documents import news_text


def test_bad_input_is_reported_by_file_and_line_and_skipped(database_url, db, tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", 5)
    assert run_cli(["ingest", str(good)], database_url).returncode == 0
    before = stats_json(database_url)

    (tmp_path / "invalid.txt").write_bytes(b'caf\xe9 "x" said Ana Lopez.')
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "fine.txt").write_text(news_text(100))
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(
        json.dumps({"id": "ok", "text": news_text(101)})
        + "\n"
        + '{"id": "broken", "text": \n'
        + json.dumps({"id": "no-text"})
        + "\n"
        + json.dumps({"id": "ok2", "text": news_text(102)})
        + "\n",
        encoding="utf-8",
    )
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.write(b"word " * (10 * 1024 * 1024))  # 50 MB
    done = run_cli(["ingest", str(tmp_path)], database_url)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = done.stderr
    assert f"{tmp_path / 'invalid.txt'}:1: invalid UTF-8" in errors
    assert f"{tmp_path / 'empty.txt'}: empty text" in errors
    assert f"{mixed}:2: not valid JSON" in errors
    assert f"{mixed}:3: missing 'text'" in errors
    assert f"{huge}: is 52,428,800 bytes" in errors
    assert "3 new, 5 already present, 5 failed" in done.stdout
    after = stats_json(database_url)
    assert after["documents"] == before["documents"] + 3


def test_stats_text_and_json(database_url, db, tmp_path):
    empty = stats_json(database_url)
    assert empty == {
        "documents": 0,
        "quotes": 0,
        "speakers": 0,
        "speakers_by_kind": {"person": 0, "organisation": 0, "group": 0, "unnamed": 0},
    }
    run_cli(["ingest", str(write_jsonl(tmp_path / "d.jsonl", 3))], database_url)
    counts = stats_json(database_url)
    assert counts["documents"] == 3
    text = run_cli(["stats"], database_url)
    assert text.returncode == 0
    assert "documents  3" in text.stdout and f"quotes     {counts['quotes']}" in text.stdout


def test_workers_give_the_same_database(database_url, db, fresh_url, tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 400)
    single = run_cli(["ingest", "--batch-size", "50", str(corpus)], database_url)
    assert single.returncode == 0, single.stderr
    other = fresh_url()
    parallel = run_cli(["ingest", "--workers", "2", "--batch-size", "50", str(corpus)], other)
    assert parallel.returncode == 0, parallel.stderr
    assert parallel.stdout == single.stdout
    assert stats_json(other) == stats_json(database_url)
    again = run_cli(["ingest", "--workers", "2", str(corpus)], other)
    assert "0 new, 400 already present" in again.stdout


def test_database_errors_are_one_line(tmp_path):
    done = run_cli(["stats"], "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert done.returncode == 2
    assert done.stderr.startswith("quotes-api stats: database error on postgresql://nobody@127.0.0.1:1/")
    assert "Traceback" not in done.stderr
    done = run_cli(["stats"], "mysql://x/y")
    assert done.returncode == 2 and "unsupported database URL" in done.stderr
