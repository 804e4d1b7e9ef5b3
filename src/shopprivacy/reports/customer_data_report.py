"""The customer's own data report: everything the shop holds about them, printable and as JSON.

It is made for the customer (an access request), so it shows their data unmasked; the service
refuses anyone without PRINT_CUSTOMER_REPORT and audits every report made.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.consents import METHOD_LABELS, PURPOSE_LABELS
from shopprivacy.domain.customer_data import AccessLine, CustomerDataReport, to_json
from shopprivacy.domain.customers import CONTACT_LABELS, SOURCE_LABELS
from shopprivacy.domain.requests import STATUS_LABELS, TYPE_LABELS, RequestType, Status
from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import Heading, KeyValues, Paragraph, ReportDocument, Table
from shopprivacy.reports.labels import REPORT_KINDS, action_label
from shopprivacy.reports.official import display_name
from shopprivacy.reports.render import atomic_private_write, print_report, write_pdf
from shopprivacy.reports.request_wording import label, t
from shopprivacy.reports.text import format_date, format_datetime, unbreakable_numbers
from shopprivacy.services import Services
from shopprivacy.services.reports_log import is_demo
from shopprivacy.services.staff_names import signer

CTX = "customer_access"


def build_customer_data_report(
    data: CustomerDataReport,
    profile: ShopProfile,
    printed_by: str,
    printed_at: datetime | None = None,
    lang: str = "vi",
    demo: bool = False,
) -> ReportDocument:
    c = data.customer
    doc = ReportDocument(
        title=t(lang, QT_TRANSLATE_NOOP("request_reports", "Your personal data held by us")),
        subtitle=c.full_name,
        profile=profile,
        printed_by=printed_by,
        printed_at=printed_at or datetime.now(UTC),
        lang=lang,
        demo=demo,
    )
    doc.add(
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    "request_reports",
                    "This report lists every piece of personal data we hold about you on "
                    "{date}, what you agreed to, to whom we gave your data and your requests to "
                    "us. You may ask us to correct or delete it, or withdraw a consent, at any "
                    "time.",
                ),
                date=format_date(data.made_at, lang),
            )
        ),
        Heading(t(lang, QT_TRANSLATE_NOOP("request_reports", "Your details"))),
        KeyValues(tuple(_details(data, lang))),
        Heading(t(lang, QT_TRANSLATE_NOOP("request_reports", "Your orders"))),
        Table(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "No.")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Date")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "What")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Warranty until")),
            ),
            tuple(
                (
                    str(o.id),
                    format_date(o.sold_on, lang),
                    o.description,
                    format_date(o.warranty_until, lang) if o.warranty_months else "—",
                )
                for o in c.orders
            ),
            widths=(1, 2, 5, 2),
            empty_text=t(lang, QT_TRANSLATE_NOOP("request_reports", "No orders.")),
        ),
        Heading(t(lang, QT_TRANSLATE_NOOP("request_reports", "What you agreed to, now"))),
        Table(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Purpose")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "In force")),
            ),
            tuple(
                (label(lang, "consents", PURPOSE_LABELS[p]), _yes_no(lang, granted))
                for p, granted in c.consent_state.items()
            ),
            widths=(4, 1),
        ),
        Heading(t(lang, QT_TRANSLATE_NOOP("request_reports", "History of your consents"))),
        Table(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "When")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Purpose")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Given or withdrawn")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "How")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "What you were told")),
            ),
            tuple(
                (
                    format_datetime(r.at, lang),
                    label(lang, "consents", PURPOSE_LABELS[r.purpose]),
                    t(lang, QT_TRANSLATE_NOOP("request_reports", "Given"))
                    if r.granted
                    else t(lang, QT_TRANSLATE_NOOP("request_reports", "Withdrawn")),
                    label(lang, "consents", METHOD_LABELS[r.method]),
                    ""
                    if r.notice is None
                    else " / ".join(
                        label(lang, "consents", s)
                        for s in (r.notice.purpose, r.notice.channel, r.notice.frequency)
                    ),
                )
                for r in sorted(c.consents, key=lambda r: r.id)
            ),
            widths=(2, 3, 2, 2, 4),
            empty_text=t(lang, QT_TRANSLATE_NOOP("request_reports", "No consent recorded.")),
        ),
        Heading(t(lang, QT_TRANSLATE_NOOP("request_reports", "To whom we gave your data"))),
        Table(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "When")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "To whom")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Why")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "What")),
            ),
            tuple(
                (format_datetime(d.at, lang), d.recipient, d.basis, ", ".join(d.fields))
                for d in data.disclosures
            ),
            widths=(2, 3, 3, 3),
            empty_text=t(
                lang,
                QT_TRANSLATE_NOOP(
                    "request_reports", "We have not given your data to anyone outside the shop."
                ),
            ),
        ),
        Heading(t(lang, QT_TRANSLATE_NOOP("request_reports", "Your requests to us"))),
        Table(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "No.")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Received")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Request")),
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Status")),
            ),
            tuple(
                (
                    str(r.id),
                    format_date(r.received_at, lang),
                    label(lang, "requests", TYPE_LABELS[RequestType(r.type)]),
                    label(lang, "requests", STATUS_LABELS[Status(r.status)]),
                )
                for r in data.requests
            ),
            widths=(1, 2, 4, 3),
            empty_text=t(lang, QT_TRANSLATE_NOOP("request_reports", "No requests.")),
        ),
        Heading(label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "Who at the shop used your record"))),
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Every time a member of our staff opened, changed, printed or exported "
                    "your record, from our audit log.",
                ),
            ),
            "small",
        ),
        Table(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "When")),
                label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "Who")),
                label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "Role")),
                label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "What they did")),
            ),
            tuple(
                (
                    format_datetime(a.at, lang),
                    a.full_name or "—",
                    role_name(a, lang),
                    access_name(a, lang),
                )
                for a in data.accessed_by
            ),
            widths=(2, 3, 2, 4),
            empty_text=label(
                lang, CTX, QT_TRANSLATE_NOOP(CTX, "Nobody at the shop has used your record.")
            ),
        ),
    )
    return doc


def role_name(access: AccessLine, lang: str) -> str:
    return "" if access.role is None else label(lang, "roles", access.role.label)


def access_name(access: AccessLine, lang: str) -> str:
    """The action in plain words, with the report's kind when one was printed or saved."""
    what = action_label(access.action, lang)
    kind = REPORT_KINDS.get(access.kind)
    return f"{what}: {label(lang, 'reports', kind)}" if kind else what


