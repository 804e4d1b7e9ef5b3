"""``disclosure record``, ``partner add|list`` and ``report disclosures``: the third-party register
from a script, under the same rules and audit as the director's screens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shopprivacy.cli.commands.requests import _report_group
from shopprivacy.cli.context import CliContext
from shopprivacy.cli.output import table
from shopprivacy.cli.parser import Subparsers, add_group, parse_date, set_handler
from shopprivacy.cli.problems import CliProblem
from shopprivacy.domain.disclosures import (
    Basis,
    DisclosedField,
    NewDisclosure,
    PartnerDraft,
    PartnerInfo,
    PartnerKind,
)
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.disclosure_report import export_disclosure_register_pdf
from shopprivacy.reports.job_sheet import export_job_sheet_pdf
from shopprivacy.reports.text import SHOP_ZONE, format_date


def register(subparsers: Subparsers) -> None:
    _register_disclosure(subparsers)
    _register_partner(subparsers)
    help_text = QT_TRANSLATE_NOOP("cli", "the register of disclosures for a period, as a PDF")
    p = _report_group(subparsers).add_parser("disclosures", help=help_text, description=help_text)
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    set_handler(p, run_report)
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "an installer's job sheet (name, phone, installation address) as a PDF; making it "
        "records the disclosure to the partner (basis: contract)",
    )
    p = _report_group(subparsers).add_parser("job-sheet", help=help_text, description=help_text)
    p.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    p.add_argument("--to", dest="party", required=True, metavar="PARTY")
    p.add_argument("--work", default="", metavar="TEXT")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    set_handler(p, run_job_sheet, partner="--to", purpose="--work")


def _register_disclosure(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "disclosure",
        QT_TRANSLATE_NOOP("cli", "customer data given to third parties (director, sales)"),
        dest="disclosure_command",
    )
    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "record customer data given to a third party; refused (and logged) without a valid "
        "confidentiality agreement, unless it answers an authority's written request",
    )
    p = group.add_parser("record", help=help_text, description=help_text)
    p.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    p.add_argument(
        "--to", dest="party", required=True, metavar="PARTY",
        help=QT_TRANSLATE_NOOP("cli", "the partner's id or name, as in the partner register"),
    )  # fmt: skip
    p.add_argument(
        "--fields", required=True, metavar="F,...",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the details given, separated by commas: name, phone, email, address, birth_date, "
            "orders, notes",
        ),
    )  # fmt: skip
    p.add_argument("--basis", required=True, choices=[b.value for b in Basis])
    p.add_argument(
        "--reference", default="", metavar="R",
        help=QT_TRANSLATE_NOOP("cli", "the authority's document number, the contract number"),
    )  # fmt: skip
    p.add_argument(
        "--purpose", default="", metavar="P",
        help=QT_TRANSLATE_NOOP("cli", "what the details are given for (required)"),
    )  # fmt: skip
    set_handler(p, run_record, customers="CUSTOMER_ID", partner="--to")


def _register_partner(subparsers: Subparsers) -> None:
    _, group = add_group(
        subparsers,
        "partner",
        QT_TRANSLATE_NOOP("cli", "the register of third parties and their agreements"),
        dest="partner_command",
    )
    help_text = QT_TRANSLATE_NOOP("cli", "add a third party (director)")
    p = group.add_parser("add", help=help_text, description=help_text)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--kind", required=True, choices=[k.value for k in PartnerKind])
    p.add_argument("--contact", default="", metavar="TEXT")
    p.add_argument(
        "--signed", metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the day the confidentiality agreement was signed"),
    )  # fmt: skip
    p.add_argument(
        "--expires", metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the day the agreement ends (none: open-ended)"),
    )  # fmt: skip
    p.add_argument("--agreement-ref", default="", metavar="REF")
    set_handler(
        p, run_partner_add, name="NAME", agreement_signed_on="--signed",
        agreement_expires_on="--expires", agreement_reference="--agreement-ref",
    )  # fmt: skip
    help_text = QT_TRANSLATE_NOOP("cli", "the third parties and whether their agreement is valid")
    p = group.add_parser("list", help=help_text, description=help_text)
    set_handler(p, run_partner_list)


def _fields(text: str) -> tuple[DisclosedField, ...]:
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    known = {f.value for f in DisclosedField}
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise CliProblem(
            2,
            QT_TRANSLATE_NOOP("cli", "--fields takes some of: {choices}."),
            choices=",".join(sorted(known)),
        )
    return tuple(DisclosedField(n) for n in names)


def run_record(ctx: CliContext) -> int:
    """Sales (to partners with a valid agreement) and director. Audit: ``disclosure_recorded``,
    or ``disclosure_refused`` / ``permission_refused``."""
    a = ctx.args
    fields = _fields(a.fields)
    services, actor = ctx.sign_in()
    partner = services.partners.find_partner(actor, a.party)
    new = NewDisclosure(
        (a.customer_id,), partner.id, fields, Basis(a.basis), a.purpose, a.reference
    )
    info = services.disclosures.record_disclosure(actor, new)
    ctx.out.say(
        QT_TRANSLATE_NOOP("cli", "Disclosure #{id} recorded for partner #{partner}."),
        id=info.id,
        partner=partner.id,
    )
    ctx.out.result(
        {"id": info.id, "partner_id": partner.id, "customer_ids": list(info.customer_ids),
         "fields": [str(f) for f in info.fields], "basis": str(info.basis), "at": info.at},
        str(info.id),
    )  # fmt: skip
    return 0


def run_partner_add(ctx: CliContext) -> int:
    """Director only. Audit: ``partner_added``."""
    a = ctx.args
    signed, expires = parse_date(a.signed, "--signed"), parse_date(a.expires, "--expires")
    services, actor = ctx.sign_in()
    draft = PartnerDraft(PartnerKind(a.kind), a.name, a.contact, signed, expires, a.agreement_ref)
    info = services.partners.add_partner(actor, draft)
    ctx.out.result({"id": info.id}, str(info.id))
    return 0


def _partner_data(p: PartnerInfo, valid: bool) -> dict[str, Any]:
    return {"id": p.id, "kind": str(p.kind), "name": p.name,
            "agreement_signed_on": p.agreement_signed_on,
            "agreement_expires_on": p.agreement_expires_on,
            "agreement_reference": p.agreement_reference, "agreement_valid": valid}  # fmt: skip


def run_partner_list(ctx: CliContext) -> int:
    """Sales and director. Not audited (no customer data)."""
    services, actor = ctx.sign_in()
    partners = services.partners.list_partners(actor)
    today = services.vault.now().astimezone(SHOP_ZONE).date()
    lang = ctx.out.catalog.language
    out = ctx.out
    rows = []
    for p in partners:
        valid = p.agreement_valid_on(today)
        state = out.tr(QT_TRANSLATE_NOOP("cli", "valid") if valid else
                       QT_TRANSLATE_NOOP("cli", "NOT VALID"))  # fmt: skip
        ends = format_date(p.agreement_expires_on, lang) if p.agreement_expires_on else ""
        rows.append((p.id, out.tr(p.kind.label, "disclosures"), p.name, ends, state))
    headers = [
        out.tr(QT_TRANSLATE_NOOP("cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Kind")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Name")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Agreement ends")),
        out.tr(QT_TRANSLATE_NOOP("cli", "Agreement")),
    ]
    out.result(
        [_partner_data(p, p.agreement_valid_on(today)) for p in partners], table(headers, rows)
    )
    return 0


def run_report(ctx: CliContext) -> int:
    """Director only (PRINT_DISCLOSURE_REPORTS). Audit: ``disclosures_listed`` and
    ``report_exported``."""
    a = ctx.args
    start = parse_date(a.date_from, "--from")
    end = parse_date(a.date_to, "--to")
    assert start is not None and end is not None  # both options are required
    services, actor = ctx.sign_in()
    path = Path(a.out)
    pages = export_disclosure_register_pdf(
        services, actor, start, end, path, ctx.out.catalog.language
    )
    ctx.out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages)."), path=path, pages=pages)
    ctx.out.result({"path": str(path), "pages": pages})
    return 0


def run_job_sheet(ctx: CliContext) -> int:
    """Sales and director (RECORD_PARTNER_DISCLOSURE). Audit: ``disclosure_recorded`` (or the
    refusal) and ``report_exported`` (kind ``job_sheet``)."""
    a = ctx.args
    services, actor = ctx.sign_in()
    partner = services.partners.find_partner(actor, a.party)
    path = Path(a.out)
    pages = export_job_sheet_pdf(
        services, actor, a.customer_id, partner.id, path, a.work, ctx.out.catalog.language
    )
    ctx.out.say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({pages} pages)."), path=path, pages=pages)
    ctx.out.result({"path": str(path), "pages": pages, "partner_id": partner.id})
    return 0
