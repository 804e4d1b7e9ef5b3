"""The access review for a period: who did what to which record, a summary per staff member, and
the audit chain's head, so the paper copy anchors the log against a later rewrite."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.audit import Action, AuditRecord
from shopprivacy.domain.staff import Actor, StaffInfo
from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import (
    AuditAnchor,
    Heading,
    KeyValues,
    Paragraph,
    ReportDocument,
    Table,
)
from shopprivacy.reports.labels import REPORT_KINDS, action_label, target_label
from shopprivacy.reports.output import export_and_log, print_and_log, shop_report
from shopprivacy.reports.text import SHOP_ZONE, format_date, format_datetime, tr
from shopprivacy.security.permissions import Permission
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter

KIND = "access_review"
# A period with more entries than this is better read on screen or split into shorter periods.
MAX_ROWS = 20_000

READS = {Action.CUSTOMER_VIEWED, Action.CUSTOMER_SEARCHED, Action.REQUEST_VIEWED}
PRINTS = {
    Action.CUSTOMER_PRINTED,
    Action.REPORT_PRINTED,
    Action.REPORT_EXPORTED,
    Action.MARKETING_EXPORTED,
    Action.CUSTOMER_DATA_REPORT_MADE,
    Action.REQUEST_LETTER_PRINTED,
}


def period_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """Whole days on the shop's clock, as UTC instants: [start of date_from, end of date_to)."""
    start = datetime.combine(date_from, time(0), SHOP_ZONE).astimezone(UTC)
    end = datetime.combine(date_to + timedelta(days=1), time(0), SHOP_ZONE).astimezone(UTC)
    return start, end


def build_access_review(
    services: Services, actor: Actor, date_from: date, date_to: date, lang: str = "vi"
) -> ReportDocument:
    """Director only (VIEW_ACCESS_REVIEW; refused and logged for anyone else). Reading the log
    is itself logged by the audit service (``audit_viewed``, ``staff_viewed``)."""
    if date_to < date_from:
        date_from, date_to = date_to, date_from
    since, until = period_bounds(date_from, date_to)
    entries = services.audit.entries(actor, AuditFilter(since=since, until=until, limit=MAX_ROWS))
    entries.sort(key=lambda e: e.seq)
    staff = services.staff.list_staff(actor)
    names = {s.id: s.username for s in staff}
    head_seq, head_hash = services.audit.head()

    period = tr(
        lang,
        QT_TRANSLATE_NOOP("reports", "From {start} to {end}"),
        start=format_date(date_from, lang),
        end=format_date(date_to, lang),
    )
    title = tr(lang, QT_TRANSLATE_NOOP("reports", "Access review"))
    anchor = AuditAnchor(head_seq, head_hash)
    report = shop_report(services, actor, title, period, lang, audit_head=anchor)
    report.add(
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "Everything staff did in the app during the period, from the audit log. "
                    "Times are shop time (Vietnam).",
                ),
            ),
            "note",
        ),
        KeyValues(
            (
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Period")), period),
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Entries")), str(len(entries))),
            )
        ),
    )
    if len(entries) >= MAX_ROWS:
        report.add(
            Paragraph(
                tr(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "reports",
                        "Only the newest {count} entries are listed. Choose a shorter period "
                        "to see them all.",
                    ),
                    count=MAX_ROWS,
                ),
                "warning",
            )
        )
    unbound = sorted(s.username for s in staff if s.active and s.undertaking is None)
    if unbound:
        report.add(
            Paragraph(
                tr(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "reports",
                        "Active accounts without a signed confidentiality undertaking: {names}.",
                    ),
                    names=", ".join(unbound),
                ),
                "warning",
            )
        )
    report.add(*_summary(entries, staff, names, lang), *_entries(entries, names, lang))
    return report


def _who(staff_id: int | None, names: dict[int, str], lang: str) -> str:
    if staff_id is None:
        return tr(lang, QT_TRANSLATE_NOOP("reports", "(no account)"))
    return names.get(staff_id, f"#{staff_id}")


