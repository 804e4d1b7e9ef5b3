"""The shop's privacy policy as data: the register of processing purposes, the facts a policy
declares, and what can contradict them. Plain data and rules; the wording lives in
``policy_text`` and the comparison with practice in ``policy_check``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from shopprivacy.domain.consents import Purpose
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "policy"
ACCOUNTING_YEARS = 10  # Law on Accounting: accounting documents are kept 10 years
BASE_FIELDS = ("name", "mobile_phone")  # always collected (domain.customers)


class LegalBasis(StrEnum):
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"  # life, health, property in an emergency
    PUBLIC_INTEREST = "public_interest"  # state authorities' duties under law

    @property
    def label(self) -> str:
        """English source; translated in context 'policy'."""
        return BASIS_LABELS[self]


BASIS_LABELS = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP(CTX, "The customer's consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP(CTX, "A contract with the customer"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(CTX, "A duty the law puts on the shop"),
    LegalBasis.VITAL_INTERESTS: QT_TRANSLATE_NOOP(
        CTX, "Protecting someone's life, health or property in an emergency"
    ),
    LegalBasis.PUBLIC_INTEREST: QT_TRANSLATE_NOOP(CTX, "Duties of state authorities under law"),
}


@dataclass(frozen=True)
class ProcessingPurpose:
    id: int | None
    key: str
    name: str
    basis: LegalBasis
    data_used: tuple[str, ...]
    retention: str
    retention_months: int | None
    consent_purpose: Purpose | None = None
    active: bool = True


_CONTACT = ("name", "mobile_phone", "personal_email", "home_address", "office_address")
_MARKETING = {
    Purpose.MARKETING_EMAIL: ("name", "personal_email", "company_email"),
    Purpose.MARKETING_POST: ("name", "home_address", "office_address"),
    Purpose.MARKETING_PHONE: ("name", "mobile_phone", "home_phone", "office_phone"),
    Purpose.MARKETING_ZALO: ("name", "mobile_phone"),
    Purpose.PERSONALISED_OFFERS: ("name", "orders"),
    Purpose.PARTNER_SHARING: ("name", "mobile_phone", "home_address", "office_address"),
}
_UNTIL_WITHDRAWN = "Until the customer withdraws consent"


def default_purposes() -> list[ProcessingPurpose]:
    """A starting register for a small shop; the director edits it. Names are the English
    source; the drafted policy words them in the shop's language."""
    p = ProcessingPurpose
    purposes = [
        p(None, "order_fulfilment", "Selling, delivering and installing what the customer buys",
          LegalBasis.CONTRACT, (*_CONTACT, "orders"), "For as long as the order runs", None),
        p(None, "warranty", "Warranty and after-sales service", LegalBasis.CONTRACT,
          ("name", "mobile_phone", "orders"), "Until the warranty ends", None),
        p(None, "accounting", "Invoices and accounting documents", LegalBasis.LEGAL_OBLIGATION,
          ("name", "orders", "company_email", "office_address"),
          "10 years", ACCOUNTING_YEARS * 12),
        p(None, "requests", "Answering customers' requests and complaints",
          LegalBasis.LEGAL_OBLIGATION, ("name", "mobile_phone", "personal_email"),
          "Until the request is closed and the time to complain has passed", None),
    ]  # fmt: skip
    for purpose, data in _MARKETING.items():
        purposes.append(
            p(None, purpose.value, purpose.label, LegalBasis.CONSENT, data, _UNTIL_WITHDRAWN,
              None, purpose)
        )  # fmt: skip
    return purposes


@dataclass(frozen=True)
class PartnerFact:
    name: str
    kind: str  # domain.disclosures.PartnerKind value
    country: str = "VN"
    has_agreement: bool = False

    @property
    def abroad(self) -> bool:
        return self.country.upper() != "VN"


@dataclass(frozen=True)
class DeadlineFact:
    group: str  # domain.deadlines.DeadlineGroup value
    acknowledge_days: int
    complete_days: int
    extension_days: int


@dataclass(frozen=True)
class PolicyFacts:
    """What a policy declares (at publish) or what the shop does (now): both are built the same
    way, so the check compares like with like."""

    shop_name: str
    address: str = ""
    hotline: str = ""
    hours: str = ""
    email: str = ""
    dp_officer: str = ""
    dp_officer_phone: str = ""
    fields: tuple[str, ...] = BASE_FIELDS
    purposes: tuple[ProcessingPurpose, ...] = ()
    partners: tuple[PartnerFact, ...] = ()
    retention_months_without_order: int = 24
    request_channels: tuple[str, ...] = ()
    deadlines: tuple[DeadlineFact, ...] = ()
    installs_cameras: bool = False
    minor_age: int = 16
    data_stays_in_vietnam: bool = True
    written_consent_for_sharing: bool = True

    def consent_purposes(self) -> set[Purpose]:
        return {
            p.consent_purpose for p in self.purposes if p.active and p.consent_purpose is not None
        }

    def partner_names(self) -> set[str]:
        return {fold_name(p.name) for p in self.partners}


def fold_name(text: str) -> str:
    return " ".join(text.split()).casefold()


def facts_to_json(facts: PolicyFacts) -> str:
    return json.dumps(asdict(facts), ensure_ascii=False, sort_keys=True)


def facts_from_json(text: str | None) -> PolicyFacts | None:
    """The facts stored with a version; None for a version recorded before facts were kept."""
    if not text:
        return None
    raw: dict[str, Any] = json.loads(text)
    raw["fields"] = tuple(raw.get("fields", BASE_FIELDS))
    raw["request_channels"] = tuple(raw.get("request_channels", ()))
    raw["partners"] = tuple(PartnerFact(**p) for p in raw.get("partners", ()))
    raw["deadlines"] = tuple(DeadlineFact(**d) for d in raw.get("deadlines", ()))
    raw["purposes"] = tuple(_purpose(p) for p in raw.get("purposes", ()))
    return PolicyFacts(**raw)


def _purpose(raw: dict[str, Any]) -> ProcessingPurpose:
    consent = raw.get("consent_purpose")
    return ProcessingPurpose(
        id=raw.get("id"), key=raw["key"], name=raw["name"], basis=LegalBasis(raw["basis"]),
        data_used=tuple(raw.get("data_used", ())), retention=raw.get("retention", ""),
        retention_months=raw.get("retention_months"),
        consent_purpose=Purpose(consent) if consent else None, active=raw.get("active", True),
    )  # fmt: skip


@dataclass(frozen=True)
class Contradiction:
    """One place where what the app records disagrees with the policy in force."""

    code: str
    message: str  # English source with {placeholders}, context 'policy'
    params: dict[str, str] = field(default_factory=dict)
    fix_policy: str = ""
    fix_practice: str = ""


@dataclass(frozen=True)
class ChangeNotice:
    """What to tell customers who agreed under the previous version."""

    letter: str
    email_subject: str
    email_body: str
    changes: list[str]


def draft_policy(facts: PolicyFacts, language: str = "vi") -> str:
    """The policy in Markdown ("vi" or "en"), every section built from ``facts``."""
    from shopprivacy.domain.policy_text import draft  # the wording imports this module

    return draft(facts, language)
