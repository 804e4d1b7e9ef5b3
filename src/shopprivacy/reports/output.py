"""Sending a built report out, and recording that it went out: one place, so no report forgets
the audit entry a print or an export owes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.reports.document import AuditAnchor, ReportDocument
from shopprivacy.reports.official import display_name
from shopprivacy.reports.render import print_report, write_pdf
from shopprivacy.security.permissions import Permission
from shopprivacy.services import Services
from shopprivacy.services.reports_log import is_demo, record_report
from shopprivacy.services.staff_names import signer


def shop_report(
    services: Services,
    actor: Actor,
    title: str,
    subtitle: str,
    lang: str,
    profile: ShopProfile | None = None,
    audit_head: AuditAnchor | None = None,
) -> ReportDocument:
    """A report headed with the shop's details (``profile`` when the caller already read them),
    printed by ``actor`` now, named by full name (never the login); a practice shop's reports
    say so."""
    return ReportDocument(
        title=title,
        subtitle=subtitle,
        profile=profile if profile is not None else services.shop.profile(),
        printed_by=display_name(signer(services.vault, actor), lang),
        printed_at=services.vault.now(),
        lang=lang,
        demo=is_demo(services.vault),
        audit_head=audit_head,
    )


def export_and_log(
    services: Services,
    actor: Actor,
    report: ReportDocument,
    path: Path,
    kind: str,
    permission: Permission,
    target_type: str | None = None,
    target_id: object = None,
) -> int:
    """Write the PDF (owner-only, atomic), then log ``report_exported``; returns the pages."""
    pages = write_pdf(report, Path(path))
    record_report(
        services.vault, actor, kind, permission, target_type, target_id, pages, exported=True
    )
    return pages


def print_and_log(
    services: Services,
    actor: Actor,
    report: ReportDocument,
    printer: QPrinter,
    kind: str,
    permission: Permission,
    target_type: str | None = None,
    target_id: object = None,
) -> int:
    """Print on the dialog's printer, then log ``report_printed``; returns the pages sent.
    (A print preview should call ``render.print_report`` alone: looking is not printing.)"""
    pages = print_report(report, printer)
    record_report(services.vault, actor, kind, permission, target_type, target_id, pages)
    return pages
