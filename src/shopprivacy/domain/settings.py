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

# The access review's rules: opening hours on the shop's clock, and how many customer records
# one person may open within a few minutes before the review raises it.
OPEN_HOUR = IntSetting("open_hour", 8, 0, 23, QT_TRANSLATE_NOOP("settings", "Shop opens at (hour)"))
CLOSE_HOUR = IntSetting(
    "close_hour", 21, 1, 24, QT_TRANSLATE_NOOP("settings", "Shop closes at (hour)")
)
BURST_COUNT = IntSetting(
    "burst_count",
    30,
    5,
    1000,
    QT_TRANSLATE_NOOP("settings", "Raise when one person opens more records than this"),
)
BURST_MINUTES = IntSetting(
    "burst_minutes",
    10,
    1,
    240,
    QT_TRANSLATE_NOOP("settings", "… within this many minutes"),
)

INT_SETTINGS = {
    s.key: s
    for s in (
        IDLE_LOCK_MINUTES,
        BACKUP_REMINDER_DAYS,
        OPEN_HOUR,
        CLOSE_HOUR,
        BURST_COUNT,
        BURST_MINUTES,
    )
}
