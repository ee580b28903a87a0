"""Shared test fixtures: only what several test folders need. Folders add their own conftest."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """The repository's ``fixtures/`` folder: articles and their gold annotations."""
    return ROOT / "fixtures"
