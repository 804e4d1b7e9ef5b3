"""Checking a customer draft against the law's and the shop's rules, before anything is stored.

``validate_draft`` turns what staff typed into one clean form (NFC names, E.164 phones, lower-case
emails) or raises ValidationError naming the field, with a message the desk can show as is.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import date
from typing import Any

from shopprivacy.domain.customer_rules import CustomerRules
from shopprivacy.domain.customers import (
    Address,
    ContactKind,
    CustomerDraft,
    Guardian,
    OptionalField,
    address_field,
    field_of,
)
from shopprivacy.domain.emails import normalize_email
from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.domain.minors import GuardianRule, guardian_rule
from shopprivacy.domain.names import clean_text, normalize_name
from shopprivacy.domain.phones import normalize_phone
from shopprivacy.domain.text_safety import refuse_unsafe
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

MAX_AGE_YEARS = 120
MAX_NOTES = 4000
MAX_CONTACTS = 10


class DuplicateCustomer(ConflictError):
    """Another customer already has this phone or email: offer to open ``existing_id``."""

    def __init__(self, existing_id: int, kind: ContactKind) -> None:
        self.existing_id = existing_id
        self.kind = kind
        source = (
            QT_TRANSLATE_NOOP(
                "errors", "Customer #{existing_id} already has this phone number: open it instead?"
            )
            if kind.is_phone
            else QT_TRANSLATE_NOOP(
                "errors", "Customer #{existing_id} already has this email: open it instead?"
            )
        )
        super().__init__(source, existing_id=existing_id)


class StaleCustomer(ConflictError):
    """Someone else saved this customer since it was opened: nothing was overwritten."""

    def __init__(self, customer_id: int, expected_version: int, current_version: int) -> None:
        self.customer_id = customer_id
        self.expected_version = expected_version
        self.current_version = current_version
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Customer #{customer_id} was changed at another desk while you edited it "
                "(you opened version {expected_version}, it is now version {current_version}). "
                "Nothing was saved: reopen the customer and make your change again.",
            ),
            customer_id=customer_id,
            expected_version=expected_version,
            current_version=current_version,
        )


# What a child's record may still lack, each named alone so the message lists only those.
GUARDIAN_PARTS = {
    "guardian_name": QT_TRANSLATE_NOOP("errors", "the guardian's full name"),
    "guardian_phone": QT_TRANSLATE_NOOP("errors", "the guardian's phone number or email"),
    "guardian_method": QT_TRANSLATE_NOOP("errors", "how the guardian gave their consent"),
    "child_agreed": QT_TRANSLATE_NOOP("errors", "the child's own agreement (from 7 years old)"),
}


class GuardianRequired(ValidationError):
    """A child's order or consent without the guardian's recorded consent.

    With no guardian at all the message says everything is needed; otherwise ``reasons`` lists
    only what is missing and ``field`` points at the first of those."""

    def __init__(self, minor_age: int, child_too: bool, missing: tuple[str, ...] = ()) -> None:
        self.child_too = child_too
        self.missing = missing
        if missing:
            self.reasons = [Message("errors", GUARDIAN_PARTS[m]) for m in missing]
            field = missing[0] if missing[0] in ("guardian_name", "guardian_phone") else "guardian"
            source = QT_TRANSLATE_NOOP(
                "errors", "This customer is under {age}. Still missing before saving:"
            )
            super().__init__(source, field=field, age=minor_age)
            return
        source = (
            QT_TRANSLATE_NOOP(
                "errors",
                "This customer is under {age}: first record the guardian's name, a way to reach "
                "them, their consent and the child's own agreement.",
            )
            if child_too
            else QT_TRANSLATE_NOOP(
                "errors",
                "This customer is under {age}: first record the guardian's name, a way to reach "
                "them and their consent.",
            )
        )
        super().__init__(source, field="guardian", age=minor_age)


@dataclass(frozen=True)
class CleanDraft:
    """A draft after validation: every value in its stored form."""

    full_name: str
    contacts: tuple[tuple[ContactKind, str], ...]
    addresses: tuple[Address, ...]
    birth_date: date | None
    notes: str
    source: str
    web_form_ip: str
    guardian: Guardian | None

    def guardian_json(self) -> dict[str, Any] | None:
        g = self.guardian
        if g is None:
            return None
        return {
            "name": g.name,
            "phone": g.phone,
            "email": g.email,
            "relationship": g.relationship,
            "method": g.consent_method.value if g.consent_method else None,
            "child_agreed": g.child_agreed,
        }


def _switched_off(field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "The shop has chosen not to collect this field."), field=field
    )


def _contacts(draft: CustomerDraft, rules: CustomerRules) -> tuple[tuple[ContactKind, str], ...]:
    out: list[tuple[ContactKind, str]] = []
    for point in draft.contacts:
        if not point.value.strip():
            continue
        if not rules.collects(field_of(point.kind)):
            raise _switched_off(point.kind.value)
        value = (
            normalize_phone(point.value, point.kind.value)
            if point.kind.is_phone
            else normalize_email(point.value, point.kind.value)
        )
        if (point.kind, value) not in out and value not in (v for _, v in out):
            out.append((point.kind, value))
    if len(out) > MAX_CONTACTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At most {n} phone numbers and emails."),
            field="contacts",
            n=MAX_CONTACTS,
        )
    return tuple(out)


def _addresses(draft: CustomerDraft, rules: CustomerRules) -> tuple[Address, ...]:
    out: list[Address] = []
    for a in draft.addresses:
        if a.is_empty():
            continue
        if not rules.collects(address_field(a.kind)):
            raise _switched_off(address_field(a.kind).value)
        for part in (a.street, a.ward, a.province, a.free_text):
            refuse_unsafe(part, "addresses")
        out.append(
            Address(
                a.kind,
                clean_text(a.street),
                clean_text(a.ward),
                clean_text(a.province),
                clean_text(a.free_text),
            )
        )
    return tuple(out)


def _birth_date(draft: CustomerDraft, rules: CustomerRules, today: date) -> date | None:
    birth = draft.birth_date
    if birth is None:
        return None
    if not rules.collects(OptionalField.BIRTH_DATE):
        raise _switched_off("birth_date")
    if birth > today or today.year - birth.year > MAX_AGE_YEARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Check the birth date: it cannot be in the future."),
            field="birth_date",
        )
    return birth


def _guardian(draft: CustomerDraft) -> Guardian | None:
    g = draft.guardian
    if g is None or not (g.name.strip() or g.phone.strip() or g.email.strip()):
        return None
    name = normalize_name(g.name, "guardian_name")
    phone = normalize_phone(g.phone, "guardian_phone") if g.phone.strip() else ""
    email = normalize_email(g.email, "guardian_email") if g.email.strip() else ""
    if not (phone or email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a phone number or email for the guardian."),
            field="guardian_phone",
        )
    refuse_unsafe(g.relationship, "guardian_relationship")
    return Guardian(
        name, phone, email, clean_text(g.relationship), g.consent_method, g.child_agreed
    )


def _reachable(
    contacts: tuple[tuple[ContactKind, str], ...],
    draft: CustomerDraft,
    birth: date | None,
    rules: CustomerRules,
    today: date,
) -> None:
    """Someone must be reachable: the customer, or for a child the guardian (a child often has
    no phone of their own; the guardian's is then enough)."""
    if contacts:
        return
    g = draft.guardian
    is_child = guardian_rule(birth, today, rules.minor_age) is not GuardianRule.NONE
    if is_child and g is not None and (g.phone.strip() or g.email.strip()):
        return
    source = (
        QT_TRANSLATE_NOOP(
            "errors", "Enter a phone number or email for the child or for their guardian."
        )
        if is_child
        else QT_TRANSLATE_NOOP("errors", "Enter at least one phone number or email.")
    )
    raise ValidationError(source, field="contacts")


def validate_draft(draft: CustomerDraft, rules: CustomerRules, today: date) -> CleanDraft:
    """The draft in stored form, or ValidationError for the first field that is wrong."""
    name = normalize_name(draft.full_name)
    contacts = _contacts(draft, rules)
    addresses = _addresses(draft, rules)
    birth = _birth_date(draft, rules, today)
    _reachable(contacts, draft, birth, rules, today)
    notes = draft.notes.strip()
    refuse_unsafe(notes, "notes", multiline=True)
    if notes and not rules.collects(OptionalField.NOTES):
        raise _switched_off("notes")
    if len(notes) > MAX_NOTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Notes can have at most {n} characters."),
            field="notes",
            n=MAX_NOTES,
        )
    ip = draft.web_form_ip.strip()
    if ip:
        if not rules.collects(OptionalField.WEB_FORM_IP):
            raise _switched_off("web_form_ip")
        try:
            ip = str(ipaddress.ip_address(ip))
        except ValueError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This is not an IP address."), field="web_form_ip"
            ) from exc
    return CleanDraft(
        name, contacts, addresses, birth, notes, draft.source.value, ip, _guardian(draft)
    )


def check_guardian(
    birth: date | None, guardian: Guardian | None, today: date, minor_age: int
) -> None:
    """Refuse an order or consent for a child whose guardian's consent is not recorded; the
    error names only what is missing."""
    rule = guardian_rule(birth, today, minor_age)
    if rule is GuardianRule.NONE:
        return
    child_too = rule is GuardianRule.CHILD_AND_GUARDIAN
    if guardian is None:
        raise GuardianRequired(minor_age, child_too)
    lacking = {
        "guardian_name": not guardian.name,
        "guardian_phone": not (guardian.phone or guardian.email),
        "guardian_method": guardian.consent_method is None,
        "child_agreed": child_too and not guardian.child_agreed,
    }
    missing = tuple(part for part, absent in lacking.items() if absent)
    if missing:
        raise GuardianRequired(minor_age, child_too, missing)
