"""One spreadsheet row as a customer draft, and the check that keeps a customer whose
optional detail (a birthday, one of several emails or phones) is wrong, leaving that detail out
with a warning instead of refusing the whole row."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from shopprivacy.domain.customer_rules import CustomerRules
from shopprivacy.domain.customer_validation import CleanDraft, validate_draft
from shopprivacy.domain.customers import (
    Address,
    AddressKind,
    ContactKind,
    ContactPoint,
    CustomerDraft,
    Source,
)
from shopprivacy.domain.emails import normalize_email
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.import_profiles import phone_kind_of
from shopprivacy.domain.importing import NAME_PARTS, ImportField, parse_birth_date
from shopprivacy.domain.names import clean_lines
from shopprivacy.domain.phones import normalize_phone
from shopprivacy.i18n.markers import Message

# Several phones or emails in one cell: " ::: " (Google Contacts), commas, semicolons, slashes
# or lines.
PHONE_SPLIT = re.compile(r"\s*(?::::|[;,/\n|])\s*")
EMAIL_SPLIT = re.compile(r"\s*(?::::|[;,\s/|])\s*")
# Fields whose bad value is left out with a warning, the customer imported all the same.
DROPPABLE = frozenset({"birth_date", *(k.value for k in ContactKind)})


def _address(parts: Mapping[ImportField, list[str]]) -> Address | None:
    """One home address from its columns; KiotViet's "Province - District" area split."""
    street = ", ".join(parts.get(ImportField.ADDRESS, ()))
    ward = ", ".join(parts.get(ImportField.WARD, ()))
    district = ", ".join(parts.get(ImportField.DISTRICT, ()))
    province = ", ".join(parts.get(ImportField.PROVINCE, ()))
    for area in parts.get(ImportField.AREA, ()):
        head, sep, tail = area.rpartition(" - ")  # "Bà Rịa - Vũng Tàu - Thành phố Bà Rịa"
        province = province or (head if sep else area)
        district = district or (tail if sep else "")
    if not (ward or district or province):
        return Address(AddressKind.HOME, free_text=street) if street else None
    # Districts were abolished in 2025, but an old ward's name needs its district to be found.
    ward = ", ".join(p for p in (ward, district) if p)
    return Address(AddressKind.HOME, street=street, ward=ward, province=province)


def row_draft(
    cells: tuple[str, ...],
    mapping: Mapping[int, ImportField],
    source: Source,
    month_first: bool = False,
    kind_labels: Mapping[int, int] | None = None,
    relabel_to: frozenset[ContactKind] = frozenset(),
) -> tuple[CustomerDraft, list[tuple[str, Message]]]:
    """The row as a draft, and the optional fields left out of it (field, why). A phone column
    with a label column (``kind_labels``) takes the kind its label names, among
    ``relabel_to`` (the kinds the shop collects)."""
    full_name, birth = "", None
    parts: dict[ImportField, list[str]] = {}
    notes: list[str] = []
    contacts: list[ContactPoint] = []
    left_out: list[tuple[str, Message]] = []
    for index, field in mapping.items():
        if field is ImportField.IGNORE:
            continue
        value = cells[index].strip() if index < len(cells) else ""
        if not value:
            continue
        kind = field.contact_kind
        if kind is not None:
            if kind_labels and index in kind_labels and kind_labels[index] < len(cells):
                named = phone_kind_of(cells[kind_labels[index]])
                if named is not None and named in relabel_to:
                    kind = named
            split = PHONE_SPLIT if kind.is_phone else EMAIL_SPLIT
            contacts += [ContactPoint(kind, v) for v in split.split(value) if v]
        elif field is ImportField.FULL_NAME:
            full_name = full_name or value
        elif field is ImportField.BIRTH_DATE:
            try:
                birth = parse_birth_date(value, month_first)
            except ValidationError as exc:
                left_out.append((exc.field or "birth_date", exc.message))
        elif field is ImportField.NOTES:
            notes.append(value)
        else:
            parts.setdefault(field, []).append(value)
    name = full_name or " ".join(v for f in NAME_PARTS for v in parts.get(f, ()))
    address = _address(parts)
    draft = CustomerDraft(
        name,
        tuple(contacts),
        (address,) if address else (),
        birth,
        clean_lines("\n".join(notes)),
        source,
    )
    return draft, left_out


def _valid_contact(point: ContactPoint) -> bool:
    try:
        if point.kind.is_phone:
            normalize_phone(point.value)
        else:
            normalize_email(point.value)
    except ValidationError:
        return False
    return True


def _without(draft: CustomerDraft, field: str | None) -> CustomerDraft | None:
    """The draft without the bad value of an optional ``field`` (None: the row is refused)."""
    if field not in DROPPABLE:
        return None
    if field == "birth_date":
        return replace(draft, birth_date=None) if draft.birth_date else None
    keep = tuple(c for c in draft.contacts if c.kind.value != field or _valid_contact(c))
    if len(keep) == len(draft.contacts) or not keep:
        return None  # nothing to leave out, or no way left to reach the customer
    return replace(draft, contacts=keep)


def validate_row(
    draft: CustomerDraft, rules: CustomerRules, today: date, warnings: list[tuple[str, Message]]
) -> CleanDraft:
    """``validate_draft``, leaving out bad optional values (each added to ``warnings``)."""
    while True:
        try:
            return validate_draft(draft, rules, today)
        except ValidationError as exc:
            lighter = _without(draft, exc.field)
            if lighter is None:
                raise
            warnings.append((exc.field or "", exc.message))
            draft = lighter
