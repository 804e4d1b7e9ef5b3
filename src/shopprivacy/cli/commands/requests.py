"""``request open|list|show|identity|start|submit|approve|reject|refuse|extend|match|note|
outcome|complete|letter``
and ``report customer``: customer care's requests, the same rules and audit as the care screen.
"""

from __future__ import annotations

import argparse
from datetime import datetime, time
from pathlib import Path
from typing import Any

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import Output, table
from shopprivacy.cli.parser import Subparsers, add_group, parse_date, set_handler
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.request_queue import QueueItem
from shopprivacy.domain.requests import (
    Channel,
    IdentityMethod,
    NewRequest,
    RequestInfo,
    RequestType,
)
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.customer_data_report import (
    export_customer_data_json,
    export_customer_data_report_pdf,
)
from shopprivacy.reports.request_letters import export_request_letter_pdf
from shopprivacy.reports.text import format_datetime


def register(subparsers: Subparsers) -> None:
    _, req = add_group(
        subparsers,
        "request",
        QT_TRANSLATE_NOOP(
            "cli", "customers' requests about their data (customer care and director)"
        ),
        dest="request_command",
    )
    _register_open(req)
    help_text = QT_TRANSLATE_NOOP("cli", "the open requests, soonest deadline first")
    p = req.add_parser("list", help=help_text, description=help_text)
    p.add_argument(
        "--overdue",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "only requests past their deadline"),
    )
    p.add_argument(
        "--all",
        dest="include_closed",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "closed requests too"),
    )
    set_handler(p, run_list)

    _simple(req, "show", QT_TRANSLATE_NOOP("cli", "one request with its history"), run_show)
    help_text = QT_TRANSLATE_NOOP(
        "cli", "record how the requester proved who they are (needed before anything else)"
    )
    p = req.add_parser("identity", help=help_text, description=help_text)
    _req_arg(p)
    p.add_argument(
        "--method",
        required=True,
        choices=[m.value for m in IdentityMethod],
        help=QT_TRANSLATE_NOOP("cli", "how the identity was checked"),
    )
    p.add_argument("--note", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "details, if any"))
    set_handler(p, run_identity, identity_note="--note")
    _simple(req, "start", QT_TRANSLATE_NOOP("cli", "start work on a request"), run_start)
    _simple(
        req,
        "submit",
        QT_TRANSLATE_NOOP("cli", "send a deletion to the director for approval"),
        run_submit,
    )
    _simple(
        req,
        "approve",
        QT_TRANSLATE_NOOP("cli", "approve a deletion (director only)"),
        run_approve,
    )
    for name, help_text, handler in (
        (
            "reject",
            QT_TRANSLATE_NOOP("cli", "refuse a deletion, with the legal reason (director only)"),
            run_reject,
        ),
        (
            "refuse",
            QT_TRANSLATE_NOOP("cli", "refuse a request, with the reason for the letter"),
            run_refuse,
        ),
    ):
        p = req.add_parser(name, help=help_text, description=help_text)
        _req_arg(p)
        p.add_argument(
            "--reason",
            required=True,
            metavar="TEXT",
            help=QT_TRANSLATE_NOOP("cli", "the reason, as the customer will read it"),
        )
        set_handler(p, handler)
    help_text = QT_TRANSLATE_NOOP("cli", "the one extension allowed, with its reason")
    p = req.add_parser("extend", help=help_text, description=help_text)
    _req_arg(p)
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument(
        "--days",
        type=int,
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli", "how many days (default: the most allowed)"),
    )
    set_handler(p, run_extend, extension_days="--days")
    _simple(
        req,
        "complete",
        QT_TRANSLATE_NOOP(
            "cli", "carry out and close a request (a deletion erases the customer's personal data)"
        ),
        run_complete,
    )
    help_text = QT_TRANSLATE_NOOP("cli", "match a request to the customer who made it")
    p = req.add_parser("match", help=help_text, description=help_text)
    _req_arg(p)
    p.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    set_handler(p, run_match, customer_id="CUSTOMER_ID")
    help_text = QT_TRANSLATE_NOOP("cli", "add a note to a request (kept encrypted)")
    p = req.add_parser("note", help=help_text, description=help_text)
    _req_arg(p)
    p.add_argument("--text", required=True, metavar="TEXT")
    p.add_argument(
        "--finding",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "a finding of a complaint's investigation"),
    )
    set_handler(p, run_note, note="--text")
    help_text = QT_TRANSLATE_NOOP("cli", "record a complaint's outcome and remedy")
    p = req.add_parser("outcome", help=help_text, description=help_text)
    _req_arg(p)
    p.add_argument("--outcome", required=True, metavar="TEXT")
    p.add_argument("--remedy", metavar="TEXT")
    set_handler(p, run_outcome, outcome="--outcome")
    help_text = QT_TRANSLATE_NOOP("cli", "write the reply letter for a request as a PDF")
    p = req.add_parser("letter", help=help_text, description=help_text)
    _req_arg(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    set_handler(p, run_letter)
    _register_report(subparsers)


def _register_open(req: Subparsers) -> None:
    help_text = QT_TRANSLATE_NOOP("cli", "log a request; prints its number and due time")
    p = req.add_parser("open", help=help_text, description=help_text)
    p.add_argument(
        "customer_id",
        type=int,
        metavar="CUSTOMER_ID",
        help=QT_TRANSLATE_NOOP("cli", "the customer's number"),
    )
    p.add_argument("--type", dest="kind", required=True, choices=[t.value for t in RequestType])
    p.add_argument(
        "--channel",
        default=Channel.PHONE.value,
        choices=[c.value for c in Channel],
        help=QT_TRANSLATE_NOOP("cli", "how it came in (default: phone)"),
    )
    p.add_argument(
        "--note",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP("cli", "what the customer asked, in their words"),
    )
    p.add_argument(
        "--received",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the day it came in, if not today"),
    )
    p.add_argument(
        "--processor",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "a processor (e.g. the installation partner) must act too"),
    )
    set_handler(p, run_open, received_at="--received", customer_id="CUSTOMER_ID")


