"""The customer card the desk prints: the record, its orders and the consents in force, laid out
with the reports' document model (the renderer adds the shop, page numbers and who printed it)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.customers import CustomerDetails
from shopprivacy.domain.staff import ShopProfile
from shopprivacy.reports.document import Heading, KeyValues, Paragraph, ReportDocument, Table
from shopprivacy.ui.desk.labels import contact_label, day_text, purpose_label, source_label

CTX = "CustomerCard"


def current_language() -> str:
    """The language the screens are in now (the card is printed in the same one)."""
    title = "Customer card"
    return "en" if QCoreApplication.translate(CTX, title) == title else "vi"


def build_card(
    details: CustomerDetails,
    profile: ShopProfile,
    printed_by: str,
    printed_at: datetime,
    demo: bool = False,
) -> ReportDocument:
    c = details
    doc = ReportDocument(
        title=QCoreApplication.translate(CTX, "Customer card"),
        subtitle=QCoreApplication.translate(CTX, "Customer no. {id}").format(id=c.id),
        profile=profile,
        printed_by=printed_by,
        printed_at=printed_at,
        lang=current_language(),
        demo=demo,
    )
    items = [(QCoreApplication.translate(CTX, "Full name"), c.full_name)]
    items += [(contact_label(p.kind), p.value) for p in c.contacts]
    items += [
        (
            QCoreApplication.translate(CTX, "Home address")
            if a.kind.value == "home"
            else QCoreApplication.translate(CTX, "Office address"),
            a.one_line(),
        )
        for a in c.addresses
    ]
    if c.birth_date:
        items.append((QCoreApplication.translate(CTX, "Birth date"), day_text(c.birth_date)))
    if c.guardian is not None:
        items.append((QCoreApplication.translate(CTX, "Guardian"), c.guardian.name))
    items.append((QCoreApplication.translate(CTX, "Details came from"), source_label(c.source)))
    items.append((QCoreApplication.translate(CTX, "Customer since"), day_text(c.created_at)))
    if c.retention_until:
        items.append((QCoreApplication.translate(CTX, "Kept until"), day_text(c.retention_until)))
    doc.add(Heading(QCoreApplication.translate(CTX, "Details")), KeyValues(tuple(items)))
    if c.notes:
        doc.add(Paragraph(c.notes, "note"))
    doc.add(
        Heading(QCoreApplication.translate(CTX, "Orders")),
        Table(
            (
                QCoreApplication.translate(CTX, "Date"),
                QCoreApplication.translate(CTX, "Sold or installed"),
                QCoreApplication.translate(CTX, "Warranty until"),
            ),
            tuple(
                (day_text(o.sold_on), o.description, day_text(o.warranty_until)) for o in c.orders
            ),
            widths=(1, 3, 1),
            empty_text=QCoreApplication.translate(CTX, "No orders."),
        ),
    )
    agreed = QCoreApplication.translate(CTX, "Agreed")
    not_agreed = QCoreApplication.translate(CTX, "Not agreed")
    doc.add(
        Heading(QCoreApplication.translate(CTX, "Consents in force")),
        Table(
            (QCoreApplication.translate(CTX, "Purpose"), QCoreApplication.translate(CTX, "State")),
            tuple(
                (purpose_label(p), agreed if c.consent_state.get(p) else not_agreed)
                for p in Purpose
            ),
            widths=(3, 1),
        ),
    )
    if c.masked:
        doc.add(
            Paragraph(
                QCoreApplication.translate(
                    CTX, "Contact details are partly hidden for the role that printed this card."
                ),
                "small",
            )
        )
    return doc
