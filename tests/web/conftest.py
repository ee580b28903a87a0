"""This folder's fixtures: the seeded database, a test client and the real server on it
(``tests/support/fixtures/seeded.py``), and a headless Chromium for the browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.support.fixtures.seeded import database_url, live_server, seeded_app  # noqa: F401  (fixtures)

CHROMIUM = Path("/usr/bin/chromium")
#: Chromium from Debian, as the issue asks: no download, no network, no sandbox (root in CI).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def web(seeded_app: Flask) -> FlaskClient:
    """A plain test client on the seeded database (the pages are HTML, not in the OpenAPI)."""
    return seeded_app.test_client()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Headless Chromium driven by Playwright; skipped, saying why, when either is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium); browser tests skipped")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