def _register_report(subparsers: Subparsers) -> None:
    """``report customer`` joins the ``report`` group whichever module creates it first."""
    reports = _report_group(subparsers)
    help_text = QT_TRANSLATE_NOOP("cli", "the customer's own data report, as a PDF")
    p = reports.add_parser("customer", help=help_text, description=help_text)
    p.add_argument("customer_id", type=int, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--data",
        metavar="FILE.json",
        help=QT_TRANSLATE_NOOP("cli", "also write the same content as JSON"),
    )
    p.add_argument(
        "--request",
        type=int,
        metavar="REQ",
        help=QT_TRANSLATE_NOOP("cli", "the access request this report answers"),
    )
    set_handler(p, run_report_customer)


def _report_group(subparsers: Subparsers) -> Subparsers:
    existing = subparsers.choices.get("report") if subparsers.choices else None
    if existing is not None:
        for action in existing._actions:  # argparse keeps its sub-commands here
            if isinstance(action, argparse._SubParsersAction):
                return action
    _, reports = add_group(
        subparsers,
        "report",
        QT_TRANSLATE_NOOP("cli", "print reports as PDF files"),
        dest="report_command",
    )
    return reports


def _req_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "request_id", type=int, metavar="REQ", help=QT_TRANSLATE_NOOP("cli", "the request number")
    )


def _simple(req: Subparsers, name: str, help_text: str, handler: Any) -> None:
    p = req.add_parser(name, help=help_text, description=help_text)
    _req_arg(p)
    set_handler(p, handler)


# -- output -------------------------------------------------------------------------------------


def _when(out: Output, moment: datetime | None) -> str:
    return format_datetime(moment, out.catalog.language) if moment else ""


def _data(info: RequestInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "customer_id": info.customer_id,
        "type": info.type.value,
        "channel": info.channel.value,
        "status": info.status.value,
        "received_at": info.received_at,
        "acknowledge_due": info.acknowledge_due,
        "acknowledged_at": info.acknowledged_at,
        "due": info.due,
        "extended": info.extended_due is not None,
        "closed_at": info.closed_at,
    }


