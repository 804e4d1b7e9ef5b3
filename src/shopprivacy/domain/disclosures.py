"""Third parties and the personal data given to them: plain data and the rules, no SQL.

The rules (the service applies them, with the consents and the agreement read at that moment):
- A partner's confidentiality agreement is valid on a day when it was signed on or before that
  day and has not expired (the expiry day itself still counts).
- Without a valid agreement nothing goes out, unless the basis is a written legal request of a
  state authority (the law obliges the shop; the document number is required).
- Legal requests and audits are the director's to decide (APPROVE_DISCLOSURE); sales may record
  only consent and contract disclosures, to partners with a valid agreement.
- Consent basis: the customer's ``partner_sharing`` consent must be in force.
- Contract basis (e.g. the installation the customer bought): allowed without a consent entry,
  but NOT once the customer has withdrawn ``partner_sharing``: a withdrawal is the customer's
  explicit "no" and stops every sharing with partners at once, whatever the basis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "disclosures"


class PartnerKind(StrEnum):
    INSTALLER = "installer"
    DELIVERY = "delivery"
    IT = "it"
    AUDITOR = "auditor"
    LAWYER = "lawyer"
    AUTHORITY = "authority"

    @property
    def label(self) -> str:
        """English source; front ends translate it in context 'disclosures'."""
        return PARTNER_KIND_LABELS[self]


PARTNER_KIND_LABELS = {
    PartnerKind.INSTALLER: QT_TRANSLATE_NOOP(CTX, "Installer or partner"),
    PartnerKind.DELIVERY: QT_TRANSLATE_NOOP(CTX, "Delivery"),
    PartnerKind.IT: QT_TRANSLATE_NOOP(CTX, "IT services"),
    PartnerKind.AUDITOR: QT_TRANSLATE_NOOP(CTX, "Auditor"),
    PartnerKind.LAWYER: QT_TRANSLATE_NOOP(CTX, "Lawyer"),
    PartnerKind.AUTHORITY: QT_TRANSLATE_NOOP(CTX, "State authority"),
}


class DisclosedField(StrEnum):
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    BIRTH_DATE = "birth_date"
    ORDERS = "orders"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return FIELD_LABELS[self]


FIELD_LABELS = {
    DisclosedField.NAME: QT_TRANSLATE_NOOP(CTX, "Name"),
    DisclosedField.PHONE: QT_TRANSLATE_NOOP(CTX, "Phone"),
    DisclosedField.EMAIL: QT_TRANSLATE_NOOP(CTX, "Email"),
    DisclosedField.ADDRESS: QT_TRANSLATE_NOOP(CTX, "Address"),
    DisclosedField.BIRTH_DATE: QT_TRANSLATE_NOOP(CTX, "Date of birth"),
    DisclosedField.ORDERS: QT_TRANSLATE_NOOP(CTX, "Orders"),
    DisclosedField.NOTES: QT_TRANSLATE_NOOP(CTX, "Notes"),
}

# What an installer's job sheet carries: nothing more.
JOB_SHEET_FIELDS = (DisclosedField.NAME, DisclosedField.PHONE, DisclosedField.ADDRESS)


class Basis(StrEnum):
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_REQUEST = "legal_request"
    AUDIT = "audit"

    @property
    def label(self) -> str:
        return BASIS_LABELS[self]

    @property
    def needs_director(self) -> bool:
        return self in (Basis.LEGAL_REQUEST, Basis.AUDIT)


BASIS_LABELS = {
    Basis.CONSENT: QT_TRANSLATE_NOOP(CTX, "Customer's consent"),
    Basis.CONTRACT: QT_TRANSLATE_NOOP(CTX, "Contract with a bound partner"),
    Basis.LEGAL_REQUEST: QT_TRANSLATE_NOOP(CTX, "Written request of an authority"),
    Basis.AUDIT: QT_TRANSLATE_NOOP(CTX, "Audit"),
}


@dataclass(frozen=True)
class PartnerDraft:
    kind: PartnerKind
    name: str
    contact: str = ""
    agreement_signed_on: date | None = None
    agreement_expires_on: date | None = None
    agreement_reference: str = ""
    country: str = "VN"  # ISO 3166 alpha-2 of where the partner keeps the data


@dataclass(frozen=True)
class PartnerInfo:
    """``contact`` is empty for roles that may not manage partners."""

    id: int
    kind: PartnerKind
    name: str
    contact: str
    agreement_signed_on: date | None
    agreement_expires_on: date | None
    agreement_reference: str
    country: str = "VN"

    def agreement_valid_on(self, day: date) -> bool:
        return agreement_valid(self.agreement_signed_on, self.agreement_expires_on, day)


def agreement_valid(signed_on: date | None, expires_on: date | None, day: date) -> bool:
    if signed_on is None or signed_on > day:
        return False
    return expires_on is None or day <= expires_on


@dataclass(frozen=True)
class NewDisclosure:
    customer_ids: tuple[int, ...]
    partner_id: int
    fields: tuple[DisclosedField, ...]
    basis: Basis
    purpose: str
    reference: str = ""  # the authority's document number, the contract's number...


@dataclass(frozen=True)
class DisclosureInfo:
    id: int
    at: datetime
    partner_id: int
    partner_name: str
    partner_kind: PartnerKind
    customer_ids: tuple[int, ...]
    fields: tuple[DisclosedField, ...]
    basis: Basis
    purpose: str
    reference: str
    recorded_by: int | None
    job_sheet: bool = False


@dataclass(frozen=True)
class JobSheet:
    """What an installer gets: name, phone, installation address; and the disclosure it made."""

    disclosure: DisclosureInfo
    partner: PartnerInfo
    customer_name: str
    phone: str
    address: str


class Refusal(StrEnum):
    """Why a disclosure was refused: the code goes to the audit log, the sentence to the user."""

    NO_AGREEMENT = "no_valid_agreement"
    NO_CONSENT = "no_partner_sharing_consent"
    CONSENT_WITHDRAWN = "partner_sharing_withdrawn"
    NOT_AUTHORITY = "legal_request_not_from_authority"


REFUSAL_TEXT = {
    Refusal.NO_AGREEMENT: QT_TRANSLATE_NOOP(
        "errors",
        "Partner #{partner} has no valid confidentiality agreement today, so no customer data "
        "may go to them. Record a signed, unexpired agreement first.",
    ),
    Refusal.NO_CONSENT: QT_TRANSLATE_NOOP(
        "errors",
        "Customer #{customer} has not agreed to sharing with partners. Choose the contract "
        "basis if the work is part of what they bought, or record their consent first.",
    ),
    Refusal.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP(
        "errors",
        "Customer #{customer} has withdrawn consent to sharing with partners: nothing may be "
        "shared with partners about them.",
    ),
    Refusal.NOT_AUTHORITY: QT_TRANSLATE_NOOP(
        "errors", "A legal request must come from a state authority in the partner register."
    ),
}


def consent_refusal(
    basis: Basis, sharing_in_force: bool, sharing_withdrawn: bool
) -> Refusal | None:
    """The consent rule for one customer (see the module's docstring)."""
    if basis not in (Basis.CONSENT, Basis.CONTRACT):
        return None
    if sharing_withdrawn:
        return Refusal.CONSENT_WITHDRAWN
    if basis is Basis.CONSENT and not sharing_in_force:
        return Refusal.NO_CONSENT
    return None
