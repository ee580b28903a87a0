"""Fixtures of the API tests (defined in ``tests/support/fixtures/api.py``): a real database
per backend, wiped before each test, and clients that check every response against the
OpenAPI document."""

from __future__ import annotations

from tests.support.fixtures.api import app, client, corpus, database_url, spec, writer  # noqa: F401  (fixtures)
