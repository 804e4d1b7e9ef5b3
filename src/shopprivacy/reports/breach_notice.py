"""A breach's paperwork: the notification to A05 (the Ministry of Public Security's agency for
personal data protection), the incident record ("biên bản") the shop keeps, and one letter per
affected customer, each headed by the shop's identity. Vietnamese by default, English on
request; every print and PDF is audited through ``reports.output``."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter

from shopprivacy.domain.breaches import CTX as LABELS
from shopprivacy.domain.breaches import BreachInfo, clock
from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import (
    Block,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    ReportDocument,
    Signature,
    Table,
)
from shopprivacy.reports.official import (
    addressee,
    contact_line,
    display_name,
    greeting,
    official_heading,
    place_date,
)
from shopprivacy.reports.output import export_and_log, print_and_log, shop_report
from shopprivacy.reports.request_wording import label
from shopprivacy.reports.text import format_datetime
from shopprivacy.security.permissions import Permission
from shopprivacy.services import Services
from shopprivacy.services.breaches import Addressee, BreachLetters
from shopprivacy.services.staff_names import StaffName, read_staff_names, signer

CTX = "breach_reports"
TARGET = "breach"

AGENCY = QT_TRANSLATE_NOOP(
    CTX,
    "Department of Cybersecurity and High-Tech Crime Prevention (A05), Ministry of Public Security",
)


class BreachPaper(StrEnum):
    """Which paper to make; the value is the report kind in the audit log."""

    AUTHORITY_NOTICE = "breach_notice"
    INCIDENT_RECORD = "breach_record"
    CUSTOMER_LETTERS = "breach_letters"


def t(lang: str, source: str, **params: Any) -> str:
    return label(lang, CTX, source, **params)


def _categories(info: BreachInfo, lang: str) -> str:
    return ", ".join(label(lang, LABELS, c.label) for c in info.categories)


def _affected(info: BreachInfo, lang: str) -> str:
    if info.all_customers:
        return t(lang, QT_TRANSLATE_NOOP(CTX, "All customers ({n})"), n=len(info.customer_ids))
    return t(lang, QT_TRANSLATE_NOOP(CTX, "{n} customers"), n=len(info.customer_ids))


def _document(
    services: Services,
    person: StaffName,
    actor: Actor,
    title: str,
    profile: ShopProfile,
    lang: str,
    sub: str = "",
    official: bool = True,
) -> ReportDocument:
    """Headed as an official paper, printed by the signer's full name (never a login name)."""
    doc = shop_report(services, actor, title, sub, lang, profile)
    doc.printed_by = display_name(person, lang)
    if official:
        doc.official = official_heading(profile, doc.printed_at, lang)
    return doc


def _controller(profile: ShopProfile, lang: str) -> KeyValues:
    rows = [(t(lang, QT_TRANSLATE_NOOP(CTX, "Data controller")), profile.name)]
    for source, value in (
        (QT_TRANSLATE_NOOP(CTX, "Address"), profile.address),
        (QT_TRANSLATE_NOOP(CTX, "Phone"), profile.phone),
        (QT_TRANSLATE_NOOP(CTX, "Email"), profile.email),
    ):
        if value:
            rows.append((t(lang, source), value))
    return KeyValues(tuple(rows))


def _facts(info: BreachInfo, lang: str) -> KeyValues:
    return KeyValues(
        (
            (t(lang, QT_TRANSLATE_NOOP(CTX, "Breach no.")), f"#{info.id}"),
            (
                t(lang, QT_TRANSLATE_NOOP(CTX, "Happened at")),
                format_datetime(info.happened_at, lang),
            ),
            (t(lang, QT_TRANSLATE_NOOP(CTX, "Found at")), format_datetime(info.found_at, lang)),
            (
                t(lang, QT_TRANSLATE_NOOP(CTX, "To notify A05 by")),
                format_datetime(info.deadline, lang),
            ),
            (t(lang, QT_TRANSLATE_NOOP(CTX, "Data affected")), _categories(info, lang)),
            (t(lang, QT_TRANSLATE_NOOP(CTX, "Customers affected")), _affected(info, lang)),
        )
    )


def _texts(info: BreachInfo, lang: str) -> list[Block]:
    none = t(lang, QT_TRANSLATE_NOOP(CTX, "(none written)"))
    return [
        Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "What happened")), 2),
        Paragraph(info.description),
        Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "Measures taken")), 2),
        Paragraph(info.measures or none),
    ]


