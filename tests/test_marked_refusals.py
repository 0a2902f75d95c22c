"""A refusal the user can see (a StoreError or DomainError, or any subclass) carries an N_() template and its
values, never text already filled in: a catalog cannot translate "Layanan dengan kode A1 tidak ada.", so an
English screen would show Indonesian. The walk reads desk/ as the screens run it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import desk

DESK = Path(desk.__file__).parent
ROOTS = {"StoreError", "DomainError"}


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"), str(path))) for path in sorted(DESK.rglob("*.py"))]


def refusal_classes(modules: list[tuple[Path, ast.Module]]) -> set[str]:
    """StoreError, DomainError and every class in desk/ that derives from them (by name, to a fixed point)."""
    bases: dict[str, set[str]] = {}
    for _path, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else b.attr for b in node.bases
                         if isinstance(b, ast.Name | ast.Attribute)}
                bases.setdefault(node.name, set()).update(names)
    found = set(ROOTS)
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _filled_in(node: ast.expr) -> bool:
    """Text no catalog can translate: an f-string with values, str.format(), `%` or `+` on a string, or a plain
    literal not marked with N_() (lupdate never sees it)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.FormattedValue) for part in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "...".format(...), " ".join(...), or any method of a filled-in text (f"...".replace(",", "."))
        return node.func.attr in ("format", "join") or _filled_in(node.func.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        return True
    if isinstance(node, ast.IfExp):
        return _filled_in(node.body) or _filled_in(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_filled_in(value) for value in node.values)
    return False


def _message(call: ast.Call) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return next((kw.value for kw in call.keywords if kw.arg == "message"), None)


def _called(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr == "__init__" and isinstance(func.value, ast.Call):
            return "super().__init__"
        return func.attr
    return None


def _assigned(scope: ast.AST) -> dict[str, list[ast.expr]]:
    """Every value each plain name is given in a function (or module), to follow `raise X(message)`."""
    values: dict[str, list[ast.expr]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, []).append(node.value)
    return values


def filled_in_refusals(modules: list[tuple[Path, ast.Module]]) -> Iterator[str]:
    classes = refusal_classes(modules)
    for path, tree in modules:
        scopes: list[tuple[ast.AST, str | None]] = [(tree, None)]
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                scopes += [(item, node.name) for item in node.body if isinstance(item, ast.FunctionDef)]
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                scopes.append((node, None))
        seen: set[int] = set()
        for scope, owner in scopes:
            names = _assigned(scope)
            for node in ast.walk(scope):
                if not isinstance(node, ast.Call) or id(node) in seen:
                    continue
                called = _called(node)
                if called not in classes and not (called == "super().__init__" and owner in classes):
                    continue
                seen.add(id(node))
                message = _message(node)
                if message is None:
                    continue
                given = names.get(message.id, []) if isinstance(message, ast.Name) else [message]
                if any(_filled_in(value) for value in given):
                    yield f"{path.relative_to(DESK.parent)}:{node.lineno} {called}"


# The rooms that cannot translate (no Qt): what they say to a user is marked there and said by the screen.
SILENT_ROOMS = ("desk/store/", "desk/domain/", "desk/formats/", "desk/safety/")


def _kept_message(node: ast.AST) -> ast.expr | None:
    """A message kept for the screen: `errors[field] = ...`, `problems.append(...)` (or messages, errors), or the
    message of an ImportProblem (or of a `problem(...)` helper that makes one)."""
    if isinstance(node, ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and "error" in target.value.id:
                return node.value
    if isinstance(node, ast.Call):
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr == "append" and isinstance(func.value, ast.Name)
                and any(word in func.value.id for word in ("problem", "message", "error")) and node.args):
            return node.args[0]
        if isinstance(func, ast.Name) and func.id in ("problem", "ImportProblem") and len(node.args) > 1:
            return node.args[1]
    return None


def filled_in_field_messages(modules: list[tuple[Path, ast.Module]]) -> Iterator[str]:
    for path, tree in modules:
        where = path.relative_to(DESK.parent).as_posix()
        if not where.startswith(SILENT_ROOMS):
            continue
        for node in ast.walk(tree):
            message = _kept_message(node)
            if message is not None and _filled_in(message):
                yield f"{where}:{message.lineno}"


def test_no_field_message_of_the_store_or_domain_is_kept_filled_in() -> None:
    """The per-field messages of an Invalid* refusal and the problems of an import reach the screen as well."""
    found = sorted(set(filled_in_field_messages(_modules())))
    assert found == [], "mark the message with N_() and keep its values apart (Filled):\n" + "\n".join(found)


def test_the_walk_finds_a_field_message_filled_in() -> None:
    source = '''
def check(name, problems, errors, row):
    errors["name"] = f"Nama terlalu panjang (maksimal {MAX} huruf)."
    errors["phone"] = "Nomor HP belum diisi."
    problems.append(f"Kode {name} dipakai dua kali.")
    problems.append(ImportProblem(row, "Baris kosong."))
    errors["text"] = f"Paling banyak {MAX:,} huruf.".replace(",", ".")
    errors["ok"] = Filled(N_("Nama terlalu panjang (maksimal {limit} huruf)."), limit=MAX)
    problems.append(N_("Kolom kurang."))
'''
    found = sorted(filled_in_field_messages([(DESK / "store" / "example.py", ast.parse(source))]))
    assert found == [f"desk/store/example.py:{line}" for line in (3, 4, 5, 6, 7)]
    assert list(filled_in_field_messages([(DESK / "ui" / "example.py", ast.parse(source))])) == []


def test_no_refusal_is_raised_with_text_already_filled_in() -> None:
    found = sorted(set(filled_in_refusals(_modules())))
    assert found == [], "mark the message with N_() and pass its values as keywords (or Filled):\n" + "\n".join(found)


def test_the_walk_finds_a_refusal_filled_in_before_it_is_raised() -> None:
    """The check itself: each way of filling text in is seen, a marked template with keywords is not."""
    source = '''
class InvalidThing(StoreError):
    pass
class Worse(InvalidThing):
    def __init__(self, count):
        super().__init__("Ada %d masalah." % count)
def a(code):
    raise InvalidThing(f"Layanan {code} tidak ada.", "code")
def b(n):
    raise DomainError("Paling banyak {n} formulir.".format(n=n))
def c(code):
    message = f"Kode {code} salah."
    raise StoreError(message, "code")
def d():
    raise DomainError("NIK belum diisi.", "nik")
def fine(code):
    raise InvalidThing(N_("Layanan {code} tidak ada."), "code", code=code)
def also_fine(code):
    raise DomainError(Filled(N_("Kode {code} salah."), code=code))
'''
    found = sorted(filled_in_refusals([(DESK / "example.py", ast.parse(source))]))
    assert found == ["desk/example.py:10 DomainError", "desk/example.py:13 StoreError",
                     "desk/example.py:15 DomainError", "desk/example.py:6 super().__init__",
                     "desk/example.py:8 InvalidThing"]
