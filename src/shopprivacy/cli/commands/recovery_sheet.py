"""``recovery-sheet new``: the director replaces a lost or seen recovery sheet; the old code stops
working at once. Also the one way every command prints a new recovery code (``init``,
``recover``, ``backup rebuild``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import Output
from shopprivacy.cli.parser import Subparsers, add_group, set_handler
from shopprivacy.domain.errors import ShopPrivacyError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.recovery_sheet import write_recovery_sheet_pdf
from shopprivacy.security.permissions import Permission
from shopprivacy.services.reports_log import record_report


def show_recovery_code(out: Output, code: str, data: dict[str, Any]) -> None:
    """Print a new recovery code once: the warning on stderr, then the code on stdout
    (``{"recovery_code": ...}`` merged into ``data`` with ``--json``)."""
    out.plain("")
    out.plain(
        out.tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "IMPORTANT: write down or print the recovery code now and keep it locked away, "
                "apart from this computer. It is shown only this once and is not stored anywhere. "
                "It is the only way back in if the director's password is forgotten or this "
                "computer is lost.",
            )
        )
    )
    label = out.tr(QT_TRANSLATE_NOOP("cli", "Recovery code:"))
    out.result({"recovery_code": code, **data}, f"{label} {code}")


def register(subparsers: Subparsers) -> None:
    _parser, children = add_group(
        subparsers,
        "recovery-sheet",
        QT_TRANSLATE_NOOP("cli", "the printed recovery code (director only)"),
        dest="recovery_sheet_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "make a new recovery code and print it once; the old recovery sheet stops working at once",
    )
    p = children.add_parser("new", help=help_text, description=help_text)
    p.add_argument(
        "--out",
        metavar="FILE.pdf",
        help=QT_TRANSLATE_NOOP(
            "cli", "also save the new recovery sheet as a PDF to print (delete it afterwards)"
        ),
    )
    set_handler(p, run_new)


def run_new(ctx: CliContext) -> int:
    """Director only (REPLACE_RECOVERY_CODE; refused and logged for anyone else). Audit:
    ``recovery_code_replaced``, and ``report_exported`` when the sheet is saved as a PDF."""
    services, actor = ctx.sign_in()
    code = services.recovery.replace_recovery_code(actor)
    out = ctx.out
    out.say(
        QT_TRANSLATE_NOOP(
            "cli", "A new recovery code was made. The old recovery sheet no longer works."
        )
    )
    data: dict[str, Any] = {"director": actor.username}
    if ctx.args.out:
        path = Path(ctx.args.out)
        try:
            pages = write_recovery_sheet_pdf(
                path, services.shop.profile(), code, actor.username, out.catalog.language
            )
        except (OSError, ShopPrivacyError) as exc:
            # The new code is in force already: it must still be shown, below.
            problem = (
                out.render(exc.message)
                if isinstance(exc, ShopPrivacyError)
                else exc.strerror or type(exc).__name__
            )
            out.warn(
                QT_TRANSLATE_NOOP(
                    "cli", "The PDF could not be saved ({problem}). Copy the code below by hand."
                ),
                problem=problem,
            )
        else:
            record_report(
                services.vault,
                actor,
                "recovery_sheet",
                Permission.REPLACE_RECOVERY_CODE,
                pages=pages,
                exported=True,
            )
            out.say(
                QT_TRANSLATE_NOOP("cli", "Wrote {path}. Print it, then delete the file."),
                path=path,
            )
            data["path"] = str(path)
    show_recovery_code(out, code, data)
    return 0
