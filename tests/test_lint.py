"""``ruff check`` and ``ruff format --check`` over the project's code, with the configuration in
``pyproject.toml``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TARGETS = [t for t in ("quotes_api", "tests", "benchmarks", "tools") if (ROOT / t).exists()]


def ruff() -> str | None:
    """The ruff executable installed with the test extras (next to this Python), or on the PATH."""
    return shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")


def test_ruff_check_is_clean() -> None:
    exe = ruff()
    if exe is None:
        pytest.skip("ruff is not installed (it comes with pip install -e '.[test]')")
    result = subprocess.run(
        [exe, "check", "--no-cache", "--output-format", "concise", *TARGETS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"ruff check found problems:\n{result.stdout}{result.stderr}", pytrace=False)


def test_code_is_formatted_by_ruff() -> None:
    exe = ruff()
    if exe is None:
        pytest.skip("ruff is not installed (it comes with pip install -e '.[test]')")
    result = subprocess.run(
        [exe, "format", "--check", "--no-cache", *TARGETS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(
            f"ruff format would change files (run `ruff format`):\n{result.stdout}{result.stderr}",
            pytrace=False,
        )
