"""The command table: every command is listed by `desk --help`, and `desk run` loads no command module."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import COMMAND_MODULES, COMMANDS, main, modules_for


def commands_of(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    importlib.import_module(module).register(subparsers)
    return set(subparsers.choices)


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_table_names_what_each_module_registers(module: str) -> None:
    # Someone adding a command to a module without adding it to COMMANDS fails here.
    assert commands_of(module) == {name for name, modules in COMMANDS.items() if module in modules}


def test_every_table_module_is_a_command_module() -> None:
    assert {m for modules in COMMANDS.values() for m in modules} == set(COMMAND_MODULES)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    listed = capsys.readouterr().out
    for name in ["run", *COMMANDS]:
        assert f"\n    {name} " in listed, name


def test_unknown_command_names_the_real_ones(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["bakcup"])
    err = capsys.readouterr().err
    assert "bakcup" in err and "backup" in err and "standards" in err


@pytest.mark.parametrize(("argv", "expected"), [
    ([], ()),
    (["run"], ()),
    (["--data-dir", "d", "--database-url", "sqlite:///x.db"], ()),
    (["--data-dir=d", "run"], ()),
    (["users", "list"], ("desk.cli.accounts",)),
    (["--data-dir", "d", "standards", "export", "a.json"], ("desk.cli.standards",)),
    (["print", "receipt", "1"], ("desk.cli.forums", "desk.cli.standards", "desk.cli.receipts",
                                     "desk.cli.recap")),
    (["-h"], COMMAND_MODULES),
    (["--data-dir"], COMMAND_MODULES),
])
def test_modules_for(argv: list[str], expected: tuple[str, ...]) -> None:
    assert modules_for(argv) == expected


def test_desk_run_imports_no_command_module(tmp_path: Path) -> None:
    # A fresh interpreter: the tests' own imports must not hide what `desk run` loads.
    code = (
        "import sys, desk.cli\n"
        "desk.cli._run_app = lambda ctx, args: 0  # stands in for the window\n"
        f"assert desk.cli.main(['--data-dir', {str(tmp_path)!r}, 'run']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m in desk.cli.COMMAND_MODULES)\n"
        "sys.exit(str(loaded) if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_command_still_runs_with_only_its_module(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "workdays"]) == 0
    assert "Senin" in capsys.readouterr().out
