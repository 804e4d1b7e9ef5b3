"""Disclosures: customer data given to a third party, recorded with its basis, and refused when
the rules of ``domain.disclosures`` say no. A refusal is itself logged (``disclosure_refused``)
so the director sees attempts, not only what went out.

The consent rule reads the consents' history inside the same transaction as the disclosure, so a
withdrawal recorded a moment earlier on another desk stops the very next disclosure.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import Purpose, in_force
from shopprivacy.domain.customer_data import DisclosureLine
from shopprivacy.domain.disclosures import (
    JOB_SHEET_FIELDS,
    REFUSAL_TEXT,
    Basis,
    DisclosedField,
    DisclosureInfo,
    JobSheet,
    NewDisclosure,
    PartnerKind,
    Refusal,
    consent_refusal,
)
from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, customer_records
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import load_rules, local_day
from shopprivacy.services.partners import get_partner, read_partner
from shopprivacy.services.processing import refuse_if_stopped
from shopprivacy.services.processing import stopped as processing_stopped
from shopprivacy.services.request_access import register_disclosure_source
from shopprivacy.services.vault import Vault
from shopprivacy.storage.disclosure_models import Disclosure, DisclosureCustomer, Partner

T = "disclosures"


def _check_form(new: NewDisclosure) -> None:
    if not new.customer_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one customer."), field="customers"
        )
    if not new.fields:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tick the details that are given, and only those."),
            field="fields",
        )
    if not new.purpose.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what the details are given for."), field="purpose"
        )
    if new.basis is Basis.LEGAL_REQUEST and not new.reference.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the number of the authority's written request."),
            field="reference",
        )


def _sharing_state(session: Session, vault: Vault, customer_id: int) -> tuple[bool, bool]:
    """(partner_sharing in force, partner_sharing withdrawn) as of this moment."""
    history = customer_records.read_consents(session, vault, customer_id)
    in_force_now = in_force(history)[Purpose.PARTNER_SHARING]
    recorded = any(r.purpose == Purpose.PARTNER_SHARING for r in history)
    return in_force_now, recorded and not in_force_now


def _refusal(
    session: Session, vault: Vault, partner: Partner, new: NewDisclosure
) -> tuple[Refusal, int | None] | None:
    """The first rule that says no, with the customer it is about (if any)."""
    info = read_partner(vault, partner, with_contact=False)
    if new.basis is Basis.LEGAL_REQUEST:
        if info.kind is not PartnerKind.AUTHORITY:
            return Refusal.NOT_AUTHORITY, None
    elif not info.agreement_valid_on(local_day(vault.now())):
        return Refusal.NO_AGREEMENT, None
    for customer_id in new.customer_ids:
        customer_records.get_live(session, customer_id)
        in_force_now, withdrawn = _sharing_state(session, vault, customer_id)
        refusal = consent_refusal(new.basis, in_force_now, withdrawn)
        if refusal is not None:
            return refusal, customer_id
    return None


def _refuse(refusal: Refusal, partner_id: int, customer_id: int | None) -> Exception:
    text = REFUSAL_TEXT[refusal]
    if refusal is Refusal.NOT_AUTHORITY:
        return ValidationError(text, field="partner")
    return ConflictError(text, partner=partner_id, customer=customer_id)


def _opened(vault: Vault, row: Disclosure, column: str, value: bytes | None) -> str:
    return "" if value is None else vault.cipher.open(T, column, row.id, value) or ""


def _info(
    vault: Vault, row: Disclosure, partner: Partner, customer_ids: list[int]
) -> DisclosureInfo:
    p = read_partner(vault, partner, with_contact=False)
    return DisclosureInfo(
        id=row.id, at=row.at, partner_id=p.id, partner_name=p.name, partner_kind=p.kind,
        customer_ids=tuple(sorted(customer_ids)),
        fields=tuple(DisclosedField(f) for f in row.fields.split(",") if f),
        basis=Basis(row.basis),
        purpose=_opened(vault, row, "purpose", row.purpose_enc),
        reference=_opened(vault, row, "reference", row.reference_enc),
        recorded_by=row.recorded_by, job_sheet=row.job_sheet,
    )  # fmt: skip


def _customers_of(session: Session, disclosure_ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {i: [] for i in disclosure_ids}
    if disclosure_ids:
        for link in session.scalars(
            select(DisclosureCustomer).where(DisclosureCustomer.disclosure_id.in_(disclosure_ids))
        ):
            out[link.disclosure_id].append(link.customer_id)
    return out


def _read(session: Session, vault: Vault, rows: list[Disclosure]) -> list[DisclosureInfo]:
    links = _customers_of(session, [r.id for r in rows])
    partners: dict[int, Partner] = {}
    out = []
    for row in rows:
        partner = partners.get(row.partner_id) or get_partner(session, row.partner_id)
        partners[row.partner_id] = partner
        out.append(_info(vault, row, partner, links[row.id]))
    return out


def _about(session: Session, customer_id: int) -> list[Disclosure]:
    """Every disclosure that named the customer, oldest first."""
    return list(
        session.scalars(
            select(Disclosure)
            .join(DisclosureCustomer, DisclosureCustomer.disclosure_id == Disclosure.id)
            .where(DisclosureCustomer.customer_id == customer_id)
            .order_by(Disclosure.at, Disclosure.id)
        )
    )


def disclosure_lines(session: Session, vault: Vault, customer_id: int) -> list[DisclosureLine]:
    """The customer's own data report lists what was given to whom, when and why. The basis is
    the English name of the basis (translatable in context 'disclosures'); the purpose follows
    it, as the customer wants to know why."""
    rows = _about(session, customer_id)
    return [
        DisclosureLine(
            recipient=d.partner_name,
            at=d.at,
            basis=f"{d.basis.label}: {d.purpose}",
            fields=tuple(str(f) for f in d.fields),
            reference=d.reference,
        )
        for d in _read(session, vault, list(rows))
    ]


register_disclosure_source(disclosure_lines)


class DisclosureService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def record_disclosure(
        self, actor: Actor, new: NewDisclosure, job_sheet: bool = False
    ) -> DisclosureInfo:
        """Sales and director (RECORD_PARTNER_DISCLOSURE); a legal request or an audit needs the
        director (APPROVE_DISCLOSURE), and ``require`` logs the refusal. The rules of
        ``domain.disclosures`` apply; a refusal raises ConflictError or ValidationError and is
        logged as ``disclosure_refused`` (reason code, partner id, customer id). Audit when
        recorded: ``disclosure_recorded`` with the partner id, customer ids, field codes and
        basis: ids only, never names or purposes."""
        require(self.vault, actor, Permission.RECORD_PARTNER_DISCLOSURE, "partner", new.partner_id)
        if new.basis.needs_director:
            require(self.vault, actor, Permission.APPROVE_DISCLOSURE, "partner", new.partner_id)
        _check_form(new)
        fields = sorted({str(f) for f in new.fields}, key=lambda f: list(DisclosedField).index(
            DisclosedField(f)))  # fmt: skip
        customer_ids = sorted(set(new.customer_ids))
        with self.vault.db.transaction() as session:
            partner = get_partner(session, new.partner_id)
            refused = _refusal(session, self.vault, partner, new)
            # Processing stopped for a customer: only the law's bases (authority, audit) remain.
            halted = (
                refused is None
                and new.basis in (Basis.CONSENT, Basis.CONTRACT)
                and any(processing_stopped(session, self.vault, c) for c in customer_ids)
            )
            if refused is None and not halted:
                row = Disclosure(
                    at=self.vault.now(), partner_id=partner.id, basis=str(new.basis),
                    fields=",".join(fields), recorded_by=actor.staff_id, job_sheet=job_sheet,
                )  # fmt: skip
                session.add(row)
                session.flush()
                seal = self.vault.cipher.seal
                row.purpose_enc = seal(T, "purpose", row.id, new.purpose.strip())
                if new.reference.strip():
                    row.reference_enc = seal(T, "reference", row.id, new.reference.strip())
                session.add_all(DisclosureCustomer(disclosure_id=row.id, customer_id=c)
                                for c in customer_ids)  # fmt: skip
                audit_log.append(
                    session, self.vault, actor, Action.DISCLOSURE_RECORDED, "disclosure", row.id,
                    partner_id=partner.id, customer_ids=customer_ids, fields=fields,
                    basis=str(new.basis), job_sheet=job_sheet,
                )  # fmt: skip
                return _info(self.vault, row, partner, customer_ids)
        if halted:
            refuse_if_stopped(self.vault, actor, customer_ids, "disclosure")  # logs, raises
        assert refused is not None
        refusal, customer_id = refused
        with self.vault.db.transaction() as session:
            audit_log.append(
                session, self.vault, actor, Action.DISCLOSURE_REFUSED, "partner", new.partner_id,
                reason=str(refusal), basis=str(new.basis), customer_id=customer_id,
                customer_ids=customer_ids,
            )  # fmt: skip
        raise _refuse(refusal, new.partner_id, customer_id)

    def record_job_sheet(
        self,
        actor: Actor,
        customer_id: int,
        partner_id: int,
        purpose: str,
        fields: tuple[DisclosedField, ...] = JOB_SHEET_FIELDS,
    ) -> JobSheet:
        """An installer's job sheet: name, phone and installation address, nothing more (or
        fewer of them, when the job needs fewer: ``fields``). Making it records the disclosure
        (basis: contract) first, under the same rules and rights as ``record_disclosure``; a
        refused disclosure means no sheet, and a detail left out is blank on the sheet. Audit:
        the disclosure's ``disclosure_recorded`` (``job_sheet`` true, the field codes); the
        printout itself is logged by the report's output helpers."""
        if any(f not in JOB_SHEET_FIELDS for f in fields):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A job sheet carries only the customer's name, phone and address."
                ),
                field="fields",
            )
        new = NewDisclosure(
            (customer_id,), partner_id, tuple(fields), Basis.CONTRACT,
            purpose.strip() or "Installation", "",
        )  # fmt: skip
        disclosure = self.record_disclosure(actor, new, job_sheet=True)
        with self.vault.db.transaction() as session:
            row = customer_records.get_live(session, customer_id)
            rules = load_rules(session)
            details = customer_records.read_details(
                session, self.vault, row, True, rules.minor_age, local_day(self.vault.now()), []
            )
            partner = read_partner(self.vault, get_partner(session, partner_id), False)
        phones = [c.value for c in details.contacts if c.kind.is_phone]
        addresses = [a.one_line() for a in details.addresses if not a.is_empty()]
        given = set(disclosure.fields)
        return JobSheet(
            disclosure, partner,
            details.full_name if DisclosedField.NAME in given else "",
            phones[0] if phones and DisclosedField.PHONE in given else "",
            addresses[0] if addresses and DisclosedField.ADDRESS in given else "",
        )  # fmt: skip

    def list_disclosures(
        self, actor: Actor, since: datetime, until: datetime
    ) -> list[DisclosureInfo]:
        """Director only (PRINT_DISCLOSURE_REPORTS): the register for [since, until), oldest
        first. Audit: ``disclosures_listed`` with the period and the count."""
        require(self.vault, actor, Permission.PRINT_DISCLOSURE_REPORTS, "disclosure")
        with self.vault.db.transaction() as session:
            rows = session.scalars(
                select(Disclosure)
                .where(Disclosure.at >= since, Disclosure.at < until)
                .order_by(Disclosure.at, Disclosure.id)
            ).all()
            out = _read(session, self.vault, list(rows))
            audit_log.append(
                session, self.vault, actor, Action.DISCLOSURES_LISTED, "disclosure", None,
                since=since.isoformat(), until=until.isoformat(), count=len(out),
            )  # fmt: skip
            return out

    def customer_disclosures(self, actor: Actor, customer_id: int) -> list[DisclosureInfo]:
        """Director only (PRINT_DISCLOSURE_REPORTS): every disclosure about one customer.
        Audit: ``disclosures_listed`` on the customer, with the count."""
        require(self.vault, actor, Permission.PRINT_DISCLOSURE_REPORTS, "customer", customer_id)
        with self.vault.db.transaction() as session:
            customer_records.get_live(session, customer_id)
            rows = _about(session, customer_id)
            out = _read(session, self.vault, list(rows))
            audit_log.append(
                session, self.vault, actor, Action.DISCLOSURES_LISTED, "customer", customer_id,
                count=len(out),
            )  # fmt: skip
            return out