def build_authority_notice(
    services: Services, actor: Actor, breach_id: int, lang: str = "vi"
) -> ReportDocument:
    """Director only (the breach service refuses and logs anyone else; its read is audited)."""
    info = services.breaches.get_breach(actor, breach_id)
    profile = services.shop.profile()
    person = signer(services.vault, actor)
    doc = _document(
        services,
        person,
        actor,
        t(lang, QT_TRANSLATE_NOOP(CTX, "Notification of a personal data breach")),
        profile,
        lang,
    )
    doc.add(
        KeyValues(((t(lang, QT_TRANSLATE_NOOP(CTX, "To")), t(lang, AGENCY)),)),
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Under the Law on Personal Data Protection (91/2025/QH15), we notify you "
                    "of a breach of the personal data we hold, within 72 hours of finding it.",
                ),
            )
        ),
        Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "The controller"))),
        _controller(profile, lang),
        Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "The breach"))),
        _facts(info, lang),
        *_texts(info, lang),
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    CTX,
                    "We will inform the affected customers and keep a record of this breach. "
                    "Contact person for this notification: {name}.",
                ),
                name=contact_line(person, profile, lang),
            )
        ),
        Signature(t(lang, QT_TRANSLATE_NOOP(CTX, "For the controller")), person.full_name),
    )
    return doc


def build_incident_record(
    services: Services, actor: Actor, breach_id: int, lang: str = "vi"
) -> ReportDocument:
    """Director only. The shop's own record of the breach: facts, steps with their times, the
    state of the 72-hour clock, and lines to sign."""
    info = services.breaches.get_breach(actor, breach_id)
    profile = services.shop.profile()
    now = services.vault.now()
    state = clock(info.found_at, info.authority_notified_at, now)
    person = signer(services.vault, actor)
    doc = _document(
        services,
        person,
        actor,
        t(lang, QT_TRANSLATE_NOOP(CTX, "Incident record of a personal data breach")),
        profile,
        lang,
        sub=label(lang, LABELS, info.status.label),
    )
    steps: list[tuple[str, str, str]] = [
        (
            t(lang, QT_TRANSLATE_NOOP(CTX, "Breach found")),
            format_datetime(info.found_at, lang),
            "",
        )
    ]
    if info.authority_notified_at is not None:
        steps.append(
            (
                t(lang, QT_TRANSLATE_NOOP(CTX, "A05 notified")),
                format_datetime(info.authority_notified_at, lang),
                info.authority_reference,
            )
        )
    if info.customers_notified_at is not None:
        steps.append(
            (
                t(lang, QT_TRANSLATE_NOOP(CTX, "Customers notified")),
                format_datetime(info.customers_notified_at, lang),
                "",
            )
        )
    if info.closed_at is not None:
        steps.append(
            (
                t(lang, QT_TRANSLATE_NOOP(CTX, "Closed")),
                format_datetime(info.closed_at, lang),
                info.closing_note,
            )
        )
    doc.add(
        _controller(profile, lang),
        Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "The breach"))),
        _facts(info, lang),
        KeyValues(
            (
                (
                    t(lang, QT_TRANSLATE_NOOP(CTX, "72-hour clock")),
                    f"{state.icon} " + state.words().render(load_catalog(lang).translate),
                ),
                (t(lang, QT_TRANSLATE_NOOP(CTX, "Recorded by")), _recorder(services, info, lang)),
                (
                    t(lang, QT_TRANSLATE_NOOP(CTX, "Contact person")),
                    contact_line(person, profile, lang),
                ),
            )
        ),
        *_texts(info, lang),
        Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "Steps taken"))),
        Table(
            headers=(
                t(lang, QT_TRANSLATE_NOOP(CTX, "Step")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "When")),
                t(lang, QT_TRANSLATE_NOOP(CTX, "Reference or note")),
            ),
            rows=tuple(steps),
            widths=(25, 20, 55),
        ),
    )
    if not info.all_customers and info.customer_ids:
        doc.add(
            Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "Customers affected (record numbers)")), 2),
            Paragraph(", ".join(f"#{cid}" for cid in info.customer_ids), "small"),
        )
    doc.add(
        Signature(t(lang, QT_TRANSLATE_NOOP(CTX, "Director")), person.full_name),
        Signature(t(lang, QT_TRANSLATE_NOOP(CTX, "Witness"))),
    )
    return doc