def _yes_no(lang: str, value: bool) -> str:
    if value:
        return t(lang, QT_TRANSLATE_NOOP("request_reports", "Yes"))
    return t(lang, QT_TRANSLATE_NOOP("request_reports", "No"))


def _details(data: CustomerDataReport, lang: str) -> list[tuple[str, str]]:
    c = data.customer
    items = [(t(lang, QT_TRANSLATE_NOOP("request_reports", "Full name")), c.full_name)]
    for p in c.contacts:
        items.append(
            (label(lang, "customers", CONTACT_LABELS[p.kind]), unbreakable_numbers(p.value))
        )
    for a in c.addresses:
        items.append((t(lang, QT_TRANSLATE_NOOP("request_reports", "Address")), a.one_line()))
    if c.birth_date:
        items.append(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Birth date")),
                format_date(c.birth_date, lang),
            )
        )
    if c.notes:
        items.append((t(lang, QT_TRANSLATE_NOOP("request_reports", "Notes")), c.notes))
    if c.web_form_ip:
        items.append(
            (t(lang, QT_TRANSLATE_NOOP("request_reports", "Web form IP address")), c.web_form_ip)
        )
    if c.guardian:
        g = c.guardian
        items.append(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Parent or guardian")),
                ", ".join(v for v in (g.name, g.relationship, g.phone, g.email) if v),
            )
        )
    items += [
        (
            t(lang, QT_TRANSLATE_NOOP("request_reports", "Where we got your data")),
            label(lang, "customers", SOURCE_LABELS[c.source]),
        ),
        (
            t(lang, QT_TRANSLATE_NOOP("request_reports", "Customer since")),
            format_date(c.created_at, lang),
        ),
    ]
    if c.retention_until:
        items.append(
            (
                t(lang, QT_TRANSLATE_NOOP("request_reports", "Kept until")),
                format_date(c.retention_until, lang),
            )
        )
    return items


def export_customer_data_report_pdf(
    services: Services,
    actor: Actor,
    customer_id: int,
    path: Path,
    lang: str = "vi",
    request_id: int | None = None,
) -> int:
    """Care or director (PRINT_CUSTOMER_REPORT). Writes the PDF owner-only and atomically;
    returns its page count. Audit: ``customer_data_report_made`` (the service)."""
    data = services.requests.customer_data_report(actor, customer_id, request_id)
    by = display_name(signer(services.vault, actor), lang)  # the customer's paper: no login
    doc = build_customer_data_report(
        data, services.shop.profile(), by, lang=lang, demo=is_demo(services.vault)
    )
    return write_pdf(doc, Path(path))


def print_customer_data_report(
    services: Services,
    actor: Actor,
    customer_id: int,
    printer: QPrinter,
    lang: str = "vi",
    request_id: int | None = None,
) -> int:
    """As the PDF export, on the printer the dialog chose."""
    data = services.requests.customer_data_report(actor, customer_id, request_id)
    by = display_name(signer(services.vault, actor), lang)  # the customer's paper: no login
    doc = build_customer_data_report(
        data, services.shop.profile(), by, lang=lang, demo=is_demo(services.vault)
    )
    return print_report(doc, printer)


def export_customer_data_json(
    services: Services,
    actor: Actor,
    customer_id: int,
    path: Path,
    request_id: int | None = None,
    lang: str = "vi",
) -> None:
    """The machine-readable copy (UTF-8 JSON), owner-only and atomic. Same rights and audit.
    Each line of ``accessed_by`` also carries the role and the action in plain words."""
    data = services.requests.customer_data_report(actor, customer_id, request_id)
    doc = to_json(data)
    for line, access in zip(doc["accessed_by"], data.accessed_by, strict=True):
        line["role_name"] = role_name(access, lang)
        line["action_name"] = access_name(access, lang)
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    atomic_private_write(Path(path), text.encode("utf-8"))
