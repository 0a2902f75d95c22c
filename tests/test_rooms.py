"""The rooms of the code and the doors between them (docs/architecture.md), read from the imports.

Each module of `desk` is parsed (not imported, not grepped): every `import` counts, also those
inside functions, except the ones under `if TYPE_CHECKING:` for the cycle test (they never run).
The room rules count those too: a type-only import of `Session` in the UI is still the UI
reaching for a session.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESK = ROOT / "desk"
STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. desk.ui.register.page
    target: str  # what it names, resolved to a module of desk where it is one, e.g. desk.store.requests
    line: int
    type_only: bool  # under `if TYPE_CHECKING:`


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(p): p for p in DESK.rglob("*.py")}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(module: str, level: int, importer: str, is_package: bool) -> str:
    if not level:
        return module
    base = importer.split(".") if is_package else importer.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


def imports_of(name: str, path: Path) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"

    def walk(node: ast.AST, type_only: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for stmt in child.body:
                    yield from walk_one(stmt, True)
                for stmt in child.orelse:
                    yield from walk_one(stmt, type_only)
                continue
            yield from walk_one(child, type_only)

    def walk_one(node: ast.AST, type_only: bool) -> Iterator[Import]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, node.lineno, type_only)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node.module or "", node.level, name, is_package)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                if alias.name == "Session":  # the ORM session, whichever module hands it on
                    candidate = "Session"
                yield Import(name, candidate if candidate in MODULES or candidate == "Session" else base,
                             node.lineno, type_only)
        else:
            yield from walk(node, type_only)

    yield from walk(tree, False)


ALL_IMPORTS: list[Import] = [imp for name, path in sorted(MODULES.items()) for imp in imports_of(name, path)]


def _top(target: str) -> str:
    return target.split(".")[0]


def _within(target: str, *prefixes: str) -> bool:
    return any(target == p or target.startswith(p + ".") for p in prefixes)


ORM = ("desk.store.models", "desk.store.models_accounts", "desk.store.models_forums", "desk.store.models_survey",
       "desk.store.models_complaints")
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic", "psycopg")


def breaches() -> set[str]:
    """Every import that breaks a room's rule, as 'importer -> target'."""
    found: set[str] = set()
    for imp in ALL_IMPORTS:
        room, target = imp.module, imp.target
        if _within(room, "desk.domain"):
            ok = _top(target) in STDLIB or _within(target, "desk.domain")
        elif _within(room, "desk.documents"):
            ok = not _within(target, *QT, *SQL, "desk.store", "desk.ui", "desk.cli", "desk.safety", "desk.formats")
        elif _within(room, "desk.formats"):
            ok = not _within(target, *QT, *SQL, "reportlab", "desk.store", "desk.ui", "desk.cli", "desk.documents")
        elif _within(room, "desk.store", "desk.safety"):
            ok = not _within(target, *QT, "reportlab", "desk.documents", "desk.ui", "desk.cli")
        elif _within(room, "desk.cli"):
            ok = not _within(target, *QT, *SQL, *ORM, "Session", "desk.ui")
        elif _within(room, "desk.ui", "desk.app"):
            ok = not _within(target, *SQL, *ORM, "Session", "desk.cli")
        else:
            ok = True
        if not ok:
            found.add(f"{room} -> {target}")
    return found


class _Transactions(ast.NodeVisitor):
    """`with x.read()` / `with x.write()` / `with x.system_write()`: a unit of work opened by hand."""

    def __init__(self) -> None:
        self.lines: list[int] = []

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            call = item.context_expr
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in ("read", "write", "system_write")):
                self.lines.append(node.lineno)
        self.generic_visit(node)


def transactions_outside_store() -> set[str]:
    found: set[str] = set()
    for name, path in MODULES.items():
        if not _within(name, "desk.ui", "desk.cli", "desk.app"):
            continue
        visitor = _Transactions()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        if visitor.lines:
            found.add(name)
    return found


def cycles() -> list[list[str]]:
    """The import cycles between modules of desk (strongly connected components of two or more)."""
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for imp in ALL_IMPORTS:
        if not imp.type_only and imp.target in MODULES and imp.target != imp.module:
            graph[imp.module].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []
    counter = 0

    def strong(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sorted(result)


def test_every_room_keeps_its_imports() -> None:
    assert sorted(breaches()) == [], "imports across a room's wall"


def test_screens_and_commands_never_open_a_transaction() -> None:
    assert sorted(transactions_outside_store()) == [], "call a store operation instead of db.read()/db.write()"


def test_no_import_cycles_between_modules() -> None:
    assert cycles() == []


@pytest.mark.parametrize("rule", ["domain", "documents", "cli", "ui"])
def test_the_rules_catch_a_breach(rule: str, tmp_path: Path) -> None:
    """The checker itself: a planted import of each forbidden kind is found."""
    planted = {
        "domain": ("desk.domain.planted", "import sqlalchemy\n", "desk.domain.planted -> sqlalchemy"),
        "documents": ("desk.documents.planted", "from desk.store import requests\n",
                      "desk.documents.planted -> desk.store.requests"),
        "cli": ("desk.cli.planted", "from desk.store.models import Visitor\n", "desk.cli.planted -> desk.store.models"),
        "ui": ("desk.ui.planted", "from sqlalchemy import select\n", "desk.ui.planted -> sqlalchemy"),
    }[rule]
    name, source, expected = planted
    path = tmp_path / "planted.py"
    path.write_text(source)
    found = list(imports_of(name, path))
    global ALL_IMPORTS
    saved = ALL_IMPORTS
    try:
        ALL_IMPORTS = found
        assert expected in breaches()
    finally:
        ALL_IMPORTS = saved
