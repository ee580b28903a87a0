"""The package's import graph: no cycles, and each layer imports only the layers below it.

Imports inside functions count too: they hide a cycle from the interpreter, not from a reader.
Imports under ``if TYPE_CHECKING:`` do not: they are for the type checker and never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import quotes_api

PACKAGE = Path(quotes_api.__file__).resolve().parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported_modules(name: str, path: Path) -> set[str]:
    """The package's modules that ``name`` imports, anywhere in its body."""
    found: set[str] = set()
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for statement in node.body
        for inner in ast.walk(statement)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and id(node) not in type_only:
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and id(node) not in type_only:
            if node.level:
                base = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in MODULES else source)
    # Importing a.b.c runs a/__init__ and a/b/__init__ first: a module's own packages are
    # already running, but any other package's __init__ is an import too.
    own_packages = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    parents = {".".join(m.split(".")[:i]) for m in found for i in range(1, m.count(".") + 1)}
    return {m for m in found | (parents - own_packages) if m in MODULES and m != name}


GRAPH = {name: imported_modules(name, path) for name, path in MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_has_no_import_cycle():
    assert cycles(GRAPH) == []


# Each part of the package and its layer: a module may import its own part and lower layers.
LAYERS = {
    "extraction": 0,
    "client": 0,
    "articles": 1,
    "sources": 2,
    "fetching": 3,
    "storage": 3,
    "exports": 4,
    "factcheck": 4,
    "api": 5,
    "web": 6,
    "app": 7,
    "cli": 8,
}


def part(module: str) -> str:
    return module.split(".")[1] if "." in module else "(root)"


def test_each_layer_imports_only_the_layers_below_it():
    upward = sorted(
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if part(module) != "(root)"
        and part(target) != part(module)
        and LAYERS[part(target)] >= LAYERS[part(module)]
    )
    assert upward == []


def test_every_part_has_a_layer():
    assert {part(m) for m in MODULES} - {"(root)"} == set(LAYERS)


def test_a_cycle_is_found_when_there_is_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


#: Query-building methods of peewee's models and queries: called only in the storage layer.
QUERY_METHODS = {"select", "where", "order_by", "group_by", "execute_sql"}  # not join: str.join


def query_calls(path: Path) -> list[str]:
    """``file:line: .method(`` for every call of a query-building method in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: .{node.func.attr}("
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in QUERY_METHODS
    ]


def test_only_the_storage_layer_builds_queries():
    """One read layer (issue 17): every statement is composed in ``quotes_api.storage``; the
    layers above ask it questions. Two statements are allowed above it, because they are about
    the connection rather than the data: the health check's ``SELECT 1`` and the isolation level
    of a document upload's transaction."""
    allowed = {"quotes_api/api/health.py", "quotes_api/api/documents.py"}
    found = [
        call
        for name, path in MODULES.items()
        if not name.startswith("quotes_api.storage")
        and path.relative_to(PACKAGE.parent).as_posix() not in allowed
        for call in query_calls(path)
    ]
    assert not found, found
