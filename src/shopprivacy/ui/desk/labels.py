"""Domain names (contact kinds, sources, purposes, consent methods) in the user's language, and
dates as a Vietnamese shop writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from shopprivacy.domain.consents import ConsentMethod, Purpose
from shopprivacy.domain.customers import ContactKind, OptionalField, Source


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


def day_text(day: date | datetime | None) -> str:
    """dd/mm/yyyy; a stored time (UTC) is shown on this PC's calendar."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = (day if day.tzinfo else day.replace(tzinfo=UTC)).astimezone().date()
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def time_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{day_text(local.date())} {local:%H:%M}"
