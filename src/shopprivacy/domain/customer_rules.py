"""The shop's rules for customer records, which the director sets: fields collected, the age
below which a guardian is needed, how many months after the last order or contact a customer is
kept."""

from __future__ import annotations

from dataclasses import dataclass

from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.minors import LEGAL_MINOR_AGE
from shopprivacy.domain.settings import IntSetting
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

MINOR_AGE = IntSetting(
    "minor_age",
    LEGAL_MINOR_AGE,
    LEGAL_MINOR_AGE,
    21,
    QT_TRANSLATE_NOOP("settings", "Guardian needed below this age"),
)
RETENTION_MONTHS_WITHOUT_ORDER = IntSetting(
    "retention_months_without_order",
    24,
    1,
    120,
    QT_TRANSLATE_NOOP("settings", "Keep customers for months after their last order or contact"),
)


def field_setting(f: OptionalField) -> IntSetting:
    """1 = the shop collects this field, 0 = switched off."""
    return IntSetting(f"collect_{f.value}", 1, 0, 1, f.label)


@dataclass(frozen=True)
class CustomerRules:
    minor_age: int = LEGAL_MINOR_AGE
    retention_months_without_order: int = 24
    switched_off: frozenset[OptionalField] = frozenset()

    def collects(self, f: OptionalField | None) -> bool:
        return f is None or f not in self.switched_off
