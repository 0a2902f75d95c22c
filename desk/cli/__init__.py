"""The `desk` command line. Never imports Qt: only `desk run` (the default) loads the app.

Each area adds its commands in its own module: a module exposes `register(subparsers)` and
sets `func(ctx, args) -> int` on each parser it adds. COMMANDS says which module adds which
command, so that a command imports only its own module and `desk run` (Desk's start)
imports none of them; `desk --help` imports them all and lists every command.
tests/cli/test_cli_commands.py checks the table against what the modules register.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Iterable, Sequence
from typing import NoReturn

from desk import __version__
from desk.cli import argparse_id, speech
from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, said
from desk.domain.os_errors import os_error_text
from desk.log_file import LOG_FILE, setup_logging
from desk.safety.exit_codes import exit_code
from desk.store.errors import DatabaseProblem, StoreError

_FORUMS, _STANDARDS, _RECEIPTS = "desk.cli.forums", "desk.cli.standards", "desk.cli.receipts"
_ADMIN, _ACCOUNTS, _BACKUP = "desk.cli.admin", "desk.cli.accounts", "desk.cli.backup"
_RECAP = "desk.cli.recap"
COMMANDS: dict[str, tuple[str, ...]] = {
    "check": ("desk.cli.check",),
    "backup": (_BACKUP,), "backups": (_BACKUP,), "restore": (_BACKUP,),
    "demo-data": ("desk.cli.demo",),
    "audit": (_ACCOUNTS,), "retention": (_ACCOUNTS,), "users": (_ACCOUNTS,),
    "holidays": (_ADMIN,), "workdays": (_ADMIN,), "office": (_ADMIN,), "services": (_ADMIN,),
    "regions": (_ADMIN,), "paper": (_ADMIN,),
    "standards": (_STANDARDS,),
    "skm": ("desk.cli.skm",),
    "complaints": ("desk.cli.complaints",),
    "recap": (_RECAP,),
    "export": ("desk.cli.export",),
    "print": (_FORUMS, _STANDARDS, _RECEIPTS, _RECAP),  # one group; each module adds its own documents
}
COMMAND_MODULES = ("desk.cli.check", _BACKUP, "desk.cli.demo", _ACCOUNTS, _ADMIN, _FORUMS, _STANDARDS, _RECEIPTS,
                   "desk.cli.skm", "desk.cli.complaints", _RECAP, "desk.cli.export")
RUN = "run"
log = logging.getLogger("desk.cli")


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar=_tr("FOLDER"), help=_tr("folder data (bawaan: DESK_DATA_DIR atau folder data pengguna)"))
    parser.add_argument("--database-url", metavar="URL",
                        help=_tr("URL basis data lain, mis. postgresql+psycopg://... (DESK_DATABASE_URL)"))
    parser.add_argument("--lang", choices=speech.LANGUAGES,
                        help=_tr("bahasa tampilan untuk sekali jalan (bawaan: pengaturan PC ini)"))


def build_parser(modules: Iterable[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser with `run` and the commands of `modules` (by default every command)."""
    parser = argparse.ArgumentParser(
        prog="desk",
        description=_tr("Desk: aplikasi loket pelayanan publik. Tanpa perintah, Desk dibuka di layar."),
    )
    # Python 3.11's argparse writes this help in English whatever its gettext says: Desk gives its own.
    parser.add_argument("--version", action="version", version=f"Desk {__version__}",
                        help=_tr("tampilkan versi Desk lalu keluar"))
    _global_options(parser)
    subparsers = parser.add_subparsers(title=_tr("perintah"), dest="command", metavar=_tr("PERINTAH"))
    run = subparsers.add_parser(RUN, help=_tr("buka aplikasi Desk (bawaan)"))
    run.set_defaults(func=_run_app)
    for name in modules:
        importlib.import_module(name).register(subparsers)
    return parser


class _NotPlain(Exception):
    """The arguments need the full parser (to report an error with every command listed)."""


class _CommandFinder(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotPlain(message)


def _find(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """The global options and the command of `argv`, or None when only the full parser can say what is wrong."""
    finder = _CommandFinder(prog="desk", add_help=False)
    _global_options(finder)
    finder.add_argument("command", nargs="?")
    try:
        return finder.parse_known_args(list(argv))
    except _NotPlain:
        return None


def language_of(argv: Sequence[str]) -> str:
    """The language this run speaks: `--lang`, else this PC's setting (a wrong `--lang` is reported by the
    full parser, in the PC's language)."""
    found = _find(argv)
    return speech.chosen_language(found[0].lang if found is not None else None)


def modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules `argv` needs: none for `desk run` or `desk` alone, all for help or an error."""
    found = _find(argv)
    if found is None:
        return COMMAND_MODULES
    known, rest = found
    if known.command == RUN or (known.command is None and not rest):
        return ()
    # --help, --version or a stray option without a command; an unknown command is listed against all.
    return COMMANDS.get(known.command, COMMAND_MODULES)


def _run_app(ctx: CliContext, _args: argparse.Namespace) -> int:
    from desk.app import run_app  # the only path on which Qt is imported

    return run_app(data_dir=ctx.data_dir, database_url=ctx.database_url, language=ctx.language)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    speech.use(language_of(argv))  # before the parser: its help texts are translated as they are added
    argparse_id.install(indonesian=not speech.english())
    parser = build_parser(modules_for(argv))
    args = parser.parse_args(argv)
    ctx = CliContext.from_args(args)
    func = getattr(args, "func", _run_app)
    root = logging.getLogger()
    before = list(root.handlers)
    if func is not _run_app:
        # The log goes to desk.log, never to the terminal: stderr is for the command's own words.
        setup_logging(ctx.data_dir, terminal_fallback=False)
    try:
        return int(func(ctx, args) or 0)
    except CliError as exc:
        _say_error(str(exc))
        return exc.code
    except StoreError as exc:  # a refusal a command did not turn into its own words: still only the words
        _say_error(said(exc.message))
        return exit_code(exc.kind) if isinstance(exc, DatabaseProblem) else 1
    except OSError as exc:  # the system's own words ("File exists") go to the log only
        log.error("command %s failed: %r", args.command, exc)
        where = f" ({exc.filename})" if exc.filename else ""
        _say_error(_tr("berkas atau folder tidak dapat dipakai{where}: {why}.").format(
            where=where, why=said(os_error_text(exc))))
        return 1
    except KeyboardInterrupt:  # Ctrl+C: Python's own traceback is no message for whoever pressed it
        if func is _run_app:
            raise
        log.warning("command %s stopped with Ctrl+C", args.command)
        _say_error(_tr("perintah dihentikan (Ctrl+C); yang sudah tersimpan tetap tersimpan."))
        return 130
    except Exception:
        if func is _run_app:
            raise  # the window has its own crash report
        log.exception("command %s failed", args.command)
        _say_error(_tr("perintah ini berhenti karena kesalahan tak terduga. Rinciannya tercatat di {log}; "
                       "sertakan berkas itu bila meminta bantuan.").format(log=ctx.data_dir / LOG_FILE))
        return 1
    finally:
        ctx.close()
        for handler in [h for h in root.handlers if h not in before]:  # main() called again in one process
            root.removeHandler(handler)
            handler.close()


def _say_error(message: str) -> None:
    print(_tr("Galat: {message}").format(message=message), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
