"""Report wording and dates in the reader's language.

Reports are made by the GUI and by the command line alike, so they translate through the shared
catalogue (no Qt translator needed) with the language passed explicitly. Strings are marked with
``QT_TRANSLATE_NOOP("reports", ...)`` so the translation tools find them.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from shopprivacy.domain import shop_clock
from shopprivacy.i18n import load_catalog
from shopprivacy.i18n.markers import Message

CTX = "reports"


# The shop's one clock (SHOP_ZONE re-exported for the report builders that use it).
SHOP_ZONE = shop_clock.SHOP_ZONE


def tr(lang: str, source: str, **params: Any) -> str:
    """Translate ``source`` (context 'reports') and then fill in its ``{placeholders}``."""
    catalog = load_catalog(lang)
    return Message(CTX, source, params).render(catalog.translate)


def local_time(moment: datetime) -> datetime:
    """A stored (UTC) time as the shop's clock shows it."""
    return shop_clock.shop_time(moment)


def format_date(day: date | datetime, lang: str) -> str:
    if isinstance(day, datetime):
        day = local_time(day).date()
    if lang == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return day.isoformat()


def format_datetime(moment: datetime, lang: str) -> str:
    local = local_time(moment)
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


# Runs of pure digit groups ("0903 123 456", "+84 903 123 456", "(028) 3822 1234"), but not a
# date followed by a time: joining those would leave a narrow column no good place to break.
_PHONE_LIKE = re.compile(r"(?<![\w/:.,])\+?(?:\(\d+\)|\d+)(?: (?:\(\d+\)|\d+))+(?![\w/:])")


def unbreakable_numbers(text: str) -> str:
    """Join digit groups with no-break spaces so a phone number is never split across lines:
    "0903 123 456" stays on one line."""
    return _PHONE_LIKE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)
