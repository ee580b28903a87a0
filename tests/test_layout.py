"""The test suite's own layout (CONTRIBUTING.md, "Where the tests go"): shared helpers are
imported from ``tests.support`` by their full name; no test module imports a test module or a
conftest, and none imports a folder by its bare name (which works only with that folder's
parent on ``sys.path``, and breaks under another import mode)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support.paths import TESTS

#: Top-level names that would be a test folder or module imported without ``tests.``.
BARE = {p.name for p in TESTS.iterdir() if p.is_dir() and (p / "__init__.py").exists()} | {
    p.stem for p in TESTS.glob("*.py") if p.stem != "__init__"
}

SHARED = "shared code lives in tests/support/, imported as tests.support.NAME, or in the folder's helpers"


def _problems(path: Path) -> list[str]:
    where = path.relative_to(TESTS.parent).as_posix()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [f"{node.module or ''}.{a.name}" for a in node.names]
            top = (node.module or "").split(".")[0]
            if node.level == 0 and top in BARE:
                found.append(f"{where}:{node.lineno}: 'from {node.module}': a bare folder name ({SHARED})")
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
            found += [
                f"{where}:{node.lineno}: 'import {n}': a bare folder name ({SHARED})"
                for n in names
                if n.split(".")[0] in BARE
            ]
        else:
            continue
        for name in names:
            last = name.rsplit(".", 1)[-1]
            if last == "conftest" or last.startswith("test_"):
                found.append(f"{where}:{node.lineno}: imports {name!r}: a test module or conftest ({SHARED})")
    return found


def test_tests_import_shared_code_from_tests_support() -> None:
    problems = [p for path in sorted(TESTS.rglob("*.py")) for p in _problems(path)]
    assert not problems, "\n".join(problems)
