"""Shared test fixtures: only what several test folders need. Folders add their own conftest."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """The repository's ``fixtures/`` folder: articles and their gold annotations."""
    return ROOT / "fixtures"


# Markers, set here from what a test uses rather than by hand on each test, so a new test gets
# them too. `pytest -m "not slow"` is the quick inner loop; `-m "not postgres"` runs offline.
SERVER_FIXTURES = frozenset({"live_server", "live_api", "down_server"})
SERVER_MODULES = frozenset(
    {"api/test_api_server.py", "reliability/test_headers_debug.py", "reliability/test_hostile_http_server.py"}
)
# A test that starts one itself, with server() or running() of tests/support/servers.py.
SERVER_CALL = re.compile(r"\b(?:server|running)\(")
SLOW_FOLDERS = ("reliability/", "scale/", "attack/")
SLOW_MODULES = frozenset(
    {
        "factcheck/test_claims.py",
        "storage/test_interrupted.py",
        "storage/test_bench_smoke.py",
        "test_benchmarks_small.py",
    }
)


def _starts_a_server(item: pytest.Item) -> bool:
    try:
        source = inspect.getsource(item.function)  # type: ignore[attr-defined]
    except (AttributeError, OSError, TypeError):
        return False
    return bool(SERVER_CALL.search(source))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    tests_dir = Path(__file__).resolve().parent
    for item in items:
        path = Path(item.path)
        where = path.relative_to(tests_dir).as_posix() if path.is_relative_to(tests_dir) else ""
        params = getattr(item, "callspec", None)
        if params is not None and "postgres" in params.params.values():
            item.add_marker(pytest.mark.postgres)
        fixtures = set(getattr(item, "fixturenames", ()))
        if "chromium" in fixtures:
            item.add_marker(pytest.mark.browser)
        if fixtures & SERVER_FIXTURES or where in SERVER_MODULES or _starts_a_server(item):
            item.add_marker(pytest.mark.server)
        if where.startswith(SLOW_FOLDERS) or where in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
