"""The `desk` command line. Never imports Qt: only `desk run` (the default) loads the app.

Each area adds its commands in its own module listed in COMMAND_MODULES; a
module exposes `register(subparsers)` and sets `func(ctx, args) -> int` on each
parser it adds.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desk import __version__
from desk.cli.context import CliContext, CliError

COMMAND_MODULES = ("desk.cli.check", "desk.cli.backup", "desk.cli.demo", "desk.cli.accounts", "desk.cli.admin",
                   "desk.cli.forums", "desk.cli.standards", "desk.cli.receipts")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk",
        description="Desk: aplikasi loket pelayanan publik. Tanpa perintah, Desk dibuka di layar.",
    )
    parser.add_argument("--version", action="version", version=f"Desk {__version__}")
    parser.add_argument("--data-dir", help="folder data (bawaan: DESK_DATA_DIR atau folder data pengguna)")
    parser.add_argument("--database-url", help="URL basis data lain, mis. postgresql+psycopg://... (DESK_DATABASE_URL)")
    subparsers = parser.add_subparsers(title="perintah", dest="command", metavar="PERINTAH")
    run = subparsers.add_parser("run", help="buka aplikasi Desk (bawaan)")
    run.set_defaults(func=_run_app)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _run_app(ctx: CliContext, _args: argparse.Namespace) -> int:
    from desk.app import run_app  # the only path on which Qt is imported

    return run_app(data_dir=ctx.data_dir, database_url=ctx.database_url)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CliContext.from_args(args)
    func = getattr(args, "func", _run_app)
    try:
        return int(func(ctx, args) or 0)
    except CliError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return exc.code
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
