"""How a corrected field of a customer's record is named and written down in a request's
history: old and new values as text (sealed when stored), fields by a stable code."""

from __future__ import annotations

from shopprivacy.domain.customers import CustomerDetails
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "requests"

FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("requests", "Full name"),
    "contacts": QT_TRANSLATE_NOOP("requests", "Phone numbers and emails"),
    "addresses": QT_TRANSLATE_NOOP("requests", "Addresses"),
    "birth_date": QT_TRANSLATE_NOOP("requests", "Birth date"),
    "notes": QT_TRANSLATE_NOOP("requests", "Notes"),
    "source": QT_TRANSLATE_NOOP("requests", "Where we got the data"),
    "web_form_ip": QT_TRANSLATE_NOOP("requests", "Web form IP address"),
    "guardian": QT_TRANSLATE_NOOP("requests", "Parent or guardian"),
}
FIELDS = tuple(FIELD_LABELS)


def field_text(details: CustomerDetails, name: str) -> str:
    """One field of the record as a line of text, for the history and the reply letter."""
    if name == "contacts":
        return "; ".join(p.value for p in details.contacts)
    if name == "addresses":
        return "; ".join(a.one_line() for a in details.addresses)
    if name == "birth_date":
        return details.birth_date.isoformat() if details.birth_date else ""
    if name == "source":
        return str(details.source)
    if name == "guardian":
        g = details.guardian
        return "" if g is None else ", ".join(v for v in (g.name, g.phone, g.email) if v)
    return str(getattr(details, name) or "")


def changed(before: CustomerDetails, after: CustomerDetails) -> list[tuple[str, str, str]]:
    """(field, old text, new text) for every field that differs."""
    out = []
    for name in FIELDS:
        old, new = field_text(before, name), field_text(after, name)
        if old != new:
            out.append((name, old, new))
    return out
