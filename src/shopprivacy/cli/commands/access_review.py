"""``report access-review``: the director's access review for a period, as a PDF ending with the
audit chain's head, from a script (a monthly batch file, say)."""

from __future__ import annotations

from pathlib import Path

from shopprivacy.cli.commands.requests import _report_group
from shopprivacy.cli.context import CliContext
from shopprivacy.cli.parser import Subparsers, parse_date, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.access_review import export_access_review_pdf


def register(subparsers: Subparsers) -> None:
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "who did what in the app during a period, as a PDF ending with the audit log's head "
        "hash (director only)",
    )
    p = _report_group(subparsers).add_parser("access-review", help=help_text, description=help_text)
    p.add_argument(
        "--from", dest="date_from", required=True, metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "first day of the period (Vietnam time)"),
    )  # fmt: skip
    p.add_argument(
        "--to", dest="date_to", required=True, metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "last day of the period, included (Vietnam time)"),
    )  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    set_handler(p, run_access_review)


def run_access_review(ctx: CliContext) -> int:
    """Director only (VIEW_ACCESS_REVIEW; refused and logged for anyone else). Audit:
    ``audit_viewed`` and ``staff_viewed`` for the reads, then ``report_exported``."""
    a = ctx.args
    start = parse_date(a.date_from, "--from")
    end = parse_date(a.date_to, "--to")
    assert start is not None and end is not None  # both options are required
    if end < start:
        raise CliProblem(2, QT_TRANSLATE_NOOP("cli", "--to is before --from."))
    services, actor = ctx.sign_in()
    path = Path(a.out)
    pages = export_access_review_pdf(services, actor, start, end, path, ctx.out.catalog.language)
    ctx.out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages)."), path=path, pages=pages)
    ctx.out.result({"path": str(path), "pages": pages})
    return 0
