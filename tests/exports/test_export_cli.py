"""``quotes-api export``: the same bytes as the API's export, files, filters, errors, no Flask."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import subprocess_env

QUOTES_API = str(Path(sys.executable).parent / "quotes-api")


def run(database_url, *args, check=True):
    result = subprocess.run(
        [QUOTES_API, "export", *args],
        env=subprocess_env(DATABASE_URL=database_url),
        capture_output=True,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr.decode()
    return result


@pytest.mark.parametrize(
    ("args", "query"),
    [
        (["--format", "csv"], "format=csv"),
        (["-f", "jsonl", "--speaker", "wang-yi"], "format=jsonl&speaker=wang-yi"),
        (["-f", "jsonld", "--base-url", "http://localhost", "--q", "relations"], "format=jsonld&q=relations"),
        (
            ["-f", "annotation", "--base-url", "http://localhost/", "--speaker", "lena-marsh"],
            "format=annotation&speaker=lena-marsh",
        ),
        (["-f", "csv", "--since", "2000-01-01", "--document", "2"], "format=csv&since=2000-01-01&document=2"),
    ],
)
def test_cli_writes_what_the_api_serves(api, database_url, seeded_app, args, query):
    cli = run(database_url, *args).stdout
    served = api.get(f"/api/v1/export?{query}").get_data()
    assert cli == served and cli


def test_output_file_and_progress(database_url, seeded_app, tmp_path):
    target = tmp_path / "wang.csv"
    result = run(database_url, "-f", "csv", "--speaker", "wang-yi", "-o", str(target), "--progress")
    assert result.stdout == b""
    lines = target.read_bytes().split(b"\r\n")
    assert lines[0].startswith(b"id,text,speakers,") and len([x for x in lines[1:] if x]) == 7
    assert b"7/7" in result.stderr  # tqdm's bar reached the total
    assert not list(tmp_path.glob(".__atomic*"))


def test_unknown_speaker_and_bad_options_exit_2(database_url, seeded_app, tmp_path):
    target = tmp_path / "none.csv"
    result = run(database_url, "--speaker", "nobody", "-o", str(target), check=False)
    assert result.returncode == 2 and b"no speaker with slug 'nobody'" in result.stderr
    assert not target.exists()
    assert run(database_url, "--format", "xml", check=False).returncode == 2
    assert run(database_url, "--since", "2024-02-01", "--until", "2024-01-01", check=False).returncode == 2
    broken = run("postgresql://nobody@127.0.0.1:1/none", check=False)
    assert broken.returncode == 2 and b"database error" in broken.stderr and b"Traceback" not in broken.stderr


def test_export_does_not_load_flask():
    code = "import sys, quotes_api.cli.export, quotes_api.exports; assert 'flask' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
