"""Translating the wording of request letters and the customer's data report.

Their own sentences live in the context ``request_reports``; labels of kinds, statuses, purposes
and fields come from the contexts their domain modules mark them in.
"""

from __future__ import annotations

from typing import Any

from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.markers import Message

CTX = "request_reports"


def t(lang: str, source: str, **params: Any) -> str:
    """Translate one of this area's sentences, then fill in its placeholders."""
    return label(lang, CTX, source, **params)


def label(lang: str, context: str, source: str, **params: Any) -> str:
    return Message(context, source, params).render(load_catalog(lang).translate)
