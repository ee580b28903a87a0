"""The examples in docs/ run against the real server, so they never go stale.

Fenced blocks whose info string is ``sh test`` or ``python test`` are run (bash with
``set -euo pipefail``; the venv's Python) in a temporary folder, with the docs' address
``http://127.0.0.1:8000`` replaced by the live server's and ``$KEY`` holding its API key.
A block passes when it exits 0: the examples assert what they show.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.support.api_client import API_KEY
from tests.support.cli import subprocess_env
from tests.support.paths import ROOT

DOCS = ("fact-check.md", "exports.md", "client.md")
DOC_ADDRESS = "http://127.0.0.1:8000"
_FENCE = re.compile(r"^```(\w+) test\n(.*?)^```$", re.M | re.S)


def examples() -> list:
    found = []
    for name in DOCS:
        text = (ROOT / "docs" / name).read_text(encoding="utf-8")
        for number, (language, code) in enumerate(_FENCE.findall(text), 1):
            found.append(pytest.param(language, code, id=f"{name}-{number}-{language}"))
    return found


def test_every_doc_has_curl_and_python_examples():
    for name in DOCS:
        languages = {language for language, _ in _FENCE.findall((ROOT / "docs" / name).read_text("utf-8"))}
        assert {"sh", "python"} <= languages, name


@pytest.mark.parametrize(("language", "code"), examples())
def test_doc_example_runs(live_server, language, code, tmp_path):
    code = code.replace(DOC_ADDRESS, live_server)
    if language == "sh":
        command = ["bash", "-c", "set -euo pipefail\n" + code]
    elif language == "python":
        command = [sys.executable, "-c", code]
    else:
        pytest.fail(f"no runner for {language}")
    result = subprocess.run(
        command, cwd=tmp_path, env=subprocess_env(KEY=API_KEY), capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
