"""``audit verify`` and ``audit list``: the director's checks on the hash-chained audit log."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import Output, table
from shopprivacy.cli.parser import Subparsers, add_group, parse_date, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.audit import AuditRecord
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.services.audit import AuditFilter

INTEGRITY_EXIT = 5

PROBLEMS = {
    "altered": QT_TRANSLATE_NOOP("cli", "it was changed after it was written"),
    "missing": QT_TRANSLATE_NOOP("cli", "it is missing (deleted)"),
    "truncated": QT_TRANSLATE_NOOP(
        "cli", "the newest entries were removed, or the sealed head was edited"
    ),
    "head_missing": QT_TRANSLATE_NOOP("cli", "the sealed head of the log is missing"),
    "rolled_back": QT_TRANSLATE_NOOP(
        "cli", "the database is an older copy than this computer last saw"
    ),
    "rewritten": QT_TRANSLATE_NOOP("cli", "the entry this computer last saw was rewritten"),
}


def register(subparsers: Subparsers) -> None:
    _, audit = add_group(
        subparsers,
        "audit",
        QT_TRANSLATE_NOOP("cli", "check and read the audit log (director only)"),
        dest="audit_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "check every entry of the audit log; exit 5 naming the first broken entry",
    )
    p = audit.add_parser("verify", help=help_text, description=help_text)
    set_handler(p, run_verify)

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "director only: sign in over a damaged audit log, writing what was found into it, "
        "so the shop can carry on (what was found stays in the log)",
    )
    p = audit.add_parser("record-break", help=help_text, description=help_text)
    set_handler(p, run_record_break)

    help_text = QT_TRANSLATE_NOOP("cli", "list audit log entries, newest first")
    p = audit.add_parser("list", help=help_text, description=help_text)
    p.add_argument(
        "--user",
        dest="staff",
        metavar="LOGIN_NAME",
        help=QT_TRANSLATE_NOOP("cli", "only what this staff account did or had done to it"),
    )
    p.add_argument(
        "--customer",
        metavar="ID",
        help=QT_TRANSLATE_NOOP("cli", "only entries about this customer"),
    )
    p.add_argument(
        "--action",
        metavar="ACTION",
        help=QT_TRANSLATE_NOOP("cli", "only this action, e.g. sign_in_failed"),
    )
    p.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "only from this day on (Vietnam time)"),
    )
    p.add_argument(
        "--until",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "only up to and including this day (Vietnam time)"),
    )
    p.add_argument(
        "--limit",
        type=int,
        default=100,
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli", "at most N entries (default 100)"),
    )
    set_handler(p, run_list)


def run_verify(ctx: CliContext) -> int:
    """Director only. Audit: ``audit_verified`` with the outcome (the service)."""
    services, actor = ctx.sign_in()
    result = services.audit.verify(actor)
    out = ctx.out
    data = {
        "ok": result.ok,
        "checked": result.checked,
        "head_seq": result.head_seq,
        "head_hash": result.head_hash,
        "broken_seq": result.broken_seq,
        "problem": result.problem,
    }
    if result.ok:
        out.result(
            data,
            out.tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The audit log is whole: {checked} entries checked. "
                    "Head: entry #{head_seq}, hash {head_hash}.",
                ),
                checked=result.checked,
                head_seq=result.head_seq,
                head_hash=result.head_hash,
            ),
        )
        return 0
    problem = PROBLEMS.get(result.problem or "", result.problem or "")
    out.error_line(
        out.tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "The audit log is broken at entry #{seq}: {problem}. "
                "{checked} entries before it are whole.",
            ),
            seq=result.broken_seq,
            problem=out.tr(problem) if problem else "",
            checked=result.checked,
        )
    )
    out.result(data)
    return INTEGRITY_EXIT


def run_record_break(ctx: CliContext) -> int:
    """Director only (other roles stay refused with exit 5). Audit: ``audit_break_recorded``
    with what the sign-in found, when it found anything, then ``signed_in``."""
    services, actor = ctx.sign_in(accept_audit_break=True)
    result = services.audit.verify(actor)
    ctx.out.result(
        {"ok": True, "chain_whole_now": result.ok, "head_seq": result.head_seq},
        ctx.out.tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Signed in. What was found is written in the audit log; the log now ends at "
                "entry #{head_seq}.",
            ),
            head_seq=result.head_seq,
        ),
    )
    return 0


def _shop_midnight(day_text: str | None, option: str, plus_days: int = 0) -> datetime | None:
    day = parse_date(day_text, option)
    if day is None:
        return None
    # Days are the shop's days (Vietnam time), as on every screen and report.
    return datetime.combine(day + timedelta(days=plus_days), time(), tzinfo=SHOP_ZONE)


def run_list(ctx: CliContext) -> int:
    """Director only. Audit: ``audit_viewed`` with the count (the service)."""
    a = ctx.args
    if a.limit < 1:
        raise CliProblem(2, QT_TRANSLATE_NOOP("cli", "--limit must be at least 1."))
    since = _shop_midnight(a.since, "--since")
    until = _shop_midnight(a.until, "--until", plus_days=1)
    services, actor = ctx.sign_in()
    flt = AuditFilter(
        staff_id=services.staff.find_id(a.staff) if a.staff else None,
        target_type="customer" if a.customer else None,
        target_id=str(a.customer).strip() if a.customer else None,
        action=a.action.strip() if a.action else None,
        since=since,
        until=until,
        limit=a.limit,
    )
    records = services.audit.entries(actor, flt)
    data = [
        {
            "seq": r.seq,
            "at": r.at,
            "staff_id": r.staff_id,
            "action": r.action,
            "target_type": r.target_type,
            "target_id": r.target_id,
            "detail": r.detail,
            "hash": r.hash,
        }
        for r in records
    ]
    ctx.out.result(data, _human(ctx.out, records))
    return 0


def _human(out: Output, records: list[AuditRecord]) -> str:
    if not records:
        return out.tr(QT_TRANSLATE_NOOP("cli", "No entries match."))
    headers = [
        "#",
        out.tr(QT_TRANSLATE_NOOP("cli", "Time")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Staff")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Action")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Record")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Detail")),
    ]
    rows = [
        [
            r.seq,
            r.at.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M:%S"),
            f"#{r.staff_id}" if r.staff_id is not None else "",
            r.action,
            f"{r.target_type} #{r.target_id}" if r.target_type else "",
            json.dumps(r.detail, ensure_ascii=False, sort_keys=True) if r.detail else "",
        ]
        for r in records
    ]
    return table(headers, rows)
