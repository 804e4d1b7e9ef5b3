"""``retention list|purge``: customers kept past their date, and their erasure (director).

The purge names the number of customers it will erase (``--confirm N``, the count ``list``
showed); the service refuses and erases nobody when the list has changed since.
"""

from __future__ import annotations

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import table
from shopprivacy.cli.parser import Subparsers, add_group, set_handler
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.text import format_datetime


def register(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "retention",
        QT_TRANSLATE_NOOP("cli", "customers kept past their retention date (director only)"),
        dest="retention_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "list the customers past their keep-until date (numbers and dates only; customers with "
        "an open request are left out)",
    )
    p = group.add_parser("list", help=help_text, description=help_text)
    set_handler(p, run_list)

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "erase the personal data of the customers listed, as a deletion with reason "
        "'retention'; orders stay, without a name, for the shop's accounts",
    )
    p = group.add_parser("purge", help=help_text, description=help_text)
    p.add_argument(
        "--confirm",
        required=True,
        type=int,
        metavar="N",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the number of customers to erase, as 'retention list' shows; refused if it differs",
        ),
    )
    set_handler(p, run_purge)


def run_list(ctx: CliContext) -> int:
    """Director only. Audit: ``retention_listed`` (the service)."""
    services, actor = ctx.sign_in()
    due = services.retention.due(actor)
    out = ctx.out
    data = [{"id": d.customer_id, "keep_until": d.retention_until} for d in due]
    if not due:
        human = out.tr(QT_TRANSLATE_NOOP("cli", "No customer is past their retention date."))
    else:
        headers = [
            out.tr(QT_TRANSLATE_NOOP("cli", "No.")),
            out.tr(QT_TRANSLATE_NOOP("cli", "Keep until")),
            out.tr(QT_TRANSLATE_NOOP("cli", "Last contact")),
        ]
        rows = [
            [
                d.customer_id,
                f"{d.retention_until:%d/%m/%Y}",
                format_datetime(d.last_contact_at, out.catalog.language)
                if d.last_contact_at
                else None,
            ]
            for d in due
        ]
        human = table(headers, rows)
        out.say(
            QT_TRANSLATE_NOOP(
                "cli",
                "{n} customers are past their retention date. To erase them: "
                "retention purge --confirm {n}",
            ),
            n=len(due),
        )
    out.result(data, human)
    return 0


def run_purge(ctx: CliContext) -> int:
    """Director only. Audit: ``customer_erased`` per customer and ``retention_purged`` per
    batch (the service)."""
    services, actor = ctx.sign_in()
    result = services.retention.purge(actor, ctx.args.confirm)
    out = ctx.out
    if result.skipped_open_request:
        out.say(
            QT_TRANSLATE_NOOP(
                "cli",
                "{n} customers were held back because they have a request still open.",
            ),
            n=result.skipped_open_request,
        )
    out.result(
        {"erased": list(result.erased), "held_back": result.skipped_open_request},
        out.tr(QT_TRANSLATE_NOOP("cli", "{n} customers erased."), n=len(result.erased)),
    )
    return 0
