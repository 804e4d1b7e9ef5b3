"""Customer records as the desk fills them in and reads them back.

The service layer takes a ``CustomerDraft`` (what staff typed), checks it with ``validate_draft``
and the shop's rules, and returns ``CustomerDetails`` / ``CustomerSummary`` (what a screen shows,
masked where the role may not see full contact details).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from shopprivacy.domain.consents import ConsentMethod, ConsentRecord, Purpose
from shopprivacy.domain.orders import OrderInfo
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "customers"


class ContactKind(StrEnum):
    MOBILE = "mobile"
    HOME_PHONE = "home_phone"
    OFFICE_PHONE = "office_phone"
    PERSONAL_EMAIL = "personal_email"
    COMPANY_EMAIL = "company_email"

    @property
    def is_phone(self) -> bool:
        return self in (ContactKind.MOBILE, ContactKind.HOME_PHONE, ContactKind.OFFICE_PHONE)

    @property
    def label(self) -> str:
        return CONTACT_LABELS[self]


CONTACT_LABELS = {
    ContactKind.MOBILE: QT_TRANSLATE_NOOP(CTX, "Mobile"),
    ContactKind.HOME_PHONE: QT_TRANSLATE_NOOP(CTX, "Home phone"),
    ContactKind.OFFICE_PHONE: QT_TRANSLATE_NOOP(CTX, "Office phone"),
    ContactKind.PERSONAL_EMAIL: QT_TRANSLATE_NOOP(CTX, "Personal email"),
    ContactKind.COMPANY_EMAIL: QT_TRANSLATE_NOOP(CTX, "Company email"),
}


class AddressKind(StrEnum):
    HOME = "home"
    OFFICE = "office"


class Source(StrEnum):
    """Where the data came from (the law asks the shop to know)."""

    IN_SHOP = "in_shop"
    PHONE_CALL = "phone_call"
    WEB_FORM = "web_form"
    EMAIL = "email"
    FAX = "fax"
    POST = "post"
    OTHER = "other"  # another lawful source

    @property
    def label(self) -> str:
        return SOURCE_LABELS[self]


SOURCE_LABELS = {
    Source.IN_SHOP: QT_TRANSLATE_NOOP(CTX, "In the shop"),
    Source.PHONE_CALL: QT_TRANSLATE_NOOP(CTX, "Phone call"),
    Source.WEB_FORM: QT_TRANSLATE_NOOP(CTX, "Web form"),
    Source.EMAIL: QT_TRANSLATE_NOOP(CTX, "Email"),
    Source.FAX: QT_TRANSLATE_NOOP(CTX, "Fax"),
    Source.POST: QT_TRANSLATE_NOOP(CTX, "Post"),
    Source.OTHER: QT_TRANSLATE_NOOP(CTX, "Other lawful source"),
}


class OptionalField(StrEnum):
    """Fields the director may switch off when the shop does not need them (data minimisation).
    Name and mobile phone are always available."""

    PERSONAL_EMAIL = "personal_email"
    COMPANY_EMAIL = "company_email"
    HOME_PHONE = "home_phone"
    OFFICE_PHONE = "office_phone"
    HOME_ADDRESS = "home_address"
    OFFICE_ADDRESS = "office_address"
    BIRTH_DATE = "birth_date"
    NOTES = "notes"
    WEB_FORM_IP = "web_form_ip"

    @property
    def label(self) -> str:
        return FIELD_LABELS[self]


FIELD_LABELS = {
    OptionalField.PERSONAL_EMAIL: QT_TRANSLATE_NOOP(CTX, "Personal email"),
    OptionalField.COMPANY_EMAIL: QT_TRANSLATE_NOOP(CTX, "Company email"),
    OptionalField.HOME_PHONE: QT_TRANSLATE_NOOP(CTX, "Home phone"),
    OptionalField.OFFICE_PHONE: QT_TRANSLATE_NOOP(CTX, "Office phone"),
    OptionalField.HOME_ADDRESS: QT_TRANSLATE_NOOP(CTX, "Home address"),
    OptionalField.OFFICE_ADDRESS: QT_TRANSLATE_NOOP(CTX, "Office address"),
    OptionalField.BIRTH_DATE: QT_TRANSLATE_NOOP(CTX, "Birth date"),
    OptionalField.NOTES: QT_TRANSLATE_NOOP(CTX, "Notes"),
    OptionalField.WEB_FORM_IP: QT_TRANSLATE_NOOP(CTX, "Web form IP address"),
}


@dataclass(frozen=True)
class ContactPoint:
    """A phone or email. In a draft: as typed; read back: the display form, or masked."""

    kind: ContactKind
    value: str


@dataclass(frozen=True)
class Address:
    """Since the 2025 reform: street, ward or commune, province; or free text as written."""

    kind: AddressKind = AddressKind.HOME
    street: str = ""
    ward: str = ""
    province: str = ""
    free_text: str = ""

    def is_empty(self) -> bool:
        return not any(s.strip() for s in (self.street, self.ward, self.province, self.free_text))

    def one_line(self) -> str:
        parts = [self.street, self.ward, self.province]
        structured = ", ".join(p for p in parts if p)
        return ", ".join(p for p in (structured, self.free_text) if p)


@dataclass(frozen=True)
class Guardian:
    """A child's parent or guardian. ``consent_method`` set means the guardian's consent is
    recorded; ``child_agreed`` is needed as well from 7 years old."""

    name: str
    phone: str = ""
    email: str = ""
    relationship: str = ""
    consent_method: ConsentMethod | None = None
    child_agreed: bool = False


@dataclass(frozen=True)
class CustomerDraft:
    """What the form or an import gives the service. Only a name and one way to reach the
    customer are required."""

    full_name: str
    contacts: tuple[ContactPoint, ...] = ()
    addresses: tuple[Address, ...] = ()
    birth_date: date | None = None
    notes: str = ""
    source: Source = Source.IN_SHOP
    web_form_ip: str = ""
    guardian: Guardian | None = None


@dataclass(frozen=True)
class CustomerSummary:
    """One line of the customer list. ``phone``/``email`` are the first of each, masked for
    roles without full contact permission; ``damaged`` when the row cannot be decrypted (the
    other lines still show)."""

    id: int
    full_name: str
    phone: str
    email: str
    last_contact_at: datetime | None
    damaged: bool = False
    province: str = ""  # of the first address naming one; shown to every role
    retention_until: date | None = None


@dataclass(frozen=True)
class SearchPage:
    """The first page of a search and how many customers match: ``total`` exactly, or, when
    ``more`` is set, "``total`` or more" (a list need not count every Nguyễn to show 50)."""

    rows: list[CustomerSummary]
    total: int
    more: bool = False


@dataclass(frozen=True)
class ImportOrigin:
    """The import that brought a customer in: the tool's layout (a profile key such as
    "kiotviet", None when not recognised), the file's name and when."""

    profile: str | None
    file_name: str
    at: datetime