def _recorder(services: Services, info: BreachInfo, lang: str) -> str:
    """Who wrote the breach down, by full name and role (the account may be gone since)."""
    if info.recorded_by is None:
        return "—"
    found = read_staff_names(services.vault, (info.recorded_by,)).get(info.recorded_by)
    if found is None or not found.full_name:
        return "—"
    return f"{found.full_name} ({label(lang, 'roles', found.role.label)})"


def _letter(
    letters: BreachLetters, who: Addressee, person: StaffName, made_at: datetime, lang: str
) -> list[Block]:
    info, profile = letters.breach, letters.profile
    items = [(t(lang, QT_TRANSLATE_NOOP(CTX, "Addressee")), addressee(who.name, lang))]
    if who.address:
        items.append((t(lang, QT_TRANSLATE_NOOP(CTX, "Address")), who.address))
    items.append((t(lang, QT_TRANSLATE_NOOP(CTX, "Our reference")), f"#{info.id}"))
    contact = contact_line(person, profile, lang)
    if profile.email:
        contact = f"{contact} · {profile.email}"
    blocks: list[Block] = [
        Paragraph(place_date(profile, made_at, lang), "dateline"),
        KeyValues(tuple(items)),
        Paragraph(greeting(who.name, lang)),
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    CTX,
                    "We are writing to tell you that on {date} we found a breach that may "
                    "have affected some of your personal data held by {shop}: {data}.",
                ),
                date=format_datetime(info.found_at, lang),
                shop=profile.name,
                data=_categories(info, lang).lower(),
            )
        ),
        *_texts(info, lang),
        Heading(t(lang, QT_TRANSLATE_NOOP(CTX, "What you can do")), 2),
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Be careful with calls, messages or emails that use your name or order "
                    "and ask for money, passwords or codes: we never ask for these. You may "
                    "ask us what data we hold about you, or ask us to correct or delete it.",
                ),
            )
        ),
    ]
    blocks.append(
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(CTX, "For any question, contact us: {contact}."),
                contact=contact,
            )
        )
    )
    blocks += [
        Paragraph(
            t(
                lang,
                QT_TRANSLATE_NOOP(
                    CTX,
                    "We have notified the authority for personal data protection: {agency}. "
                    "We are sorry for this.",
                ),
                agency=t(lang, AGENCY),
            )
        ),
        Signature(
            t(lang, QT_TRANSLATE_NOOP(CTX, "For the shop")) + f"\n{profile.name}",
            person.full_name,
        ),
    ]
    return blocks


def build_customer_letters(
    services: Services, actor: Actor, breach_id: int, lang: str = "vi"
) -> ReportDocument:
    """Director only. One letter per affected customer still held, each on its own page; the
    read of their names and addresses is audited by the breach service."""
    letters = services.breaches.letters(actor, breach_id)
    person = signer(services.vault, actor)
    doc = _document(
        services,
        person,
        actor,
        t(lang, QT_TRANSLATE_NOOP(CTX, "Notice of a personal data breach")),
        letters.profile,
        lang,
        official=False,
    )
    if not letters.addressees:
        doc.add(Paragraph(t(lang, QT_TRANSLATE_NOOP(CTX, "No customer to write to."))))
    for n, who in enumerate(letters.addressees):
        if n:
            doc.add(PageBreak())
        doc.add(*_letter(letters, who, person, doc.printed_at, lang))
    return doc


BUILDERS = {
    BreachPaper.AUTHORITY_NOTICE: build_authority_notice,
    BreachPaper.INCIDENT_RECORD: build_incident_record,
    BreachPaper.CUSTOMER_LETTERS: build_customer_letters,
}


def export_breach_paper(
    services: Services,
    actor: Actor,
    breach_id: int,
    paper: BreachPaper,
    path: Path,
    lang: str = "vi",
) -> int:
    """Director only. Writes the PDF and returns its pages. Audit: the breach service's read,
    then ``report_exported`` with the paper as kind and the breach as target."""
    report = BUILDERS[paper](services, actor, breach_id, lang)
    return export_and_log(
        services, actor, report, path, str(paper), Permission.MANAGE_BREACHES, TARGET, breach_id
    )


def print_breach_paper(
    services: Services,
    actor: Actor,
    breach_id: int,
    paper: BreachPaper,
    printer: QPrinter,
    lang: str = "vi",
) -> int:
    """Director only. Prints on the dialog's printer. Audit: ``report_printed``."""
    report = BUILDERS[paper](services, actor, breach_id, lang)
    return print_and_log(
        services, actor, report, printer, str(paper), Permission.MANAGE_BREACHES, TARGET, breach_id
    )
