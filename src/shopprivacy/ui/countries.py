"""Countries a small Vietnamese shop's partners are usually in (cloud, email, couriers,
suppliers), by ISO 3166 code, named in the user's language. Việt Nam comes first: it is the
default, and any other choice puts the partner "abroad" in the policy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "countries"
HOME = "VN"
COUNTRIES: tuple[tuple[str, str], ...] = (
    ("VN", QT_TRANSLATE_NOOP("countries", "Vietnam")),
    ("SG", QT_TRANSLATE_NOOP("countries", "Singapore")),
    ("US", QT_TRANSLATE_NOOP("countries", "United States")),
    ("CN", QT_TRANSLATE_NOOP("countries", "China")),
    ("HK", QT_TRANSLATE_NOOP("countries", "Hong Kong")),
    ("TW", QT_TRANSLATE_NOOP("countries", "Taiwan")),
    ("JP", QT_TRANSLATE_NOOP("countries", "Japan")),
    ("KR", QT_TRANSLATE_NOOP("countries", "South Korea")),
    ("TH", QT_TRANSLATE_NOOP("countries", "Thailand")),
    ("MY", QT_TRANSLATE_NOOP("countries", "Malaysia")),
    ("ID", QT_TRANSLATE_NOOP("countries", "Indonesia")),
    ("PH", QT_TRANSLATE_NOOP("countries", "Philippines")),
    ("IN", QT_TRANSLATE_NOOP("countries", "India")),
    ("AU", QT_TRANSLATE_NOOP("countries", "Australia")),
    ("IE", QT_TRANSLATE_NOOP("countries", "Ireland")),
    ("NL", QT_TRANSLATE_NOOP("countries", "Netherlands")),
    ("DE", QT_TRANSLATE_NOOP("countries", "Germany")),
    ("FR", QT_TRANSLATE_NOOP("countries", "France")),
    ("GB", QT_TRANSLATE_NOOP("countries", "United Kingdom")),
)
_NAMES = dict(COUNTRIES)


def country_name(code: str) -> str:
    """The country's name, or its code when it is not in the list."""
    name = _NAMES.get(code.upper())
    return QCoreApplication.translate(CTX, name) if name else code


def country_box(current: str = HOME) -> QComboBox:
    box = QComboBox()
    for code, name in COUNTRIES:
        box.addItem(QCoreApplication.translate(CTX, name), code)
    if box.findData(current.upper()) < 0:
        box.addItem(current.upper(), current.upper())  # kept as stored, never changed silently
    box.setCurrentIndex(box.findData(current.upper()))
    return box
