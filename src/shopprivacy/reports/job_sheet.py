"""An installer's job sheet: the customer's name, phone and installation address, nothing more.

Making the sheet records the disclosure first (basis: contract), so a sheet exists only when the
disclosure was allowed: a partner whose agreement expired gets no sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.disclosures import JOB_SHEET_FIELDS, DisclosedField, JobSheet
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import KeyValues, Paragraph, ReportDocument, Signature
from shopprivacy.reports.output import export_and_log, print_and_log, shop_report
from shopprivacy.reports.text import format_date, tr, unbreakable_numbers
from shopprivacy.security.permissions import Permission
from shopprivacy.services import Services

KIND = "job_sheet"


def build_job_sheet(
    services: Services,
    actor: Actor,
    customer_id: int,
    partner_id: int,
    purpose: str = "",
    lang: str = "vi",
    fields: tuple[DisclosedField, ...] = JOB_SHEET_FIELDS,
) -> ReportDocument:
    """Sales and director (RECORD_PARTNER_DISCLOSURE). Audit: ``disclosure_recorded`` (with
    ``job_sheet`` true) by the service; the print or export is logged by the caller's helper."""
    sheet = _record(services, actor, customer_id, partner_id, purpose, lang, fields)
    return _document(services, actor, sheet, lang)


def _record(
    services: Services,
    actor: Actor,
    customer_id: int,
    partner_id: int,
    purpose: str,
    lang: str,
    fields: tuple[DisclosedField, ...],
) -> JobSheet:
    work = purpose.strip() or tr(lang, QT_TRANSLATE_NOOP("reports", "Installation"))
    return services.disclosures.record_job_sheet(actor, customer_id, partner_id, work, fields)


def _document(services: Services, actor: Actor, sheet: JobSheet, lang: str) -> ReportDocument:
    kind = load_catalog(lang).translate("disclosures", sheet.partner.kind.label)
    title = tr(lang, QT_TRANSLATE_NOOP("reports", "Job sheet"))
    report = shop_report(services, actor, title, f"{sheet.partner.name} ({kind})", lang)
    d = sheet.disclosure
    # Only the details the disclosure gave: a detail left out has no line at all.
    given = {
        DisclosedField.NAME: (QT_TRANSLATE_NOOP("reports", "Customer"), sheet.customer_name),
        DisclosedField.PHONE: (
            QT_TRANSLATE_NOOP("reports", "Phone"),
            unbreakable_numbers(sheet.phone),
        ),
        DisclosedField.ADDRESS: (
            QT_TRANSLATE_NOOP("reports", "Installation address"),
            sheet.address,
        ),
    }
    lines = [(tr(lang, key), value) for f, (key, value) in given.items() if f in d.fields]
    report.add(
        KeyValues(
            (
                *lines,
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Work")), d.purpose),
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Date")), format_date(d.at, lang)),
                (tr(lang, QT_TRANSLATE_NOOP("reports", "Disclosure no.")), str(d.id)),
            )
        ),
        Paragraph(
            tr(
                lang,
                QT_TRANSLATE_NOOP(
                    "reports",
                    "These details are given only for this job, under the confidentiality "
                    "agreement {reference}. Do not copy or keep them after the job; return or "
                    "destroy this sheet when the work is done.",
                ),
                reference=sheet.partner.agreement_reference or "",
            ),
            "warning",
        ),
        Signature(tr(lang, QT_TRANSLATE_NOOP("reports", "Received by (partner)"))),
    )
    return report


def export_job_sheet_pdf(
    services: Services,
    actor: Actor,
    customer_id: int,
    partner_id: int,
    path: Path,
    purpose: str = "",
    lang: str = "vi",
) -> int:
    """Sales and director. Records the disclosure, writes the PDF. Audit:
    ``disclosure_recorded`` then ``report_exported`` (kind ``job_sheet``) on the customer."""
    report = build_job_sheet(services, actor, customer_id, partner_id, purpose, lang)
    return export_and_log(
        services, actor, report, path, KIND, Permission.RECORD_PARTNER_DISCLOSURE,
        "customer", customer_id,
    )  # fmt: skip


def print_job_sheet(
    services: Services,
    actor: Actor,
    customer_id: int,
    partner_id: int,
    printer: QPrinter,
    purpose: str = "",
    lang: str = "vi",
) -> int:
    """Sales and director. Records the disclosure, prints. Audit: ``disclosure_recorded`` then
    ``report_printed`` (kind ``job_sheet``) on the customer."""
    report = build_job_sheet(services, actor, customer_id, partner_id, purpose, lang)
    return print_and_log(
        services, actor, report, printer, KIND, Permission.RECORD_PARTNER_DISCLOSURE,
        "customer", customer_id,
    )  # fmt: skip


@dataclass(frozen=True)
class JobSheetOutput:
    disclosure_id: int
    pages_saved: int
    pages_printed: int


def output_job_sheet(
    services: Services,
    actor: Actor,
    customer_id: int,
    partner_id: int,
    pdf_path: Path | None,
    printer: QPrinter | None,
    purpose: str = "",
    lang: str = "vi",
    fields: tuple[DisclosedField, ...] = JOB_SHEET_FIELDS,
) -> JobSheetOutput:
    """Sales and director. One sheet, one disclosure, saved and/or printed: the same paper
    twice is still one disclosure. Audit: ``disclosure_recorded``, then ``report_exported``
    and/or ``report_printed`` (kind ``job_sheet``) on the customer."""
    sheet = _record(services, actor, customer_id, partner_id, purpose, lang, fields)
    report = _document(services, actor, sheet, lang)
    saved = printed = 0
    if pdf_path is not None:
        saved = export_and_log(
            services, actor, report, pdf_path, KIND, Permission.RECORD_PARTNER_DISCLOSURE,
            "customer", customer_id,
        )  # fmt: skip
    if printer is not None:
        printed = print_and_log(
            services, actor, report, printer, KIND, Permission.RECORD_PARTNER_DISCLOSURE,
            "customer", customer_id,
        )  # fmt: skip
    return JobSheetOutput(sheet.disclosure.id, saved, printed)
