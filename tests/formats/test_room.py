"""desk/formats holds files only: it imports the standard library, openpyxl and desk.domain, nothing else."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import desk.formats

ALLOWED = {"openpyxl", "desk"}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_formats_imports_only_the_standard_library_openpyxl_and_domain() -> None:
    folder = Path(desk.formats.__file__).parent
    outside: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.py")):
        for name in imported_modules(path):
            top = name.split(".")[0]
            ours_ok = name.startswith(("desk.domain", "desk.formats"))
            if (top == "desk" and not ours_ok) or (top not in ALLOWED and top not in sys.stdlib_module_names):
                outside.setdefault(path.name, set()).add(name)
    assert outside == {}
