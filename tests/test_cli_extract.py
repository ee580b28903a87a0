"""``quotes-api extract`` run as a real command: text files, standard input, JSON Lines,
the record format (validated against ``schema/quote.schema.json``), and unreadable input.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotes_api import extract

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SCHEMA = json.loads((ROOT / "schema" / "quote.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

SAID = '"The bridge will open in May," said Mayor Ann Pike.\n\n"It is a fair offer," Ben Ortiz said.\n'
ADDED = 'Ann Pike, the mayor, spoke first. "We have a lot to get through," Pike added.\n'


def console_script() -> str:
    """The installed ``quotes-api`` command: next to this Python, or else on the PATH."""
    found = shutil.which("quotes-api", path=str(Path(sys.executable).parent)) or shutil.which("quotes-api")
    if found is None:
        pytest.fail("the quotes-api console script is not installed (pip install -e '.[test]')")
    return found


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [console_script(), "extract", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def records(stdout: str) -> list[dict[str, Any]]:
    """The output's JSON lines, each checked against the schema."""
    out = []
    for line in stdout.splitlines():
        assert line.strip(), "blank line in the output"
        record = json.loads(line)
        errors = sorted(VALIDATOR.iter_errors(record), key=str)
        assert not errors, f"{record}: {[e.message for e in errors]}"
        out.append(record)
    return out


def expected(text: str, document: str) -> list[dict[str, Any]]:
    """What the command must print for one document: the library's records, with ``document``."""
    return [{"document": document, **q.to_dict()} for q in extract(text)]


def by_document(recs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for r in recs:
        grouped.setdefault(r["document"], []).append(r)
    return grouped


# -- inputs -------------------------------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(SAID, encoding="utf-8")
    result = run_cli(str(path))
    assert result.returncode == 0, result.stderr
    recs = records(result.stdout)
    assert [r["text"] for r in recs] == ["The bridge will open in May,", "It is a fair offer,"]
    assert all(r["document"] == str(path) for r in recs)
    assert recs == expected(SAID, str(path))


def test_standard_input() -> None:
    result = run_cli("-", stdin=SAID.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    recs = records(result.stdout)
    assert len(recs) == 2
    assert len({r["document"] for r in recs}) == 1
    assert recs == expected(SAID, recs[0]["document"])


def test_jsonl_documents_take_their_id(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        {"id": "first", "text": SAID, "title": "ignored", "url": "https://example.org/1"},
        {"id": 42, "text": ADDED},
        {"id": "no-quotes", "text": "Nothing was said today."},
    ]
    path.write_text("".join(json.dumps(d) + "\n" for d in lines), encoding="utf-8")
    result = run_cli(str(path))
    assert result.returncode == 0, result.stderr
    recs = records(result.stdout)
    assert recs == expected(SAID, "first") + expected(ADDED, "42")
    assert set(by_document(recs)) == {"first", "42"}


def test_several_paths_in_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SAID, encoding="utf-8")
    b.write_text(ADDED, encoding="utf-8")
    result = run_cli(str(b), str(a))
    assert result.returncode == 0, result.stderr
    assert records(result.stdout) == expected(ADDED, str(b)) + expected(SAID, str(a))


def test_every_fixture_article_gives_valid_records() -> None:
    paths = sorted(FIXTURES.glob("[0-9][0-9][0-9]_*.txt"))
    assert len(paths) >= 6
    result = run_cli(*[str(p.relative_to(ROOT)) for p in paths], cwd=ROOT)
    assert result.returncode == 0, result.stderr
    grouped = by_document(records(result.stdout))
    assert set(grouped) == {str(p.relative_to(ROOT)) for p in paths}
    for document, recs in grouped.items():
        text = (ROOT / document).read_text(encoding="utf-8")
        for index, r in enumerate(recs):
            assert text[r["start"] : r["end"]] == r["text"]
            assert r["end"] > r["start"]
            assert r["speakers"] == [d["name"] for d in r["speaker_details"]]
            assert r["group"] <= index and recs[r["group"]]["part"] == 0
        assert [r["start"] for r in recs] == sorted(r["start"] for r in recs)


def test_the_record_matches_the_schema_and_the_readme_example_fields() -> None:
    result = run_cli("-", stdin=b'"It is done," said Chinese Foreign Minister Wang Yi.')
    (rec,) = records(result.stdout)
    assert rec["speakers"] == ["Wang Yi"]
    assert rec["cue"] == "said"
    assert rec["text"] == "It is done,"
    assert (rec["start"], rec["end"]) == (1, 12)


def test_the_schema_rejects_a_malformed_record() -> None:
    good = {"document": "d", **extract('"It is done," said Ann Pike.')[0].to_dict()}
    assert VALIDATOR.is_valid(good)
    for bad in (
        {**good, "start": -1},
        {**good, "confidence": 1.5},
        {**good, "speakers": "Ann Pike"},
        {**good, "speaker_details": [{"name": "Ann Pike", "kind": "robot", "role": None, "aliases": []}]},
        {k: v for k, v in good.items() if k != "text"},
    ):
        assert not VALIDATOR.is_valid(bad), bad


# -- unreadable input ------------------------------------------------------------------------------


def test_missing_file_is_reported_and_the_other_files_still_come_out(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SAID, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run_cli(str(good), str(missing), str(good))
    assert result.returncode != 0
    assert str(missing) in result.stderr
    assert records(result.stdout) == expected(SAID, str(good)) * 2


def test_invalid_utf8_text_file(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes('Line one.\n"Caf\u00e9 owners are angry," said Ann Pike.\n'.encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text(SAID, encoding="utf-8")
    result = run_cli(str(good), str(bad), str(good))
    assert result.returncode != 0
    assert f"{bad}:2" in result.stderr, result.stderr
    assert "UTF-8" in result.stderr
    assert records(result.stdout) == expected(SAID, str(good)) * 2


@pytest.mark.parametrize(
    "broken",
    [
        b'{"id": "x", "text": "unterminated',
        b"not json at all",
        b'["a", "list"]',
        b'{"id": "x"}',
        b'{"id": "x", "text": "caf\xe9"}',
    ],
    ids=["truncated", "not-json", "not-an-object", "no-text", "invalid-utf8"],
)
def test_broken_jsonl_line_is_reported_by_line_and_the_good_lines_still_come_out(
    tmp_path: Path, broken: bytes
) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(
        json.dumps({"id": "before", "text": SAID}).encode()
        + b"\n"
        + broken
        + b"\n"
        + json.dumps({"id": "after", "text": ADDED}).encode()
        + b"\n"
    )
    result = run_cli(str(path))
    assert result.returncode != 0
    assert f"{path}:2" in result.stderr, result.stderr
    assert f"{path}:1" not in result.stderr and f"{path}:3" not in result.stderr
    assert records(result.stdout) == expected(SAID, "before") + expected(ADDED, "after")


def test_no_path_is_a_usage_error() -> None:
    result = run_cli()
    assert result.returncode != 0
    assert result.stdout == ""