@dataclass(frozen=True)
class CustomerDetails:
    """The whole record as one screen shows it, with orders and the full consent history
    (newest first). ``masked``: contact points and street addresses are hidden for this role;
    ``version`` goes back with an edit so a concurrent change is caught."""

    id: int
    version: int
    full_name: str
    contacts: tuple[ContactPoint, ...]
    addresses: tuple[Address, ...]
    birth_date: date | None
    notes: str
    source: Source
    web_form_ip: str
    guardian: Guardian | None
    guardian_consent_at: datetime | None
    needs_guardian: bool
    created_by: int | None
    created_at: datetime
    last_contact_at: datetime | None
    retention_until: date | None
    masked: bool
    orders: tuple[OrderInfo, ...] = ()
    consents: tuple[ConsentRecord, ...] = ()
    consent_state: dict[Purpose, bool] = field(default_factory=dict)
    imported_from: ImportOrigin | None = None

    def draft(self) -> CustomerDraft:
        """The record as a draft to edit (only meaningful when not masked)."""
        return CustomerDraft(
            full_name=self.full_name,
            contacts=self.contacts,
            addresses=self.addresses,
            birth_date=self.birth_date,
            notes=self.notes,
            source=self.source,
            web_form_ip=self.web_form_ip,
            guardian=self.guardian,
        )


def field_of(kind: ContactKind) -> OptionalField | None:
    """The switch that governs a contact kind (mobile has none: always collected)."""
    return None if kind is ContactKind.MOBILE else OptionalField(kind.value)


def address_field(kind: AddressKind) -> OptionalField:
    return OptionalField.HOME_ADDRESS if kind is AddressKind.HOME else OptionalField.OFFICE_ADDRESS
