"""``customer add|find|show``: the sales desk's customer records from a script, with the same
rules, masking and audit as the desk."""

from __future__ import annotations

from typing import Any

from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import Output, table
from shopprivacy.cli.parser import Subparsers, add_group, parse_date, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.customers import (
    Address,
    AddressKind,
    ContactKind,
    ContactPoint,
    CustomerDetails,
    CustomerDraft,
    Source,
)
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.text import format_datetime

FIND_LIMIT = 50
FIND_MAX = 100


def register(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "customer",
        QT_TRANSLATE_NOOP("cli", "customer records (the sales desk)"),
        dest="customer_command",
    )
    help_text = QT_TRANSLATE_NOOP("cli", "add a customer (sales and director); prints the new id")
    p = group.add_parser("add", help=help_text, description=help_text)
    p.add_argument(
        "--name", required=True, metavar="FULL_NAME", help=QT_TRANSLATE_NOOP("cli", "full name")
    )
    p.add_argument(
        "--phone",
        action="append",
        default=[],
        metavar="PHONE",
        help=QT_TRANSLATE_NOOP("cli", "a mobile number, any usual format (repeat for more)"),
    )
    p.add_argument(
        "--email",
        action="append",
        default=[],
        metavar="EMAIL",
        help=QT_TRANSLATE_NOOP("cli", "an email address (repeat for more)"),
    )
    p.add_argument(
        "--address", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "home address, as written")
    )
    p.add_argument("--birth-date", metavar="YYYY-MM-DD")
    p.add_argument(
        "--source",
        default=Source.IN_SHOP.value,
        choices=[s.value for s in Source],
        help=QT_TRANSLATE_NOOP("cli", "where the data came from (default: in_shop)"),
    )
    p.add_argument("--note", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "a note"))
    set_handler(
        p, run_add, full_name="--name", mobile="--phone", contacts="--phone",
        personal_email="--email", home_address="--address", notes="--note",
    )  # fmt: skip

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "find customers by name (with or without accents), phone in any format or its last "
        "digits, or email",
    )
    p = group.add_parser("find", help=help_text, description=help_text)
    p.add_argument("text", metavar="TEXT")
    p.add_argument(
        "--limit",
        type=int,
        default=FIND_LIMIT,
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli", "at most this many (default 50, at most 100)"),
    )
    set_handler(p, run_find)

    help_text = QT_TRANSLATE_NOOP(
        "cli", "a customer's whole record, orders and consents (masked for customer care)"
    )
    p = group.add_parser("show", help=help_text, description=help_text)
    p.add_argument(
        "customer_id",
        type=int,
        metavar="ID",
        help=QT_TRANSLATE_NOOP("cli", "the customer's number"),
    )
    set_handler(p, run_show)


def run_add(ctx: CliContext) -> int:
    """Sales or director. Audit: ``customer_created`` (the service)."""
    a = ctx.args
    birth = parse_date(a.birth_date, "--birth-date")
    contacts = [ContactPoint(ContactKind.MOBILE, v) for v in a.phone]
    contacts += [ContactPoint(ContactKind.PERSONAL_EMAIL, v) for v in a.email]
    addresses = (Address(AddressKind.HOME, free_text=a.address),) if a.address else ()
    draft = CustomerDraft(
        full_name=a.name, contacts=tuple(contacts), addresses=addresses, birth_date=birth,
        notes=a.note or "", source=Source(a.source),
    )  # fmt: skip
    services, actor = ctx.sign_in()
    made = services.customers.create_customer(actor, draft)
    out = ctx.out
    out.result(
        {"id": made.id}, out.tr(QT_TRANSLATE_NOOP("cli", "Customer #{id} added."), id=made.id)
    )
    return 0


def run_find(ctx: CliContext) -> int:
    """Every role; phones and emails masked without full-contact rights. Text is required and
    ``--limit`` at most FIND_MAX. Audit: ``customer_searched`` for a full phone or email,
    ``customers_listed`` with the ids for a long page (the service)."""
    if not ctx.args.text.strip():
        # Not a way to page through every customer's contacts from a script.
        raise CliProblem(
            2,
            QT_TRANSLATE_NOOP(
                "cli", "Say what to look for: part of a name, a phone number or an email."
            ),
        )
    if not 1 <= ctx.args.limit <= FIND_MAX:
        raise CliProblem(
            2, QT_TRANSLATE_NOOP("cli", "--limit must be from 1 to {max}."), max=FIND_MAX
        )
    services, actor = ctx.sign_in()
    rows = services.customers.search_customers(actor, ctx.args.text, limit=ctx.args.limit)
    out = ctx.out
    data = [
        {"id": r.id, "name": r.full_name, "phone": r.phone, "email": r.email,
         "last_contact_at": r.last_contact_at, "damaged": r.damaged}
        for r in rows
    ]  # fmt: skip
    headers = [
        out.tr(QT_TRANSLATE_NOOP("cli", "No.")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Full name")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Phone")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Email")),
    ]
    human = (
        table(headers, [[r.id, r.full_name, r.phone, r.email] for r in rows])
        if rows
        else out.tr(QT_TRANSLATE_NOOP("cli", "No customer found."))
    )
    out.result(data, human)
    return 0


