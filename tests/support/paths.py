"""Where things are: the repository, its ``fixtures/`` articles, the tests, the venv's scripts."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
FIXTURES = ROOT / "fixtures"
PYTHON = sys.executable
#: The venv's scripts (``quotes-api``, ``waitress-serve``), beside the running interpreter.
SCRIPTS = Path(PYTHON).parent
