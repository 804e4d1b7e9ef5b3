"""The clock on customers' requests: the deadline table, working days and what is due next.

Defaults follow the PDP Law 91/2025/QH15 and Decree 356/2025 as the shops read them; decrees
change, so the table is data the director can edit (stored as JSON in the settings). Working
days skip weekends and Vietnamese public holidays, Tết included, from the maintained ``holidays``
calendar (which also knows the Saturdays worked in exchange for bridge days). Deadlines fall at
the end of a day on the shop's clock (Asia/Ho_Chi_Minh) and are stored in UTC.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.requests import RequestType, Status

# SHOP_ZONE is re-exported: the request clock's users have always taken it from here.
from shopprivacy.domain.shop_clock import SHOP_ZONE as SHOP_ZONE
from shopprivacy.domain.shop_clock import shop_time, time_text
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "requests"
SETTING_KEY = "request_deadlines"
MAX_DAYS = 120


class DeadlineGroup(StrEnum):
    PROVIDE = "provide"  # access and correction
    WITHDRAW = "withdraw"  # consent withdrawal, restriction, objection
    DELETE = "delete"
    COMPLAINT = "complaint"

    @property
    def label(self) -> str:
        return GROUP_LABELS[self]


GROUP_LABELS = {
    DeadlineGroup.PROVIDE: QT_TRANSLATE_NOOP("requests", "Access, correction"),
    DeadlineGroup.WITHDRAW: QT_TRANSLATE_NOOP(
        "requests", "Consent withdrawal, restriction, objection"
    ),
    DeadlineGroup.DELETE: QT_TRANSLATE_NOOP("requests", "Deletion"),
    DeadlineGroup.COMPLAINT: QT_TRANSLATE_NOOP("requests", "Complaint"),
}

GROUP_OF: dict[RequestType, DeadlineGroup] = {
    RequestType.ACCESS: DeadlineGroup.PROVIDE,
    RequestType.CORRECTION: DeadlineGroup.PROVIDE,
    RequestType.WITHDRAWAL: DeadlineGroup.WITHDRAW,
    RequestType.RESTRICTION: DeadlineGroup.WITHDRAW,
    RequestType.OBJECTION: DeadlineGroup.WITHDRAW,
    RequestType.DELETION: DeadlineGroup.DELETE,
    RequestType.COMPLAINT: DeadlineGroup.COMPLAINT,
}


@dataclass(frozen=True)
class DeadlineRule:
    """Acknowledge within ``acknowledge_days`` working days; complete within ``complete_days``
    (``complete_days_with_processor`` when a processor must act too), counted in calendar days
    unless ``complete_in_working_days``; one extension of up to ``extension_days``."""

    acknowledge_days: int
    complete_days: int
    complete_days_with_processor: int
    extension_days: int
    complete_in_working_days: bool = False


DeadlineTable = dict[DeadlineGroup, DeadlineRule]

DEFAULT_TABLE: DeadlineTable = {
    DeadlineGroup.PROVIDE: DeadlineRule(2, 10, 15, 10),
    DeadlineGroup.WITHDRAW: DeadlineRule(2, 15, 20, 15),
    DeadlineGroup.DELETE: DeadlineRule(2, 20, 30, 20),
    # Not in the decree's table: the shops answer complaints on the access clock.
    DeadlineGroup.COMPLAINT: DeadlineRule(2, 10, 15, 10),
}


# The law's values are the most a shop may take: the director may shorten them, never lengthen.
LEGAL_MAXIMA: DeadlineTable = dict(DEFAULT_TABLE)


def check_within_law(group: DeadlineGroup, rule: DeadlineRule) -> None:
    """Raise ValidationError when ``rule`` gives the shop more time than the law allows for
    ``group``. Working days are longer than calendar days, so a completion counted in working
    days may use at most five sevenths of the calendar maximum."""
    validate_rule(rule)
    law = LEGAL_MAXIMA[group]
    pairs = (
        ("acknowledge_days", rule.acknowledge_days, law.acknowledge_days),
        ("complete_days", rule.complete_days, law.complete_days),
        (
            "complete_days_with_processor",
            rule.complete_days_with_processor,
            law.complete_days_with_processor,
        ),
        ("extension_days", rule.extension_days, law.extension_days),
    )
    for name, value, maximum in pairs:
        if rule.complete_in_working_days and name != "acknowledge_days":
            maximum = maximum * 5 // 7
        if value > maximum:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The law allows at most {maximum} days here; choose fewer."
                ),
                field=name,
                maximum=maximum,
            )


def rule_for(table: DeadlineTable, request_type: RequestType) -> DeadlineRule:
    return table.get(GROUP_OF[request_type], DEFAULT_TABLE[GROUP_OF[request_type]])


def validate_rule(rule: DeadlineRule) -> None:
    for name in ("acknowledge_days", "complete_days", "complete_days_with_processor"):
        value = getattr(rule, name)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a number of days from 1 to {maximum}."),
                field=name,
                maximum=MAX_DAYS,
            )
    if not isinstance(rule.extension_days, int) or not 0 <= rule.extension_days <= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a number of days from 0 to {maximum}."),
            field="extension_days",
            maximum=MAX_DAYS,
        )
    if rule.complete_days_with_processor < rule.complete_days:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The time allowed with a processor cannot be shorter than without one.",
            ),
            field="complete_days_with_processor",
        )


def table_to_json(table: DeadlineTable) -> str:
    return json.dumps({str(g): asdict(r) for g, r in table.items()}, sort_keys=True)


def table_from_json(text: str | None) -> DeadlineTable:
    """The stored table over the defaults; a damaged or partial setting falls back group by
    group to the defaults rather than leaving a request without a deadline."""
    table = dict(DEFAULT_TABLE)
    if not text:
        return table
    try:
        raw: Any = json.loads(text)
    except ValueError:
        return table
    if not isinstance(raw, dict):
        return table
    for key, values in raw.items():
        try:
            group = DeadlineGroup(key)
            rule = DeadlineRule(**values)
            validate_rule(rule)
        except (ValueError, TypeError, ValidationError):
            continue
        table[group] = rule
    return table


# --- working days -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _calendar() -> Any:
    # ``expand`` (the default) fills in further years as they are asked about. Imported here:
    # the calendar takes longer to load than a whole command, and most never count days.
    import holidays

    return holidays.country_holidays("VN")


def is_working_day(day: date) -> bool:
    """Not a weekend, not a public holiday; a Saturday worked in exchange for a bridge day
    counts as a working day."""
    return bool(_calendar().is_working_day(day))


def holiday_name(day: date) -> str | None:
    name = _calendar().get(day)
    return None if name is None else str(name)


def add_working_days(start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` (the day itself is not counted)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


# --- deadlines ----------------------------------------------------------------------------


def shop_day(moment: datetime) -> date:
    """The date on the shop's clock at ``moment`` (an aware time)."""
    return shop_time(_aware(moment)).date()