def _summary(
    entries: list[AuditRecord], staff: list[StaffInfo], names: dict[int, str], lang: str
) -> tuple[Heading, Table]:
    """One row per account, quiet ones included: a director should see who did nothing too."""
    per: dict[int | None, Counter[str]] = {s.id: Counter() for s in staff}
    for e in entries:
        counts = per.setdefault(e.staff_id, Counter())
        counts["all"] += 1
        if e.action in READS:
            counts["reads"] += 1
        if e.action in PRINTS:
            counts["prints"] += 1
        if e.action == Action.PERMISSION_REFUSED:
            counts["refused"] += 1
        if e.action == Action.SIGN_IN_FAILED:
            counts["failed"] += 1
    roles = {s.id: load_catalog(lang).translate("roles", s.role.label) for s in staff}
    rows = tuple(
        (
            _who(staff_id, names, lang) + (f" ({roles[staff_id]})" if staff_id in roles else ""),
            str(c["all"]),
            str(c["reads"]),
            str(c["prints"]),
            str(c["refused"]),
            str(c["failed"]),
        )
        for staff_id, c in sorted(per.items(), key=lambda kv: _who(kv[0], names, lang))
    )
    return (
        Heading(tr(lang, QT_TRANSLATE_NOOP("reports", "Per staff member"))),
        Table(
            headers=(
                tr(lang, QT_TRANSLATE_NOOP("reports", "Staff")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Actions")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Records opened")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Prints and exports")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Refused")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Failed sign-ins")),
            ),
            rows=rows,
            widths=(30, 12, 15, 15, 13, 15),
            align=("left", "right", "right", "right", "right", "right"),
            empty_text=tr(lang, QT_TRANSLATE_NOOP("reports", "No activity in this period.")),
        ),
    )


def _record(e: AuditRecord, lang: str) -> str:
    text = target_label(e.target_type, e.target_id, lang)
    kind = e.detail.get("kind")
    if isinstance(kind, str):
        source = REPORT_KINDS.get(kind)
        extra = tr(lang, source) if source else kind
        text = f"{text}, {extra}" if text else extra
    permission = e.detail.get("permission")
    if e.action == Action.PERMISSION_REFUSED and isinstance(permission, str):
        text = f"{text}, {permission}" if text else permission
    return text


def _entries(entries: list[AuditRecord], names: dict[int, str], lang: str) -> tuple[Heading, Table]:
    rows = tuple(
        (
            str(e.seq),
            format_datetime(e.at, lang),
            _who(e.staff_id, names, lang),
            action_label(e.action, lang),
            _record(e, lang),
        )
        for e in entries
    )
    return (
        Heading(tr(lang, QT_TRANSLATE_NOOP("reports", "Entries"))),
        Table(
            headers=(
                tr(lang, QT_TRANSLATE_NOOP("reports", "No.")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Time")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Staff")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Action")),
                tr(lang, QT_TRANSLATE_NOOP("reports", "Record")),
            ),
            rows=rows,
            widths=(8, 19, 16, 33, 24),
            align=("right", "left", "left", "left", "left"),
            empty_text=tr(lang, QT_TRANSLATE_NOOP("reports", "No activity in this period.")),
        ),
    )


def export_access_review_pdf(
    services: Services,
    actor: Actor,
    date_from: date,
    date_to: date,
    path: Path,
    lang: str = "vi",
) -> int:
    """Director only. Writes the PDF (owner-only, atomically) and returns its page count.
    Audit: ``report_exported`` (kind ``access_review``), after the reads the report makes."""
    report = build_access_review(services, actor, date_from, date_to, lang)
    return export_and_log(services, actor, report, path, KIND, Permission.VIEW_ACCESS_REVIEW)


def print_access_review(
    services: Services,
    actor: Actor,
    date_from: date,
    date_to: date,
    printer: QPrinter,
    lang: str = "vi",
) -> int:
    """Director only. Prints on the printer the dialog chose. Audit: ``report_printed``."""
    report = build_access_review(services, actor, date_from, date_to, lang)
    return print_and_log(services, actor, report, printer, KIND, Permission.VIEW_ACCESS_REVIEW)
