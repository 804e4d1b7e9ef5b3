"""The shop's settings, their defaults and their allowed ranges."""

from __future__ import annotations

from dataclasses import dataclass

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int
    label: str


IDLE_LOCK_MINUTES = IntSetting(
    "idle_lock_minutes", 5, 1, 120, QT_TRANSLATE_NOOP("settings", "Lock after idle minutes")
)
MAX_FAILED_LOGINS = 5
BACKUP_REMINDER_DAYS = IntSetting(
    "backup_reminder_days",
    7,
    1,
    365,
    QT_TRANSLATE_NOOP("settings", "Remind me to make a backup after this many days"),
)

INT_SETTINGS = {s.key: s for s in (IDLE_LOCK_MINUTES, BACKUP_REMINDER_DAYS)}
