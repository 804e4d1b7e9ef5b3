"""Reading a spreadsheet (CSV, text, XLSX, XLS, ODS) or a phone's vCards into rows of text,
in memory only.

Nothing of the file is copied anywhere: no temp files, no cache. Cells come back as text as a
person sees them (a phone typed as a number keeps its digits; a formula gives the value it
last showed, never its text, and nothing is computed). The header row is the first row
that names customer fields, so title rows above it ("DANH SÁCH KHÁCH HÀNG") are skipped.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.import_profiles import header_score
from shopprivacy.domain.spreadsheets import from_csv_safe
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message
from shopprivacy.services.import_text import decode, has_lost_letters, header_delimiter
from shopprivacy.services.import_vcards import VCARD_SUFFIXES, is_vcard, read_vcards

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # zip (XLSX, ODS), OLE2 (XLS)
HEADER_SEARCH = 30  # rows looked at for the header, below any title rows
MAX_COLUMNS = 1000
MAX_ROWS = 1_100_000
MAX_FIELD = 100_000  # characters in one cell
MAX_CELLS = 8_000_000  # a sheet's declared rows x columns: a few KB can declare a billion
LOST_LETTERS_MIN = 1  # rows with "Nguy?n" before the file is flagged


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number in the sheet, cells)
    profile: str | None = None  # set by readers whose format is itself the source (vCard)
    notices: tuple[Message, ...] = ()


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This file cannot be read as a spreadsheet (CSV, Excel, OpenDocument) or as "
            "vCards: {name}",
        ),
        field="file",
        name=path.name,
    )


def _too_big(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This file is too big to be a list of customers (at most {rows} rows and {columns} "
            "columns): {name}",
        ),
        field="file",
        name=path.name,
        rows=MAX_ROWS,
        columns=MAX_COLUMNS,
    )


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(path: Path) -> Table:
    """The first sheet of a workbook, a CSV or text file in any usual encoding, or vCards."""
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No file here: {name}"), field="file", name=path.name
        )
    with path.open("rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES or head.startswith(WORKBOOK_MAGIC):
        return _read_workbook(path)
    data = path.read_bytes()
    text = decode(data)
    if suffix in VCARD_SUFFIXES or is_vcard(text):
        headers, rows = read_vcards(text)
        return Table(headers, rows, profile="vcard")
    return _read_csv(path, text)


def _read_csv(path: Path, text: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=header_delimiter(text))
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS or len(rows) >= MAX_ROWS:
                raise _too_big(path)
            rows.append([from_csv_safe(c.strip()) for c in row])
    except csv.Error as exc:  # a field over the csv module's limit, a NUL byte
        raise _too_big(path) from exc
    return _table(rows, path)


def _read_workbook(path: Path) -> Table:
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_index(0)
        height = max(sheet.total_height, sheet.height)
        width = max(sheet.total_width, sheet.width)
        if height > MAX_ROWS or width > MAX_COLUMNS or height * width > MAX_CELLS:
            raise _too_big(path)
        # Row by row, so only the text form of the sheet is ever held whole.
        rows = [[cell_text(v) for v in row] for row in sheet.iter_rows()]
    except (CalamineError, OSError, ValueError, IndexError) as exc:
        raise _unreadable(path) from exc
    return _table(rows, path)


def _header_index(numbered: list[tuple[int, list[str]]]) -> int:
    """The first row that names at least two customer fields (or a known tool's header)."""
    scores = [header_score(row) for _, row in numbered[:HEADER_SEARCH]]
    for wanted in (2, 1):
        for index, score in enumerate(scores):
            if score >= wanted:
                return index
    return 0


def _table(rows: list[list[str]], path: Path) -> Table:
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(row)]
    if not numbered:
        raise _unreadable(path)
    last = max(n for n, _ in numbered)
    start = _header_index(numbered)
    header_no, header = numbered[start]
    width = len(header)
    while width and not header[width - 1]:
        width -= 1  # formatted empty cells right of the header
    if any(len(c) > MAX_FIELD for _, row in numbered for c in row):
        raise _too_big(path)
    body = tuple(
        (n, tuple((row + [""] * width)[:width]))
        for n, row in enumerate(rows[header_no:last], start=header_no + 1)
    )
    lost = sum(1 for _, cells in body if any(has_lost_letters(c) for c in cells))
    notices: tuple[Message, ...] = ()
    if lost >= LOST_LETTERS_MIN:
        notices = (
            Message(
                "import",
                QT_TRANSLATE_NOOP(
                    "import",
                    "{n} row(s) have question marks where Vietnamese letters should be "
                    '("Nguy?n"): the file was saved without them. Save it again from the '
                    'original as "CSV UTF-8" or Excel and import that file.',
                ),
                {"n": lost},
            ),
        )
    return Table(tuple(header[:width]), body, notices=notices)
