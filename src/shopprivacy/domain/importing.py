"""Importing a shop's old spreadsheet: columns, choices and the report a person reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from shopprivacy.domain.customers import ContactKind, OptionalField
from shopprivacy.domain.errors import ValidationError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

CTX = "import"


class ImportField(StrEnum):
    """What a column holds."""

    FULL_NAME = "full_name"
    FAMILY_NAME = "family_name"  # joined in Vietnamese order: family, middle, given
    MIDDLE_NAME = "middle_name"
    GIVEN_NAME = "given_name"
    MOBILE = "mobile"
    HOME_PHONE = "home_phone"
    OFFICE_PHONE = "office_phone"
    PERSONAL_EMAIL = "personal_email"
    COMPANY_EMAIL = "company_email"
    ADDRESS = "address"  # home address, as written (the street part when the rest has columns)
    WARD = "ward"  # Phường/Xã
    DISTRICT = "district"  # Quận/Huyện: gone since 2025, kept with the street
    PROVINCE = "province"  # Tỉnh/Thành phố
    AREA = "area"  # KiotViet's "Khu vực": "Province - District" in one cell
    BIRTH_DATE = "birth_date"
    NOTES = "notes"
    IGNORE = "ignore"

    @property
    def contact_kind(self) -> ContactKind | None:
        return _CONTACT_KINDS.get(self.value)  # read per cell: a lookup, not an enum call

    @property
    def switch(self) -> OptionalField | None:
        """The director's switch governing this column (None: always collected)."""
        if self in ADDRESS_PARTS:
            return OptionalField.HOME_ADDRESS
        try:
            return OptionalField(self.value)
        except ValueError:
            return None


_CONTACT_KINDS = {k.value: k for k in ContactKind}
NAME_PARTS = (ImportField.FAMILY_NAME, ImportField.MIDDLE_NAME, ImportField.GIVEN_NAME)
ADDRESS_PARTS = frozenset(
    {
        ImportField.ADDRESS,
        ImportField.WARD,
        ImportField.DISTRICT,
        ImportField.PROVINCE,
        ImportField.AREA,
    }
)


class DuplicateChoice(StrEnum):
    SKIP = "skip"  # keep the existing customer as is
    MERGE = "merge"  # add the row's new phones, emails and empty fields to the existing customer


DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y", "%Y%m%d", "%Y/%m/%d")
MONTH_FIRST_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%Y%m%d")
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's serial dates (1900 system, leap bug included)
EXCEL_SERIALS = range(1, 80_000)  # 1900 to 2118: any other number is not a date
EMPTY_DATES = frozenset({"0/0/00", "0/0/0000", "00/00/0000", "0000-00-00"})  # Outlook's "none"
_DAY_MONTH_ONLY = re.compile(r"^--(\d{2})-?(\d{2})$")  # vCard 4 and Google: "--03-15"
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YEAR_ONLY = re.compile(r"^(19|20)\d{2}$")


def _not_a_date() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "This is not a date: write it as day/month/year, 15/03/1985."),
        field="birth_date",
    )


def parse_birth_date(text: str, month_first: bool = False) -> date | None:
    """Vietnamese order (day/month/year) first, then ISO; ``month_first`` for files from
    American-made tools (Outlook). Excel's serial day numbers are dates too. None for the
    "no date" some tools write. A day and month without a year, or a year alone, is refused
    with its own reason: the app keeps whole dates only (a child's age depends on them)."""
    text = text.strip().split(" ")[0].split("T")[0]
    if not text or text in EMPTY_DATES:
        return None
    if text.isdigit() and len(text) <= 5 and int(text) in EXCEL_SERIALS:
        if _YEAR_ONLY.match(text):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Only the year of birth is given: the birth date was left empty."
                ),
                field="birth_date",
            )
        return EXCEL_EPOCH + timedelta(days=int(text))
    if _DAY_MONTH_ONLY.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The birthday has no year (only day and month): the birth date was left empty.",
            ),
            field="birth_date",
        )
    common = _DAY_MONTH_YEAR.match(text)
    if common and not month_first:  # the usual "15/03/1985", without strptime's cost
        day, month, year = (int(g) for g in common.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise _not_a_date() from None
    for fmt in MONTH_FIRST_FORMATS if month_first else DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise _not_a_date()


@dataclass(frozen=True)
class ImportPreview:
    """What the mapping screen shows before anything is imported."""

    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    mapping: dict[int, ImportField]
    total_rows: int
    profile: str | None = None  # the key of the recognised source (import_profiles.PROFILES)
    notices: tuple[Message, ...] = ()  # about the whole file (lost letters, consent columns)
    sample_numbers: tuple[int, ...] = ()  # each sample row's number in the sheet


@dataclass(frozen=True)
class RowProblem:
    """A rejected row, or a field left out of an imported row: its number as the spreadsheet
    shows it (the header's row + 1 for the first customer; a vCard's card number) and why."""

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
    profile: str | None = None
    mapping: tuple[tuple[str, ImportField], ...] = ()  # (column header, field), in file order
    warnings: tuple[RowProblem, ...] = ()  # a field left out, the customer imported all the same
    notices: tuple[Message, ...] = ()