def run_show(ctx: CliContext) -> int:
    """Every role; masked without full-contact rights. Audit: ``customer_viewed`` (the
    service)."""
    services, actor = ctx.sign_in()
    details = services.customers.get_customer(actor, ctx.args.customer_id)
    ctx.out.result(details_data(details), details_text(ctx.out, details))
    return 0


def details_data(d: CustomerDetails) -> dict[str, Any]:
    return {
        "id": d.id, "version": d.version, "name": d.full_name, "masked": d.masked,
        "contacts": [{"kind": c.kind.value, "value": c.value} for c in d.contacts],
        "addresses": [
            {"kind": a.kind.value, "street": a.street, "ward": a.ward, "province": a.province,
             "text": a.free_text}
            for a in d.addresses
        ],
        "birth_date": d.birth_date, "notes": d.notes, "source": d.source.value,
        "guardian": d.guardian, "guardian_consent_at": d.guardian_consent_at,
        "needs_guardian": d.needs_guardian, "created_by": d.created_by,
        "created_at": d.created_at, "last_contact_at": d.last_contact_at,
        "retention_until": d.retention_until,
        "imported_from": None if d.imported_from is None else {
            "profile": d.imported_from.profile, "file": d.imported_from.file_name,
            "at": d.imported_from.at,
        },
        "orders": [
            {"id": o.id, "sold_on": o.sold_on, "description": o.description,
             "warranty_months": o.warranty_months, "warranty_until": o.warranty_until}
            for o in d.orders
        ],
        "consents_in_force": {p.value: granted for p, granted in d.consent_state.items()},
        "consent_history": [
            {"id": c.id, "purpose": c.purpose.value, "granted": c.granted, "at": c.at,
             "staff_id": c.staff_id, "method": c.method.value,
             "policy_version_id": c.policy_version_id, "notice": c.notice}
            for c in d.consents
        ],
    }  # fmt: skip


ADDRESS = QT_TRANSLATE_NOOP("cli", "Address")
BIRTH = QT_TRANSLATE_NOOP("cli", "Birth date")
NOTES = QT_TRANSLATE_NOOP("cli", "Notes")
SOURCE = QT_TRANSLATE_NOOP("cli", "Source")
KEPT = QT_TRANSLATE_NOOP("cli", "Kept until")
ORDERS = QT_TRANSLATE_NOOP("cli", "Orders:")
IN_FORCE = QT_TRANSLATE_NOOP("cli", "Consents in force:")
GRANTED = QT_TRANSLATE_NOOP("cli", "granted")
WITHDRAWN = QT_TRANSLATE_NOOP("cli", "withdrawn")


def details_text(out: Output, d: CustomerDetails) -> str:
    """The record as lines for a terminal, labels in the user's language."""
    lang = out.catalog.language

    def tr(source: str, context: str = "cli") -> str:
        return out.tr(source, context=context)

    def line(label: str, value: object) -> str:
        return f"  {tr(label)}: {value}"

    lines = [f"#{d.id}  {d.full_name}"]
    lines += [f"  {tr(c.kind.label, 'customers')}: {c.value}" for c in d.contacts]
    lines += [line(ADDRESS, a.one_line()) for a in d.addresses]
    if d.birth_date:
        lines.append(line(BIRTH, f"{d.birth_date:%d/%m/%Y}"))
    if d.notes:
        lines.append(line(NOTES, d.notes))
    lines.append(line(SOURCE, tr(d.source.label, "customers")))
    if d.retention_until:
        lines.append(line(KEPT, f"{d.retention_until:%d/%m/%Y}"))
    if d.orders:
        lines.append(tr(ORDERS))
        lines += [
            f"  {o.sold_on:%d/%m/%Y}  {o.description}  ({o.warranty_months})" for o in d.orders
        ]
    granted = [tr(p.label, "consents") for p, on in d.consent_state.items() if on]
    lines.append(f"{tr(IN_FORCE)} {', '.join(granted) if granted else '-'}")
    for c in d.consents:
        lines.append(
            f"  {format_datetime(c.at, lang)}  {tr(c.purpose.label, 'consents')}: "
            f"{tr(GRANTED if c.granted else WITHDRAWN)} ({tr(c.method.label, 'consents')})"
        )
    return "\n".join(lines)