def _done(ctx: CliContext, info: RequestInfo, message: str) -> int:
    out = ctx.out
    out.say(message, id=info.id, status=out.tr(info.status.label, context="requests"))
    out.result(_data(info))
    return 0


# -- handlers -----------------------------------------------------------------------------------


def run_open(ctx: CliContext) -> int:
    """Care or director. Audit: ``request_opened`` (the service)."""
    a = ctx.args
    day = parse_date(a.received, "--received")
    received = None
    if day is not None:
        received = datetime.combine(day, time(12), SHOP_ZONE)  # midday: the day, not the hour
    services, actor = ctx.sign_in()
    info = services.requests.open_request(
        actor,
        NewRequest(
            RequestType(a.kind),
            Channel(a.channel),
            customer_id=a.customer_id,
            note=a.note,
            received_at=received,
            processor_involved=a.processor,
        ),
    )
    out = ctx.out
    out.result(
        _data(info),
        out.tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Request #{id} opened. Acknowledge by {ack}; complete by {due}.",
            ),
            id=info.id,
            ack=_when(out, info.acknowledge_due),
            due=_when(out, info.due),
        ),
    )
    return 0


def run_list(ctx: CliContext) -> int:
    """Care or director. Audit: ``requests_listed`` (the service)."""
    services, actor = ctx.sign_in()
    items = services.requests.list_requests(
        actor, overdue=ctx.args.overdue, include_closed=ctx.args.include_closed
    )
    out = ctx.out
    headers = [
        out.tr(QT_TRANSLATE_NOOP("cli", "No.")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Customer")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Request")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Status")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Next deadline")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Urgency")),
    ]
    rows = [
        [
            i.request.id,
            f"#{i.request.customer_id} {i.who or ''}" if i.request.customer_id else i.who,
            out.tr(i.request.type.label, context="requests"),
            out.tr(i.request.status.label, context="requests"),
            _when(out, i.next_deadline.due if i.next_deadline else None),
            _urgency(out, i),
        ]
        for i in items
    ]
    data = [
        {
            **_data(i.request),
            "who": i.who,
            "next_deadline": i.next_deadline.due if i.next_deadline else None,
            "next_deadline_kind": i.next_deadline.kind.value if i.next_deadline else None,
            "urgency": i.urgency.value,
        }
        for i in items
    ]
    empty = out.tr(QT_TRANSLATE_NOOP("cli", "No requests."))
    out.result(data, table(headers, rows) if rows else empty)
    return 0


def _urgency(out: Output, item: QueueItem) -> str:
    labels = {
        "overdue": QT_TRANSLATE_NOOP("cli", "OVERDUE"),
        "due_soon": QT_TRANSLATE_NOOP("cli", "due within a day"),
        "on_track": QT_TRANSLATE_NOOP("cli", "on time"),
        "closed": QT_TRANSLATE_NOOP("cli", "closed"),
    }
    return out.tr(labels[item.urgency.value])


def run_show(ctx: CliContext) -> int:
    """Care or director. Audit: ``request_viewed`` (the service)."""
    services, actor = ctx.sign_in()
    info = services.requests.get_request(actor, ctx.args.request_id)
    out = ctx.out
    data = {
        **_data(info),
        "requester_name": info.requester_name,
        "requester_contact": info.requester_contact,
        "summary": info.summary,
        "reason": info.reason,
        "extension_reason": info.extension_reason,
        "outcome": info.outcome,
        "remedy": info.remedy,
        "history": [
            {"at": h.at, "staff_id": h.staff_id, "kind": h.kind.value, "field": h.field,
             "text": h.text, "old": h.old, "new": h.new}
            for h in info.history
        ],
    }  # fmt: skip
    lines = [
        f"#{info.id}  {out.tr(info.type.label, context='requests')}  "
        f"{out.tr(info.status.label, context='requests')}",
        *(f"{_when(out, h.at)}  {h.kind.value}  {h.text or ''}" for h in info.history),
    ]
    out.result(data, "\n".join(lines))
    return 0


