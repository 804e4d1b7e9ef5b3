"""Reading a spreadsheet (CSV or XLSX) into rows of text, in memory only.

Nothing of the file is copied anywhere: no temp files, no cache. Cells come back as text as a
person sees them (a phone typed as a number keeps its digits; a formula keeps its text).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.spreadsheets import from_csv_safe
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

ENCODINGS = ("utf-8-sig", "cp1258", "cp1252")  # Excel's UTF-8, then Vietnamese Windows


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number in the sheet, cells)


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "This file cannot be read as a spreadsheet (CSV or XLSX): {name}"
        ),
        field="file",
        name=path.name,
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
    """The first sheet of an XLSX, or a CSV in UTF-8 or the Vietnamese Windows encoding."""
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No file here: {name}"), field="file", name=path.name
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    return _read_csv(path)


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _unreadable(path)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    return _table([[from_csv_safe(c.strip()) for c in row] for row in rows], path)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise _unreadable(path) from exc
    try:
        sheet = book.worksheets[0]
        rows = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table(rows, path)


def _table(rows: list[list[str]], path: Path) -> Table:
    numbered = [(n, row) for n, row in enumerate(rows, start=1)]
    while numbered and not any(numbered[0][1]):
        numbered.pop(0)  # blank lines above the header
    if not numbered:
        raise _unreadable(path)
    while len(numbered) > 1 and not any(numbered[-1][1]):
        numbered.pop()  # blank lines (or formatted empty cells) below the data
    _, header = numbered[0]
    width = len(header)
    body = tuple((n, tuple((row + [""] * width)[:width])) for n, row in numbered[1:])
    return Table(tuple(header), body)
