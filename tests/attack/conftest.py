"""Fixtures of the attack tests (issue 15), reused from the API and storage suites."""

from __future__ import annotations

from api.conftest import app, client, corpus, database_url, spec, writer  # noqa: F401  (fixtures)
from storage.conftest import backend, fresh_url  # noqa: F401  (fixtures)
