"""`desk print DOCUMENT ...`: one command group shared by every printable document.

Each area registers its documents with `register_document(name, add_arguments, func)`
from its own `register(subparsers)` (after calling `register(subparsers)` here, which
creates the `print` group once per parser); the order of COMMAND_MODULES does not
matter. `add_arguments(parser)` adds the document's own options; `func(ctx, args) -> int`
writes the PDF. `write_pdf` writes a file so that a failure never leaves half a PDF.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.cli.context import CliContext, CliError
from desk.cli.speech import _tr, said
from desk.domain.os_errors import os_error_text

if TYPE_CHECKING:
    from desk.domain.records import OfficeProfile

AddArguments = Callable[[argparse.ArgumentParser], None]
Handler = Callable[[CliContext, argparse.Namespace], int]
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Document:
    name: str
    add_arguments: AddArguments
    func: Handler
    help: str


# Every `print` group made so far (one per built parser), so a late registration reaches it too.
_GROUPS: weakref.WeakSet[Any] = weakref.WeakSet()
_ADDED_ATTR = "_desk_documents"


def register(subparsers: Any) -> Any:
    """Create the `print` group under `subparsers` (once) and return it."""
    group = getattr(subparsers, "_desk_print_group", None)
    if group is None:
        parser = subparsers.add_parser(
            "print",
            help=_tr("cetak dokumen ke berkas PDF (daftar hadir, notulen, berita acara, ...)"),
            description=_tr("Membuat dokumen sebagai berkas PDF tanpa membuka aplikasi."),
        )
        group = parser.add_subparsers(title=_tr("dokumen"), dest="document", metavar=_tr("DOKUMEN"))
        parser.set_defaults(func=_missing_document(parser))
        setattr(group, _ADDED_ATTR, set())
        subparsers._desk_print_group = group
        _GROUPS.add(group)
    return group


def register_document(name: str, add_arguments: AddArguments, func: Handler, help: str = "") -> None:
    """Make `desk print NAME` run `func`; `add_arguments` adds its options. A module registers its documents after
    `register(subparsers)`, on every parser built: a group never takes a document from an earlier build, whose help
    may be in another language (`main()` called again in one process)."""
    document = _Document(name, add_arguments, func, help)
    for group in list(_GROUPS):
        _add(group, document)


def _add(group: Any, document: _Document) -> None:
    added: set[str] = getattr(group, _ADDED_ATTR)
    if document.name in added:
        return
    parser = group.add_parser(document.name, help=document.help, description=document.help or None)
    document.add_arguments(parser)
    parser.set_defaults(func=document.func)
    added.add(document.name)


def _missing_document(parser: argparse.ArgumentParser) -> Handler:
    def run(_ctx: CliContext, _args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return run


def write_pdf(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file in the same folder, then rename it into place."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise CliError(_tr("{path} adalah folder; beri nama berkas, mis. {example}.").format(
            path=target, example=target / "dokumen.pdf"))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(_tr("Folder {folder} tidak ada.").format(folder=folder))
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=".desk-", suffix=".pdf", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)
        log.error("%s could not be written: %r", target.name, exc)  # the system's own words: the log only
        raise CliError(_tr("Berkas {path} tidak dapat ditulis: {why}.").format(
            path=target, why=said(os_error_text(exc)))) from exc
    return target


def say_draft(reasons: Sequence[str], office: OfficeProfile) -> None:
    """Say why the file prints "KONSEP" before naming it, so nobody has it signed by mistake."""
    if reasons:
        print(_tr("Dicetak sebagai KONSEP (belum untuk ditandatangani): {reasons}").format(
            reasons=" ".join(_reason(r, office) for r in reasons)))


def _reason(reason: str, office: OfficeProfile) -> str:
    """A reason in this run's language. The office profile's gaps come as the domain's one Indonesian sentence
    (office_rules.gaps_summary): said again from the gaps, each field by its marked label."""
    from desk.domain.office_rules import gaps_summary, office_gaps

    gaps = office_gaps(office)
    if gaps and reason == gaps_summary(gaps):
        return _tr("Profil kantor belum lengkap untuk cetak resmi: {fields}.").format(
            fields=", ".join(said(gap.label) for gap in gaps))
    return said(reason)


def copy_note(copy_no: int) -> str:
    """The copy mark the written file carries, in the paper's own words (" (bertanda SALINAN ke-2)");
    nothing for the original, which carries no mark."""
    from desk.documents.base import copy_mark

    mark = copy_mark(copy_no)
    return " " + _tr("(bertanda {mark})").format(mark=mark) if mark else ""  # the paper's own words stay
