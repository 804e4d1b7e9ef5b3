"""Reply letters to a customer's request, headed by the shop's identity: one for each outcome
(received, more time needed, data report enclosed, corrected, deleted, withdrawal in effect,
complaint outcome, refused). Vietnamese by default, English on request; every print is audited
by the service that hands over the letter's content."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain import corrections
from shopprivacy.domain.consents import PURPOSE_LABELS, Purpose
from shopprivacy.domain.erasure import ACCOUNTING_HOLD, ACCOUNTING_YEARS, WARRANTY_HOLD
from shopprivacy.domain.request_letters import LetterContent, LetterKind
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import (
    Block,
    KeyValues,
    Paragraph,
    ReportDocument,
    Signature,
    Table,
)
from shopprivacy.reports.render import print_report, write_pdf
from shopprivacy.reports.request_wording import addressed, label, t
from shopprivacy.reports.text import format_date
from shopprivacy.services import Services
from shopprivacy.services.reports_log import is_demo

REQ = "requests"

AUTHORITY = QT_TRANSLATE_NOOP(
    "request_reports",
    "If you disagree, you may ask us again or complain to the authority for personal data "
    "protection: the Department of Cybersecurity and High-Tech Crime Prevention (A05), "
    "Ministry of Public Security.",
)


def build_request_letter(
    content: LetterContent,
    printed_by: str,
    printed_at: datetime | None = None,
    lang: str = "vi",
    demo: bool = False,
) -> ReportDocument:
    """The letter as a document (no Qt): the renderer turns it into pages."""
    when = printed_at or datetime.now(UTC)
    req = content.request
    doc = ReportDocument(
        title=t(lang, QT_TRANSLATE_NOOP("request_reports", "Reply to your personal data request")),
        subtitle=label(lang, REQ, content.kind.label),
        profile=content.profile,
        printed_by=printed_by,
        printed_at=when,
        lang=lang,
        demo=demo,
    )
    addressee = (
        addressed(lang, content.honorific, content.addressee)
        if content.addressee
        else t(
            lang,
            QT_TRANSLATE_NOOP("request_reports", "The person who made request no. {id}"),
            id=req.id,
        )
    )
    items = [(t(lang, QT_TRANSLATE_NOOP("request_reports", "To")), addressee)]
    if content.address:
        items.append((t(lang, QT_TRANSLATE_NOOP("request_reports", "Address")), content.address))
    items += [
        (t(lang, QT_TRANSLATE_NOOP("request_reports", "Our reference")), f"#{req.id}"),
        (
            t(lang, QT_TRANSLATE_NOOP("request_reports", "Your request")),
            label(lang, REQ, req.type.label),
        ),
        (
            t(lang, QT_TRANSLATE_NOOP("request_reports", "Received on")),
            format_date(req.received_at, lang),
        ),
        (
            t(lang, QT_TRANSLATE_NOOP("request_reports", "Date of this letter")),
            format_date(when, lang),
        ),
    ]
    doc.add(KeyValues(tuple(items)))
    greeting = (
        t(
            lang,
            QT_TRANSLATE_NOOP("request_reports", "Dear {name},"),
            name=addressed(lang, content.honorific, content.addressee),
        )
        if content.addressee
        else t(lang, QT_TRANSLATE_NOOP("request_reports", "Dear customer,"))
    )
    doc.add(Paragraph(greeting))
    doc.add(*_body(content, lang, when))
    contact = " · ".join(v for v in (content.profile.phone, content.profile.email) if v)
    if contact and content.staff_name:
        doc.add(
            Paragraph(
                t(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "request_reports",
                        "For any question about this letter, contact {staff}: {contact}.",
                    ),
                    staff=content.staff_name,
                    contact=contact,
                )
            )
        )
    elif contact:
        doc.add(
            Paragraph(
                t(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "request_reports",
                        "For any question about this letter, contact us: {contact}.",
                    ),
                    contact=contact,
                )
            )
        )
    doc.add(
        Paragraph(t(lang, QT_TRANSLATE_NOOP("request_reports", "Yours sincerely,"))),
        Signature(
            t(lang, QT_TRANSLATE_NOOP("request_reports", "For the shop")),
            " · ".join(v for v in (content.staff_name, content.profile.name) if v),
        ),
    )
    return doc


def _body(content: LetterContent, lang: str, when: datetime) -> list[Block]:
    req = content.request
    kind = content.kind
    if kind is LetterKind.ACKNOWLEDGED:
        return [
            Paragraph(
                t(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "request_reports",
                        "We received your request on {received} and are dealing with it. We "
                        "will reply by {due} at the latest.",
                    ),
                    received=format_date(req.received_at, lang),
                    due=format_date(req.due, lang),
                )
            )
        ]
    if kind is LetterKind.EXTENDED:
        return [
            Paragraph(
                t(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "request_reports",
                        "We need more time to complete your request. We will reply by {due} at "
                        "the latest, instead of {before}. The reason:",
                    ),
                    due=format_date(req.due, lang),
                    before=format_date(req.complete_due, lang),
                )
            ),
            Paragraph(req.extension_reason or "", "strong"),
        ]
    if kind is LetterKind.ACCESS_PROVIDED:
        return [
            Paragraph(
                t(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "request_reports",
                        "Enclosed is the report of all personal data we hold about you: your "
                        "details, your orders, your consents and their history, to whom we have "
                        "given your data, and your requests to us. If anything is wrong, you "
                        "may ask us to correct it.",
                    ),
                )
            )
        ]
    if kind is LetterKind.CORRECTED:
        rows = tuple(
            (
                label(lang, REQ, corrections.FIELD_LABELS.get(h.field or "", h.field or "")),
                h.old or "—",
                h.new or "—",
            )
            for h in content.corrections
        )
        return [
            Paragraph(
                t(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "request_reports",
                        "We have corrected your personal data as you asked. What changed:",
                    ),
                )
            ),
            Table(
                (
                    t(lang, QT_TRANSLATE_NOOP("request_reports", "Field")),
                    t(lang, QT_TRANSLATE_NOOP("request_reports", "Before")),
                    t(lang, QT_TRANSLATE_NOOP("request_reports", "Now")),
                ),
                rows,
                widths=(2, 3, 3),
            ),
        ]
    if kind is LetterKind.DELETED:
        return _deleted(content, lang)
    if kind is LetterKind.CLOSED_BY_ERASURE:
        return _closed_by_erasure(content, lang)
    if kind is LetterKind.WITHDRAWAL_DONE:
        purposes = [
            label(lang, "consents", PURPOSE_LABELS[Purpose(p)])
            for p in content.withdrawn
            if p in {x.value for x in Purpose}
        ]
        blocks: list[Block] = [
            Paragraph(
                t(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "request_reports",
                        "Your request took effect the day we received it, {received}: we no "
                        "longer use your data for marketing, and we no longer share it with our "
                        "partners.",
                    ),
                    received=format_date(req.received_at, lang),
                )
            )
        ]
        if purposes:
            blocks.append(
                Paragraph(
                    t(lang, QT_TRANSLATE_NOOP("request_reports", "Consents withdrawn:")), "strong"
                )
            )
            blocks += [Paragraph("• " + p) for p in purposes]
        return blocks
    if kind is LetterKind.COMPLAINT_OUTCOME:
        blocks = [
            Paragraph(
                t(
                    lang,
                    QT_TRANSLATE_NOOP(
                        "request_reports", "We have investigated your complaint. What we found:"
                    ),
                )
            ),
            Paragraph(req.outcome or "", "strong"),
        ]
        if req.remedy:
            blocks += [
                Paragraph(
                    t(lang, QT_TRANSLATE_NOOP("request_reports", "What we have done about it:"))
                ),
                Paragraph(req.remedy, "strong"),
            ]
        blocks.append(Paragraph(t(lang, AUTHORITY), "small"))
        return blocks
    return [
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    "request_reports", "We cannot carry out your request, for this reason:"
                ),
            )
        ),
        Paragraph(req.reason or "", "strong"),
        Paragraph(t(lang, AUTHORITY), "small"),
    ]


def _kept_note(content: LetterContent, lang: str) -> list[Block]:
    if content.kept_until is None:
        return []
    return [
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    "request_reports",
                    "We keep only your name and postal address with this request, to send you "
                    "this letter and to show we answered it, until {date}; then they are "
                    "deleted too.",
                ),
                date=format_date(content.kept_until, lang),
            ),
            "small",
        )
    ]


def _closed_by_erasure(content: LetterContent, lang: str) -> list[Block]:
    req = content.request
    return [
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    "request_reports",
                    "On {date}, as you asked in request no. {deletion}, we deleted your personal "
                    "data for good. This request of yours is therefore closed: there is no "
                    "longer any data of yours for us to act on.",
                ),
                date=format_date(req.closed_at or req.received_at, lang),
                deletion=content.erased_by_request or "",
            )
        ),
        *_kept_note(content, lang),
    ]


def _deleted(content: LetterContent, lang: str) -> list[Block]:
    req = content.request
    blocks: list[Block] = [
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    "request_reports",
                    "On {date} we deleted your personal data for good: your name, phone "
                    "numbers, emails, addresses, notes and what you agreed to no longer exist in "
                    "our records. This cannot be undone.",
                ),
                date=format_date(req.closed_at or req.received_at, lang),
            )
        ),
        *_kept_note(content, lang),
    ]
    holds = content.holds
    if holds is not None and holds.keeps_anything:
        blocks.append(Paragraph(label(lang, REQ, ACCOUNTING_HOLD, years=ACCOUNTING_YEARS)))
        for hold in holds.open_warranties:
            blocks.append(
                Paragraph(
                    label(
                        lang,
                        REQ,
                        WARRANTY_HOLD,
                        order=hold.order_id,
                        until=format_date(hold.warranty_until, lang),
                    ),
                    "note",
                )
            )
    return blocks


def export_request_letter_pdf(
    services: Services,
    actor: Actor,
    request_id: int,
    path: Path,
    lang: str = "vi",
    kind: LetterKind | None = None,
) -> int:
    """Care or director (WORK_REQUESTS). Writes the letter (owner-only, atomically) and returns
    its page count. Audit: ``request_letter_printed`` (by the service handing over the content)."""
    content = services.requests.letter_content(actor, request_id, kind)
    doc = build_request_letter(
        content,
        content.printed_by_name or actor.username,
        lang=lang,
        demo=is_demo(services.vault),
    )
    return write_pdf(doc, Path(path))


def print_request_letter(
    services: Services,
    actor: Actor,
    request_id: int,
    printer: QPrinter,
    lang: str = "vi",
    kind: LetterKind | None = None,
) -> int:
    """Care or director (WORK_REQUESTS), on the printer the dialog chose. Audit:
    ``request_letter_printed``."""
    content = services.requests.letter_content(actor, request_id, kind)
    doc = build_request_letter(
        content,
        content.printed_by_name or actor.username,
        lang=lang,
        demo=is_demo(services.vault),
    )
    return print_report(doc, printer)
