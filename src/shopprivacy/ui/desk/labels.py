"""Domain names (contact kinds, sources, purposes, consent methods) in the user's language, and
dates as a Vietnamese shop writes them, on the shop's clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopprivacy.domain.consents import ConsentMethod, Purpose
from shopprivacy.domain.customers import ContactKind, OptionalField, Source

# Dates and times are shown on the shop's one clock; re-exported for the screens that show them.
from shopprivacy.domain.shop_clock import day_text as day_text
from shopprivacy.domain.shop_clock import time_text as time_text


def contact_label(kind: ContactKind) -> str:
    return QCoreApplication.translate("customers", kind.label)


def source_label(source: Source) -> str:
    return QCoreApplication.translate("customers", source.label)


def field_label(field: OptionalField) -> str:
    return QCoreApplication.translate("customers", field.label)


def purpose_label(purpose: Purpose) -> str:
    return QCoreApplication.translate("consents", purpose.label)


def method_label(method: ConsentMethod) -> str:
    return QCoreApplication.translate("consents", method.label)
