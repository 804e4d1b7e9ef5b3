"""Cells that are safe to open in Excel or LibreOffice."""

from __future__ import annotations

# A cell starting with one of these may run as a formula ("CSV injection"); full-width forms
# included because some spreadsheet programs fold them.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def csv_safe(value: str) -> str:
    """The value as text that no spreadsheet runs: a leading apostrophe where needed."""
    return "'" + value if value.startswith(FORMULA_START) else value


def from_csv_safe(value: str) -> str:
    """Undo ``csv_safe`` when a file we wrote comes back for import."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value