def run_identity(ctx: CliContext) -> int:
    """Care or director. Audit: ``request_identity_checked``."""
    services, actor = ctx.sign_in()
    info = services.requests.record_identity_check(
        actor, ctx.args.request_id, IdentityMethod(ctx.args.method), ctx.args.note
    )
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_start(ctx: CliContext) -> int:
    services, actor = ctx.sign_in()
    info = services.requests.start(actor, ctx.args.request_id)
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_submit(ctx: CliContext) -> int:
    services, actor = ctx.sign_in()
    info = services.requests.request_approval(actor, ctx.args.request_id)
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_approve(ctx: CliContext) -> int:
    """Director only; anyone else is refused (exit 4) and the attempt logged."""
    services, actor = ctx.sign_in()
    info = services.requests.approve(actor, ctx.args.request_id)
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_reject(ctx: CliContext) -> int:
    services, actor = ctx.sign_in()
    info = services.requests.reject(actor, ctx.args.request_id, ctx.args.reason)
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_refuse(ctx: CliContext) -> int:
    services, actor = ctx.sign_in()
    info = services.requests.refuse(actor, ctx.args.request_id, ctx.args.reason)
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_extend(ctx: CliContext) -> int:
    services, actor = ctx.sign_in()
    info = services.requests.extend(actor, ctx.args.request_id, ctx.args.reason, ctx.args.days)
    out = ctx.out
    out.say(
        QT_TRANSLATE_NOOP("cli", "Request #{id} extended: complete by {due}."),
        id=info.id,
        due=_when(out, info.due),
    )
    out.result(_data(info))
    return 0


def run_complete(ctx: CliContext) -> int:
    """Care or director. A deletion erases the customer's personal data for good.
    Audit: ``request_completed`` (and ``customer_erased``)."""
    services, actor = ctx.sign_in()
    info = services.requests.complete(actor, ctx.args.request_id)
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_match(ctx: CliContext) -> int:
    """Care or director. Audit: ``request_matched``."""
    services, actor = ctx.sign_in()
    info = services.requests.match_customer(actor, ctx.args.request_id, ctx.args.customer_id)
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_note(ctx: CliContext) -> int:
    """Care or director. Audit: ``request_note_added`` (no text)."""
    services, actor = ctx.sign_in()
    info = services.requests.add_note(
        actor, ctx.args.request_id, ctx.args.text, finding=ctx.args.finding
    )
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_outcome(ctx: CliContext) -> int:
    """Care or director, for a complaint. Audit: ``request_note_added`` (kind outcome)."""
    services, actor = ctx.sign_in()
    info = services.requests.record_complaint_outcome(
        actor, ctx.args.request_id, ctx.args.outcome, ctx.args.remedy
    )
    return _done(ctx, info, QT_TRANSLATE_NOOP("cli", "Request #{id}: {status}."))


def run_letter(ctx: CliContext) -> int:
    """Care or director. Audit: ``request_letter_printed``."""
    services, actor = ctx.sign_in()
    path = Path(ctx.args.out)
    pages = export_request_letter_pdf(
        services, actor, ctx.args.request_id, path, ctx.out.catalog.language
    )
    ctx.out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages)."), path=path, pages=pages)
    ctx.out.result({"path": str(path), "pages": pages})
    return 0


def run_report_customer(ctx: CliContext) -> int:
    """Care or director (PRINT_CUSTOMER_REPORT). Audit: ``customer_data_report_made``."""
    a = ctx.args
    services, actor = ctx.sign_in()
    path = Path(a.out)
    pages = export_customer_data_report_pdf(
        services, actor, a.customer_id, path, ctx.out.catalog.language, a.request
    )
    result: dict[str, Any] = {"path": str(path), "pages": pages}
    ctx.out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages)."), path=path, pages=pages)
    if a.data:
        export_customer_data_json(
            services, actor, a.customer_id, Path(a.data), a.request, ctx.out.catalog.language
        )
        result["data"] = str(a.data)
    ctx.out.result(result)
    return 0
