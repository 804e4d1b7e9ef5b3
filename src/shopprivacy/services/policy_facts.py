"""Reading what the shop does into ``PolicyFacts`` (for a draft, a publish and the check), and
the register of processing purposes it is built on."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.consents import ConsentMethod, Purpose
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.disclosures import agreement_valid
from shopprivacy.domain.policy import (
    BASE_FIELDS,
    DeadlineFact,
    LegalBasis,
    PartnerFact,
    PolicyFacts,
    ProcessingPurpose,
    default_purposes,
)
from shopprivacy.domain.policy_check import DisclosureSeen, Practice
from shopprivacy.domain.requests import Channel
from shopprivacy.services.customer_rules import load_rules
from shopprivacy.services.request_deadlines import load_table
from shopprivacy.services.shop import read_profile
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import ConsentEntry
from shopprivacy.storage.disclosure_models import Disclosure, DisclosureCustomer, Partner
from shopprivacy.storage.policy_models import ProcessingPurposeRow
from shopprivacy.storage.request_models import DataRequest

WRITTEN = frozenset({ConsentMethod.SIGNED_FORM, ConsentMethod.LETTER, ConsentMethod.EMAIL,
                     ConsentMethod.WEB_FORM})  # fmt: skip


def purpose_from_row(row: ProcessingPurposeRow) -> ProcessingPurpose:
    return ProcessingPurpose(
        id=row.id, key=row.key, name=row.name, basis=LegalBasis(row.basis),
        data_used=tuple(k for k in row.data_used.split(",") if k), retention=row.retention,
        retention_months=row.retention_months,
        consent_purpose=Purpose(row.consent_purpose) if row.consent_purpose else None,
        active=row.active,
    )  # fmt: skip


def write_purpose(row: ProcessingPurposeRow, p: ProcessingPurpose) -> None:
    row.key = p.key
    row.name = p.name
    row.basis = str(p.basis)
    row.data_used = ",".join(p.data_used)
    row.retention = p.retention
    row.retention_months = p.retention_months
    row.consent_purpose = str(p.consent_purpose) if p.consent_purpose else None
    row.active = p.active


def ensure_register(session: Session) -> None:
    """The default register, for a new shop and for a shop that updated from before it."""
    if session.scalar(select(ProcessingPurposeRow.id).limit(1)) is not None:
        return
    for p in default_purposes():
        row = ProcessingPurposeRow()
        write_purpose(row, p)
        session.add(row)
    session.flush()


def read_register(session: Session) -> list[ProcessingPurpose]:
    ensure_register(session)
    rows = session.scalars(select(ProcessingPurposeRow).order_by(ProcessingPurposeRow.id))
    return [purpose_from_row(r) for r in rows]


def purpose_in_use(session: Session, purpose: Purpose) -> bool:
    """Whether an active purpose of the register records consents for ``purpose`` (a register
    not created yet, in a shop updated from before it, counts as the default: all in use)."""
    rows = session.scalars(
        select(ProcessingPurposeRow.active).where(
            ProcessingPurposeRow.consent_purpose == str(purpose)
        )
    ).all()
    if rows:
        return any(rows)
    return session.scalar(select(ProcessingPurposeRow.id).limit(1)) is None


def collected_fields(session: Session) -> tuple[str, ...]:
    off = load_rules(session).switched_off
    return (*BASE_FIELDS, *(f.value for f in OptionalField if f not in off))


def current_facts(session: Session, vault: Vault, today: date) -> PolicyFacts:
    profile = read_profile(session, vault)
    rules = load_rules(session)
    partners = tuple(
        PartnerFact(
            name=_partner_name(vault, row), kind=row.kind, country=(row.country or "VN").upper(),
            has_agreement=agreement_valid(row.agreement_signed_on, row.agreement_expires_on, today),
        )
        for row in session.scalars(select(Partner).order_by(Partner.id))
    )  # fmt: skip
    channels = [str(Channel.IN_PERSON)]
    if profile.phone:
        channels.insert(0, str(Channel.PHONE))
    if profile.email:
        channels.append(str(Channel.EMAIL))
    if profile.address:
        channels.append(str(Channel.LETTER))
    deadlines = tuple(
        DeadlineFact(str(g), r.acknowledge_days, r.complete_days, r.extension_days)
        for g, r in load_table(session).items()
    )
    return PolicyFacts(
        shop_name=profile.name, address=profile.address, hotline=profile.phone,
        hours=profile.hours, email=profile.email, dp_officer=profile.dp_officer,
        dp_officer_phone=profile.dp_officer_phone, fields=collected_fields(session),
        purposes=tuple(read_register(session)), partners=partners,
        retention_months_without_order=rules.retention_months_without_order,
        request_channels=tuple(channels), deadlines=deadlines,
        installs_cameras=profile.installs_cameras, minor_age=rules.minor_age,
        data_stays_in_vietnam=not any(p.abroad for p in partners),
        written_consent_for_sharing=True,
    )  # fmt: skip


def _partner_name(vault: Vault, row: Partner) -> str:
    if row.name_enc is None:
        return ""
    return vault.cipher.open("partners", "name", row.id, row.name_enc) or ""


def practice(session: Session, vault: Vault, today: date, since: datetime) -> Practice:
    """What the app recorded while the policy (in force from ``since``) applied."""
    partners = {row.id: row for row in session.scalars(select(Partner))}
    seen = []
    for d in session.scalars(select(Disclosure).where(Disclosure.at >= since)):
        p = partners[d.partner_id]
        written = True
        if d.basis == "consent":
            written = _written_consent(session, d.id, d.at)
        seen.append(DisclosureSeen(d.id, _partner_name(vault, p), p.kind,
                                   (p.country or "VN").upper(), d.basis, written))  # fmt: skip
    used = session.scalars(
        select(ConsentEntry.purpose)
        .where(ConsentEntry.granted.is_(True), ConsentEntry.at >= since)
        .distinct()
    ).all()
    channels = session.scalars(
        select(DataRequest.channel).where(DataRequest.received_at >= since).distinct()
    ).all()
    return Practice(
        current=current_facts(session, vault, today), disclosures=tuple(seen),
        consent_purposes_used=frozenset(used), request_channels_used=frozenset(channels),
    )  # fmt: skip


def _written_consent(session: Session, disclosure_id: int, at: datetime) -> bool:
    """Every customer of the disclosure had a partner-sharing consent given in writing."""
    customers = session.scalars(
        select(DisclosureCustomer.customer_id).where(
            DisclosureCustomer.disclosure_id == disclosure_id
        )
    ).all()
    for customer_id in customers:
        method = session.scalars(
            select(ConsentEntry.method)
            .where(
                ConsentEntry.customer_id == customer_id,
                ConsentEntry.purpose == str(Purpose.PARTNER_SHARING),
                ConsentEntry.granted.is_(True),
                ConsentEntry.at <= at,
            )
            .order_by(ConsentEntry.id.desc())
            .limit(1)
        ).first()
        if method is None or ConsentMethod(method) not in WRITTEN:
            return False
    return True
