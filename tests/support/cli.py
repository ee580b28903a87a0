"""Running the real ``quotes-api`` command in a subprocess, on a given database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .documents import news_text
from .paths import SCRIPTS

COMMAND = [sys.executable, "-c", "from quotes_api.cli import main; main()"]


def run_cli(args: list[str], url: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.run([*COMMAND, *args], env=env, capture_output=True, text=True, timeout=600, **kwargs)


def popen_cli(args: list[str], url: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.Popen([*COMMAND, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def stats_json(url: str) -> dict:
    done = run_cli(["stats", "--json"], url)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def write_jsonl(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + n):
            record = {
                "id": f"doc-{i}",
                "title": f"Bulletin {i}",
                "published": f"2024-01-{i % 28 + 1:02d}",
                "text": news_text(i),
            }
            out.write(json.dumps(record) + "\n")
    return path


def subprocess_env(**extra: str) -> dict[str, str]:
    """This environment with the venv's scripts first on PATH (for `quotes-api`, `python`)."""
    env = dict(os.environ)
    env["PATH"] = f"{SCRIPTS}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env
