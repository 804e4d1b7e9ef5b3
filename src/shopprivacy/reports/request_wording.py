"""Translating the wording of request letters and the customer's data report.

Their own sentences live in the context ``request_reports``; labels of kinds, statuses, purposes
and fields come from the contexts their domain modules mark them in.
"""

from __future__ import annotations

from typing import Any

from shopprivacy.domain.requests import Honorific
from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

CTX = "request_reports"


def t(lang: str, source: str, **params: Any) -> str:
    """Translate one of this area's sentences, then fill in its placeholders."""
    return label(lang, CTX, source, **params)


def label(lang: str, context: str, source: str, **params: Any) -> str:
    return Message(context, source, params).render(load_catalog(lang).translate)


HONORIFIC_NAMES = {
    Honorific.ONG: QT_TRANSLATE_NOOP("request_reports", "Mr {name}"),
    Honorific.BA: QT_TRANSLATE_NOOP("request_reports", "Mrs {name}"),
    Honorific.ANH: QT_TRANSLATE_NOOP("request_reports", "Mr. {name}"),
    Honorific.CHI: QT_TRANSLATE_NOOP("request_reports", "Ms {name}"),
}
UNKNOWN_HONORIFIC = QT_TRANSLATE_NOOP("request_reports", "Customer {name}")


def addressed(lang: str, honorific: Honorific | None, name: str | None) -> str:
    """The name with the honorific a Vietnamese letter always uses ("Quý khách" when the
    shop does not know which one)."""
    source = HONORIFIC_NAMES.get(honorific, UNKNOWN_HONORIFIC) if honorific else UNKNOWN_HONORIFIC
    return t(lang, source, name=name or "")
