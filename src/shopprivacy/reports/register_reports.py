"""Two registers the director prints: the customers' requests of a period (open, overdue, and the
share answered in time) and the customers kept past their retention date.

Both list record numbers, kinds and dates only, never names: the paper says what is due, the
app opens the record (and audits that) when someone acts on it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.deadlines import Urgency
from shopprivacy.domain.requests import CTX as REQUESTS
from shopprivacy.domain.requests import RequestInfo
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.access_review import period_bounds
from shopprivacy.reports.document import Heading, KeyValues, Paragraph, ReportDocument, Table
from shopprivacy.reports.output import export_and_log, print_and_log, shop_report
from shopprivacy.reports.request_wording import label
from shopprivacy.reports.text import format_date
from shopprivacy.security.permissions import Permission
from shopprivacy.services import Services
from shopprivacy.services.authz import require

CTX = "register_reports"
REQUEST_KIND = "request_register"
RETENTION_KIND = "retention_register"


def t(lang: str, source: str, **params: Any) -> str:
    return label(lang, CTX, source, **params)


def _due(info: RequestInfo) -> datetime:
    return info.extended_due or info.complete_due


def answered_in_time(info: RequestInfo) -> bool | None:
    """None while open; else whether it was closed by its (possibly extended) deadline."""
    if info.closed_at is None:
        return None
    return info.closed_at <= _due(info)


def build_request_register(
    services: Services, actor: Actor, date_from: date, date_to: date, lang: str = "vi"
) -> ReportDocument:
    """Director only. Requests received in the period, with every request still open whenever
    it came in. Reading the queue is audited by the request service (``requests_listed``)."""
    require(services.vault, actor, Permission.VIEW_OVERVIEW)
    if date_to < date_from:
        date_from, date_to = date_to, date_from
    since, until = period_bounds(date_from, date_to)
    items = services.requests.list_requests(actor, include_closed=True)
    shown = [
        i for i in items if since <= i.request.received_at < until or i.request.closed_at is None
    ]
    shown.sort(key=lambda i: i.request.id)
    closed = [i.request for i in shown if i.request.closed_at is not None]
    in_time = sum(1 for r in closed if answered_in_time(r))
    open_items = [i for i in shown if i.request.closed_at is None]
    overdue = sum(1 for i in open_items if i.urgency is Urgency.OVERDUE)
    share = f"{round(100 * in_time / len(closed))} %" if closed else "—"
    period = t(
        lang,
        QT_TRANSLATE_NOOP(CTX, "From {start} to {end}"),
        start=format_date(date_from, lang),
        end=format_date(date_to, lang),
    )
    doc = shop_report(
        services, actor, t(lang, QT_TRANSLATE_NOOP(CTX, "Register of requests")), period, lang
    )
    doc.add(
        KeyValues(
            (
                (t(lang, QT_TRANSLATE_NOOP(CTX, "Period")), period),
                (t(lang, QT_TRANSLATE_NOOP(CTX, "Still open")), str(len(open_items))),
                (t(lang, QT_TRANSLATE_NOOP(CTX, "Overdue")), str(overdue)),
                (t(lang, QT_TRANSLATE_NOOP(CTX, "Answered")), str(len(closed))),
                (
                    t(lang, QT_TRANSLATE_NOOP(CTX, "Answered in time")),
                    f"{in_time} / {len(closed)} ({share})",
                ),
            )
        ),
        Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "Requests"))),
        Table(
            headers=(
                t(lang, QT_TRANSLATE_NOOP(CTX, "No.")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "Kind")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "Customer")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "Received")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "Due")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "Status")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "In time")),
            ),
            rows=tuple(_request_row(i.request, i.urgency, lang) for i in shown),
            widths=(7, 18, 11, 14, 14, 22, 14),
            align=("right", "left", "left", "left", "left", "left", "left"),
            empty_text=t(lang, QT_TRANSLATE_NOOP(CTX, "No request in this period.")),
        ),
    )
    return doc


def _request_row(r: RequestInfo, urgency: Urgency, lang: str) -> tuple[str, ...]:
    done = answered_in_time(r)
    if done is None:
        timing = (
            t(lang, QT_TRANSLATE_NOOP(CTX, "✖ overdue"))
            if urgency is Urgency.OVERDUE
            else t(lang, QT_TRANSLATE_NOOP(CTX, "open"))
        )
    else:
        timing = (
            t(lang, QT_TRANSLATE_NOOP(CTX, "✔ yes"))
            if done
            else t(lang, QT_TRANSLATE_NOOP(CTX, "✖ late"))
        )
    return (
        str(r.id),
        label(lang, REQUESTS, r.type.label),
        f"#{r.customer_id}" if r.customer_id is not None else "—",
        format_date(r.received_at, lang),
        format_date(_due(r), lang),
        label(lang, REQUESTS, r.status.label),
        timing,
    )


def build_retention_register(services: Services, actor: Actor, lang: str = "vi") -> ReportDocument:
    """Director only (PURGE_RETENTION). Customers past their retention date, oldest first
    (those with an open request are left out, as the purge leaves them). The listing is audited
    by the retention service (``retention_listed``)."""
    due = services.retention.due(actor)
    today = format_date(services.vault.now(), lang)
    doc = shop_report(
        services,
        actor,
        t(lang, QT_TRANSLATE_NOOP(CTX, "Records past their retention date")),
        t(lang, QT_TRANSLATE_NOOP(CTX, "On {day}"), day=today),
        lang,
    )
    doc.add(
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    CTX,
                    "The shop's policy keeps a customer's data only until this date. These "
                    "records should be erased (Retention, in the app); customers with an open "
                    "request are not listed until it is answered.",
                ),
            ),
            "note",
        ),
        KeyValues(((t(lang, QT_TRANSLATE_NOOP(CTX, "Records")), str(len(due))),)),
        Table(
            headers=(
                t(lang, QT_TRANSLATE_NOOP(CTX, "Customer")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "Keep until")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "Last contact")),
            ),
            rows=tuple(
                (
                    f"#{d.customer_id}",
                    format_date(d.retention_until, lang),
                    format_date(d.last_contact_at, lang) if d.last_contact_at else "—",
                )
                for d in due
            ),
            widths=(30, 35, 35),
            empty_text=t(lang, QT_TRANSLATE_NOOP(CTX, "No record is past its date.")),
        ),
    )
    return doc


def export_request_register_pdf(
    services: Services, actor: Actor, date_from: date, date_to: date, path: Path, lang: str = "vi"
) -> int:
    """Director only. Audit: ``requests_listed``, then ``report_exported`` (request_register)."""
    report = build_request_register(services, actor, date_from, date_to, lang)
    return export_and_log(services, actor, report, path, REQUEST_KIND, Permission.VIEW_OVERVIEW)


def print_request_register(
    services: Services,
    actor: Actor,
    date_from: date,
    date_to: date,
    printer: QPrinter,
    lang: str = "vi",
) -> int:
    report = build_request_register(services, actor, date_from, date_to, lang)
    return print_and_log(services, actor, report, printer, REQUEST_KIND, Permission.VIEW_OVERVIEW)


def export_retention_register_pdf(
    services: Services, actor: Actor, path: Path, lang: str = "vi"
) -> int:
    """Director only. Audit: ``retention_listed``, then ``report_exported``."""
    report = build_retention_register(services, actor, lang)
    return export_and_log(services, actor, report, path, RETENTION_KIND, Permission.PURGE_RETENTION)


def print_retention_register(
    services: Services, actor: Actor, printer: QPrinter, lang: str = "vi"
) -> int:
    report = build_retention_register(services, actor, lang)
    return print_and_log(
        services, actor, report, printer, RETENTION_KIND, Permission.PURGE_RETENTION
    )
