"""The register of third parties: installers, delivery, IT, auditors, lawyers, state authorities,
with their confidentiality agreement. Names and contacts are sealed (a partner may be a sole
trader); the register is small, so it is read whole and decrypted each time."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.disclosures import PartnerDraft, PartnerInfo, PartnerKind
from shopprivacy.domain.errors import NotFound, ValidationError
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.passwords import fold
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import local_day
from shopprivacy.services.vault import Vault
from shopprivacy.storage.disclosure_models import Partner

T = "partners"


def _open(vault: Vault, row: Partner, column: str, value: bytes | None) -> str:
    return "" if value is None else vault.cipher.open(T, column, row.id, value) or ""


def read_partner(vault: Vault, row: Partner, with_contact: bool = True) -> PartnerInfo:
    return PartnerInfo(
        id=row.id,
        kind=PartnerKind(row.kind),
        name=_open(vault, row, "name", row.name_enc),
        contact=_open(vault, row, "contact", row.contact_enc) if with_contact else "",
        agreement_signed_on=row.agreement_signed_on,
        agreement_expires_on=row.agreement_expires_on,
        agreement_reference=_open(vault, row, "agreement_reference", row.agreement_reference_enc),
        country=row.country or "VN",
    )


def get_partner(session: Session, partner_id: int) -> Partner:
    row = session.get(Partner, partner_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No partner #{id}."), id=partner_id)
    return row


def _clean(draft: PartnerDraft) -> PartnerDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the partner's name."), field="name"
        )
    signed, expires = draft.agreement_signed_on, draft.agreement_expires_on
    if expires is not None and signed is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the date the agreement was signed."),
            field="agreement_signed_on",
        )
    if signed is not None and expires is not None and expires < signed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The agreement cannot expire before it was signed."),
            field="agreement_expires_on",
        )
    country = draft.country.strip().upper() or "VN"
    if len(country) != 2 or not country.isalpha() or not country.isascii():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Enter the country as its two-letter code, such as VN or SG."
            ),
            field="country",
        )
    return PartnerDraft(
        PartnerKind(draft.kind), name, draft.contact.strip(), signed, expires,
        draft.agreement_reference.strip(), country,
    )  # fmt: skip


def _write(vault: Vault, row: Partner, draft: PartnerDraft) -> None:
    seal = vault.cipher.seal
    row.kind = str(draft.kind)
    row.country = draft.country
    row.name_enc = seal(T, "name", row.id, draft.name)
    row.contact_enc = seal(T, "contact", row.id, draft.contact) if draft.contact else None
    row.agreement_signed_on = draft.agreement_signed_on
    row.agreement_expires_on = draft.agreement_expires_on
    ref = draft.agreement_reference
    row.agreement_reference_enc = seal(T, "agreement_reference", row.id, ref) if ref else None


class PartnerService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add_partner(self, actor: Actor, draft: PartnerDraft) -> PartnerInfo:
        """Director only (MANAGE_PARTNERS). Audit: ``partner_added`` with the kind and whether
        an agreement is on file."""
        require(self.vault, actor, Permission.MANAGE_PARTNERS, "partner")
        clean = _clean(draft)
        with self.vault.db.transaction() as session:
            row = Partner(kind=str(clean.kind), created_by=actor.staff_id)
            session.add(row)
            session.flush()
            _write(self.vault, row, clean)
            audit_log.append(
                session, self.vault, actor, Action.PARTNER_ADDED, "partner", row.id,
                kind=str(clean.kind), agreement=clean.agreement_signed_on is not None,
                country=clean.country,
            )  # fmt: skip
            return read_partner(self.vault, row)

    def update_partner(self, actor: Actor, partner_id: int, draft: PartnerDraft) -> PartnerInfo:
        """Director only (MANAGE_PARTNERS): new agreement dates, a corrected name or contact.
        Audit: ``partner_updated`` with the agreement's expiry (a date, not personal)."""
        require(self.vault, actor, Permission.MANAGE_PARTNERS, "partner", partner_id)
        clean = _clean(draft)
        with self.vault.db.transaction() as session:
            row = get_partner(session, partner_id)
            _write(self.vault, row, clean)
            row.updated_at = self.vault.now()
            expires = clean.agreement_expires_on
            audit_log.append(
                session, self.vault, actor, Action.PARTNER_UPDATED, "partner", row.id,
                kind=str(clean.kind), expires=expires.isoformat() if expires else None,
            )  # fmt: skip
            return read_partner(self.vault, row)

    def list_partners(self, actor: Actor) -> list[PartnerInfo]:
        """Whoever may record a disclosure (RECORD_PARTNER_DISCLOSURE: sales, director) chooses
        a partner from this list; the contact is shown to the director alone. Not audited: no
        customer data, and partners' contacts only reach the director, who keeps the register."""
        require(self.vault, actor, Permission.RECORD_PARTNER_DISCLOSURE)
        with_contact = allows(actor.role, Permission.MANAGE_PARTNERS)
        with self.vault.db.transaction() as session:
            rows = session.scalars(select(Partner).order_by(Partner.id))
            partners = [read_partner(self.vault, r, with_contact) for r in rows]
        return sorted(partners, key=lambda p: (fold(p.name), p.id))

    def list_partners_with_agreement(self, actor: Actor) -> list[PartnerInfo]:
        """The partners whose confidentiality agreement is valid today (the shop's day): the
        only ones customer data may go to on a consent or contract basis, e.g. a job sheet.
        Same rights as ``list_partners``; not audited either."""
        today = local_day(self.vault.now())
        return [p for p in self.list_partners(actor) if p.agreement_valid_on(today)]

    def find_partner(self, actor: Actor, text: str) -> PartnerInfo:
        """A partner by id ("7", "#7") or by name (any case, with or without accents; a unique
        part of the name is enough). Same rights as ``list_partners``."""
        partners = self.list_partners(actor)
        key = text.strip().lstrip("#")
        if key.isdigit():
            for p in partners:
                if p.id == int(key):
                    return p
        wanted = fold(" ".join(text.split()))
        exact = [p for p in partners if fold(p.name) == wanted]
        partial = [p for p in partners if wanted and wanted in fold(p.name)]
        found = exact or partial
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No partner matches {text}."), text=text)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Several partners match {text}: give the partner's id."),
            field="partner",
            text=text,
        )
