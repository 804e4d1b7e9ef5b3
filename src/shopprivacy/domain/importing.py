"""Importing a shop's old spreadsheet: columns, choices and the report a person reads."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from shopprivacy.domain.customers import ContactKind, OptionalField
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.names import fold
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

CTX = "import"


class ImportField(StrEnum):
    """What a column holds."""

    FULL_NAME = "full_name"
    MOBILE = "mobile"
    HOME_PHONE = "home_phone"
    OFFICE_PHONE = "office_phone"
    PERSONAL_EMAIL = "personal_email"
    COMPANY_EMAIL = "company_email"
    ADDRESS = "address"  # home address, as written
    BIRTH_DATE = "birth_date"
    NOTES = "notes"
    IGNORE = "ignore"

    @property
    def contact_kind(self) -> ContactKind | None:
        try:
            return ContactKind(self.value)
        except ValueError:
            return None

    @property
    def switch(self) -> OptionalField | None:
        """The director's switch governing this column (None: always collected)."""
        if self is ImportField.ADDRESS:
            return OptionalField.HOME_ADDRESS
        try:
            return OptionalField(self.value)
        except ValueError:
            return None


class DuplicateChoice(StrEnum):
    SKIP = "skip"  # keep the existing customer as is
    MERGE = "merge"  # add the row's new phones, emails and empty fields to the existing customer


# Folded header words that suggest a column's meaning (Vietnamese and English headers).
HINTS: tuple[tuple[ImportField, tuple[str, ...]], ...] = (
    (ImportField.COMPANY_EMAIL, ("email cong ty", "company email", "email co quan")),
    (ImportField.PERSONAL_EMAIL, ("email", "e-mail", "thu dien tu", "mail")),
    (ImportField.HOME_PHONE, ("dien thoai nha", "home phone", "dt nha")),
    (ImportField.OFFICE_PHONE, ("dien thoai co quan", "office phone", "dt co quan", "work phone")),
    (
        ImportField.MOBILE,
        ("di dong", "sdt", "so dien thoai", "dien thoai", "phone", "mobile", "dt"),
    ),
    (ImportField.BIRTH_DATE, ("ngay sinh", "birth", "dob", "sinh nhat")),
    (ImportField.ADDRESS, ("dia chi", "address")),
    (ImportField.NOTES, ("ghi chu", "note", "notes", "comment")),
    (
        ImportField.FULL_NAME,
        ("ho va ten", "ho ten", "ten khach", "khach hang", "full name", "name", "ten"),
    ),
)


def suggest_mapping(headers: Sequence[str]) -> dict[int, ImportField]:
    """A first guess from the header row; the user confirms or changes it in the preview."""
    mapping: dict[int, ImportField] = {}
    taken: set[ImportField] = set()
    for index, header in enumerate(headers):
        words = " ".join(re.findall(r"[\w-]+", fold(header)))
        choice = ImportField.IGNORE
        for candidate, hints in HINTS:
            if candidate not in taken and any(f" {h} " in f" {words} " for h in hints):
                choice = candidate
                break
        if choice is not ImportField.IGNORE:
            taken.add(choice)
        mapping[index] = choice
    return mapping


DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y")


def parse_birth_date(text: str) -> date:
    """Vietnamese order (day/month/year) first, then ISO."""
    text = text.strip().split(" ")[0]
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "This is not a date: write it as day/month/year, 15/03/1985."),
        field="birth_date",
    )


@dataclass(frozen=True)
class ImportPreview:
    """What the mapping screen shows before anything is imported."""

    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    mapping: dict[int, ImportField]
    total_rows: int


@dataclass(frozen=True)
class RowProblem:
    """A rejected row: its number as the spreadsheet shows it (header = row 1) and why."""

    row: int
    reason: Message
    field: str | None = None


@dataclass(frozen=True)
class ImportReport:
    """What happened (or, for a dry run, what would happen) row by row."""

    rows_read: int
    imported: int  # new customers
    duplicates: int  # rows whose phone or email another customer (or an earlier row) holds
    merged: int  # of those, merged into the stored customer or the earlier row
    blank: int
    rejected: tuple[RowProblem, ...] = ()
    ignored_columns: tuple[str, ...] = ()  # mapped to a field the shop does not collect
    dry_run: bool = False
    cancelled: bool = False
    rejects_file: Path | None = None
    customer_ids: tuple[int, ...] = field(default=(), repr=False)
