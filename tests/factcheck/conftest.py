"""This folder's fixtures: the seeded database, a validating client and a live server on it
(``tests/support/fixtures/seeded.py``)."""

from tests.support.fixtures.seeded import api, database_url, live_server, seeded_app, seeded_spec  # noqa: F401
