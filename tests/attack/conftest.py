"""Fixtures of the attack tests (issue 15): the API's and the storage tests' (see
``tests/support/fixtures``), with databases of this folder's own."""

from __future__ import annotations

from tests.support.fixtures.api import app, client, corpus, database_url, spec, writer  # noqa: F401  (fixtures)
from tests.support.fixtures.databases import backend, fresh_url  # noqa: F401  (fixtures)