def end_of_shop_day(day: date) -> datetime:
    """The last moment of ``day`` on the shop's clock, in UTC."""
    local = datetime.combine(day, time(23, 59, 59), tzinfo=SHOP_ZONE)
    return local.astimezone(UTC)


def acknowledge_due(received_at: datetime, rule: DeadlineRule) -> datetime:
    return end_of_shop_day(add_working_days(shop_day(received_at), rule.acknowledge_days))


def complete_due(received_at: datetime, rule: DeadlineRule, processor_involved: bool) -> datetime:
    days = rule.complete_days_with_processor if processor_involved else rule.complete_days
    start = shop_day(received_at)
    if rule.complete_in_working_days:
        return end_of_shop_day(add_working_days(start, days))
    return end_of_shop_day(start + timedelta(days=days))


def due_dates(
    received_at: datetime, rule: DeadlineRule, processor_involved: bool
) -> tuple[datetime, datetime]:
    """The acknowledgement and completion deadlines of a request received at ``received_at``;
    the acknowledgement never falls after the completion (a short table could say so)."""
    complete = complete_due(received_at, rule, processor_involved)
    return min(acknowledge_due(received_at, rule), complete), complete


def paused_days(since: datetime, until: datetime) -> int:
    """Whole days of the shop's calendar the clock stood still: a pause within one day moves
    nothing, one from Monday to Thursday moves the deadlines by three days. Deadlines stay at
    the end of a shop day."""
    return max(0, (shop_day(until) - shop_day(since)).days)


def move_by_pause(due: datetime | None, days: int) -> datetime | None:
    """A deadline moved by ``days`` paused, still at the end of its shop day."""
    if due is None or days <= 0:
        return due
    return end_of_shop_day(shop_day(due) + timedelta(days=days))


def extended_due(current_due: datetime, rule: DeadlineRule, days: int | None = None) -> datetime:
    """The completion deadline after the one extension allowed, of ``days`` (at most the rule's
    extension) counted from the deadline in force."""
    wanted = rule.extension_days if days is None else days
    if not 1 <= wanted <= rule.extension_days:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An extension can be from 1 to {maximum} days."),
            field="extension_days",
            maximum=rule.extension_days,
        )
    start = shop_day(current_due)
    if rule.complete_in_working_days:
        return end_of_shop_day(add_working_days(start, wanted))
    return end_of_shop_day(start + timedelta(days=wanted))


class DeadlineKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    COMPLETE = "complete"

    @property
    def label(self) -> str:
        return (
            QT_TRANSLATE_NOOP("requests", "Acknowledge")
            if self is DeadlineKind.ACKNOWLEDGE
            else QT_TRANSLATE_NOOP("requests", "Complete")
        )


class Urgency(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"  # within a day
    ON_TRACK = "on_track"
    CLOSED = "closed"


@dataclass(frozen=True)
class NextDeadline:
    kind: DeadlineKind
    due: datetime


def next_deadline(
    status: Status,
    acknowledge_due_at: datetime,
    acknowledged_at: datetime | None,
    complete_due_at: datetime,
    extended_due_at: datetime | None = None,
) -> NextDeadline | None:
    """What the shop owes next: the acknowledgement until it is sent, then the completion (the
    extended one if extended). None once the request is closed."""
    if not status.is_open:
        return None
    if acknowledged_at is None:
        return NextDeadline(DeadlineKind.ACKNOWLEDGE, acknowledge_due_at)
    return NextDeadline(DeadlineKind.COMPLETE, extended_due_at or complete_due_at)


DUE_SOON = timedelta(days=1)


def classify(deadline: NextDeadline | None, now: datetime) -> Urgency:
    if deadline is None:
        return Urgency.CLOSED
    left = deadline.due - _aware(now)
    if left < timedelta(0):
        return Urgency.OVERDUE
    if left <= DUE_SOON:
        return Urgency.DUE_SOON
    return Urgency.ON_TRACK


def local_text(moment: datetime) -> str:
    """A stored time as the shop's clock shows it: dd/mm/yyyy hh:mm."""
    return time_text(_aware(moment))


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to the request clock")
    return moment
