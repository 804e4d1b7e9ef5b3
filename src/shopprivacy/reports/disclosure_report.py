"""The disclosure register for a period, and one customer's disclosures: what went to whom, on
what basis, why, and who recorded it. Customers appear by number in the register (the paper
carries no more personal data than the director needs to answer for each disclosure)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.disclosures import DisclosureInfo
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.access_review import period_bounds
from shopprivacy.reports.document import KeyValues, Paragraph, ReportDocument, Table
from shopprivacy.reports.output import export_and_log, print_and_log, shop_report
from shopprivacy.reports.text import format_date, format_datetime, tr
from shopprivacy.security.permissions import Permission
from shopprivacy.services import Services

KIND = "disclosure_register"
CUSTOMER_KIND = "customer_disclosures"


def _label(lang: str, source: str) -> str:
    return load_catalog(lang).translate("disclosures", source)


def _table(
    items: list[DisclosureInfo], names: dict[int, str], lang: str, with_customers: bool
) -> Table:
    rows = []
    for d in items:
        basis = _label(lang, d.basis.label)
        if d.reference:
            basis += f" ({d.reference})"
        recipient = f"{d.partner_name} ({_label(lang, d.partner_kind.label)})"
        row = [
            str(d.id),
            format_datetime(d.at, lang),
            recipient,
            ", ".join(_label(lang, f.label) for f in d.fields),
            basis,
            d.purpose,
            names.get(d.recorded_by or 0, f"#{d.recorded_by}"),
        ]
        if with_customers:
            row.insert(3, ", ".join(f"#{c}" for c in d.customer_ids))
        rows.append(tuple(row))
    headers = [
        tr(lang, QT_TRANSLATE_NOOP("reports", "No.")),
        tr(lang, QT_TRANSLATE_NOOP("reports", "Time")),
        tr(lang, QT_TRANSLATE_NOOP("reports", "Given to")),
        tr(lang, QT_TRANSLATE_NOOP("reports", "Details given")),
        tr(lang, QT_TRANSLATE_NOOP("reports", "Basis")),
        tr(lang, QT_TRANSLATE_NOOP("reports", "Purpose")),
        tr(lang, QT_TRANSLATE_NOOP("reports", "Recorded by")),
    ]
    widths = [6, 13, 20, 16, 18, 16, 11]
    if with_customers:
        headers.insert(3, tr(lang, QT_TRANSLATE_NOOP("reports", "Customers")))
        widths = [5, 12, 17, 10, 14, 16, 14, 11]
    return Table(
        headers=tuple(headers),
        rows=tuple(rows),
        widths=tuple(float(w) for w in widths),
        empty_text=tr(lang, QT_TRANSLATE_NOOP("reports", "No disclosure was recorded.")),
    )


def _staff_names(services: Services, actor: Actor) -> dict[int, str]:
    return {s.id: s.username for s in services.staff.list_staff(actor)}


def build_disclosure_register(
    services: Services, actor: Actor, date_from: date, date_to: date, lang: str = "vi"
) -> ReportDocument:
    """Director only (PRINT_DISCLOSURE_REPORTS). Reading the register is logged by the service
    (``disclosures_listed``)."""
    if date_to < date_from:
        date_from, date_to = date_to, date_from
    since, until = period_bounds(date_from, date_to)
    items = services.disclosures.list_disclosures(actor, since, until)
    period = tr(
        lang,
        QT_TRANSLATE_NOOP("reports", "From {start} to {end}"),
        start=format_date(date_from, lang),
        end=format_date(date_to, lang),
    )
    title = tr(lang, QT_TRANSLATE_NOOP("reports", "Register of disclosures to third parties"))
    report = shop_report(services, actor, title, period, lang)
    customers = len({c for d in items for c in d.customer_ids})
    report.add(
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "Every time customers' personal data was given to someone outside the "
                    "shop during the period. Customers are shown by their number in the app. "
                    "Times are shop time (Vietnam).",
                ),
            ),
            "note",
        ),
        KeyValues(
            (
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Period")), period),
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Disclosures")), str(len(items))),
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Customers concerned")), str(customers)),
            )
        ),
        _table(items, _staff_names(services, actor), lang, with_customers=True),
    )
    return report


def build_customer_disclosures(
    services: Services, actor: Actor, customer_id: int, lang: str = "vi"
) -> ReportDocument:
    """Director only (PRINT_DISCLOSURE_REPORTS). Audit: ``disclosures_listed`` on the customer
    and ``customer_viewed`` (the name is read to head the page)."""
    items = services.disclosures.customer_disclosures(actor, customer_id)
    customer = services.customers.get_customer(actor, customer_id)
    title = tr(lang, QT_TRANSLATE_NOOP("reports", "Disclosures of one customer's data"))
    subtitle = f"{customer.full_name} (#{customer_id})"
    report = shop_report(services, actor, title, subtitle, lang)
    report.add(
        KeyValues(
            (
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Customer")), subtitle),
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Disclosures")), str(len(items))),
            )
        ),
        _table(items, _staff_names(services, actor), lang, with_customers=False),
    )
    return report


def export_disclosure_register_pdf(
    services: Services, actor: Actor, date_from: date, date_to: date, path: Path, lang: str = "vi"
) -> int:
    """Director only. Writes the PDF and returns its page count. Audit: ``report_exported``
    (kind ``disclosure_register``)."""
    report = build_disclosure_register(services, actor, date_from, date_to, lang)
    return export_and_log(services, actor, report, path, KIND, Permission.PRINT_DISCLOSURE_REPORTS)


def print_disclosure_register(
    services: Services,
    actor: Actor,
    date_from: date,
    date_to: date,
    printer: QPrinter,
    lang: str = "vi",
) -> int:
    """Director only. Prints on the printer the dialog chose. Audit: ``report_printed``."""
    report = build_disclosure_register(services, actor, date_from, date_to, lang)
    return print_and_log(
        services, actor, report, printer, KIND, Permission.PRINT_DISCLOSURE_REPORTS
    )


def export_customer_disclosures_pdf(
    services: Services, actor: Actor, customer_id: int, path: Path, lang: str = "vi"
) -> int:
    """Director only. Audit: ``report_exported`` (kind ``customer_disclosures``) on the
    customer."""
    report = build_customer_disclosures(services, actor, customer_id, lang)
    return export_and_log(
        services, actor, report, path, CUSTOMER_KIND, Permission.PRINT_DISCLOSURE_REPORTS,
        "customer", customer_id,
    )  # fmt: skip
