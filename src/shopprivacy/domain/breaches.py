"""Personal data breaches: what the register holds and the law's 72-hour clock.

The PDP Law 91/2025/QH15 gives the controller 72 hours from discovering a breach to notify the
Ministry of Public Security's data-protection agency (A05). The clock counts hours, not working
days: a breach found on Friday at 17:00 must be notified by Monday at 17:00. Times are aware
UTC here; screens and letters show them on the shop's clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message

CTX = "breaches"
NOTIFY_HOURS = 72
NOTIFY_WITHIN = timedelta(hours=NOTIFY_HOURS)
# Warn in amber once less than this is left on the clock.
SOON = timedelta(hours=24)
MAX_TEXT = 4000
MAX_REFERENCE = 120


class BreachStatus(StrEnum):
    OPEN = "open"
    AUTHORITY_NOTIFIED = "authority_notified"
    CUSTOMERS_NOTIFIED = "customers_notified"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    BreachStatus.OPEN: QT_TRANSLATE_NOOP(CTX, "Open"),
    BreachStatus.AUTHORITY_NOTIFIED: QT_TRANSLATE_NOOP(CTX, "A05 notified"),
    BreachStatus.CUSTOMERS_NOTIFIED: QT_TRANSLATE_NOOP(CTX, "Customers notified"),
    BreachStatus.CLOSED: QT_TRANSLATE_NOOP(CTX, "Closed"),
}

# Each step may only follow the one before it: the register tells the story in order.
NEXT_STATUS = {
    BreachStatus.OPEN: BreachStatus.AUTHORITY_NOTIFIED,
    BreachStatus.AUTHORITY_NOTIFIED: BreachStatus.CUSTOMERS_NOTIFIED,
    BreachStatus.CUSTOMERS_NOTIFIED: BreachStatus.CLOSED,
}


class DataCategory(StrEnum):
    NAMES = "names"
    PHONES = "phones"
    EMAILS = "emails"
    ADDRESSES = "addresses"
    BIRTH_DATES = "birth_dates"
    ORDERS = "orders"
    NOTES = "notes"
    CONSENTS = "consents"
    REQUESTS = "requests"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS = {
    DataCategory.NAMES: QT_TRANSLATE_NOOP(CTX, "Names"),
    DataCategory.PHONES: QT_TRANSLATE_NOOP(CTX, "Phone numbers"),
    DataCategory.EMAILS: QT_TRANSLATE_NOOP(CTX, "Email addresses"),
    DataCategory.ADDRESSES: QT_TRANSLATE_NOOP(CTX, "Addresses"),
    DataCategory.BIRTH_DATES: QT_TRANSLATE_NOOP(CTX, "Dates of birth"),
    DataCategory.ORDERS: QT_TRANSLATE_NOOP(CTX, "Orders and installations"),
    DataCategory.NOTES: QT_TRANSLATE_NOOP(CTX, "Notes"),
    DataCategory.CONSENTS: QT_TRANSLATE_NOOP(CTX, "Consents"),
    DataCategory.REQUESTS: QT_TRANSLATE_NOOP(CTX, "Customers' requests"),
}


@dataclass(frozen=True)
class NewBreach:
    """What the director writes down first. ``customer_ids`` None means every customer."""

    happened_at: datetime
    found_at: datetime
    categories: tuple[DataCategory, ...]
    customer_ids: tuple[int, ...] | None
    description: str
    measures: str = ""


@dataclass(frozen=True)
class BreachSummary:
    """One line of the register: ids, dates and counts only."""

    id: int
    happened_at: datetime
    found_at: datetime
    status: BreachStatus
    all_customers: bool
    customer_count: int
    categories: tuple[DataCategory, ...]
    authority_notified_at: datetime | None

    @property
    def deadline(self) -> datetime:
        return notify_deadline(self.found_at)


@dataclass(frozen=True)
class BreachInfo:
    id: int
    happened_at: datetime
    found_at: datetime
    recorded_at: datetime
    recorded_by: int | None
    categories: tuple[DataCategory, ...]
    all_customers: bool
    customer_ids: tuple[int, ...]
    description: str
    measures: str
    status: BreachStatus
    authority_notified_at: datetime | None = None
    authority_reference: str = ""
    customers_notified_at: datetime | None = None
    closed_at: datetime | None = None
    closing_note: str = ""

    @property
    def deadline(self) -> datetime:
        return notify_deadline(self.found_at)


def notify_deadline(found_at: datetime) -> datetime:
    """72 hours after discovery, by the clock: weekends and holidays are not skipped."""
    return found_at + NOTIFY_WITHIN


class ClockState(StrEnum):
    RUNNING = "running"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NOTIFIED_IN_TIME = "notified_in_time"
    NOTIFIED_LATE = "notified_late"


CLOCK_ICONS = {
    ClockState.RUNNING: "○",
    ClockState.DUE_SOON: "⚠",
    ClockState.OVERDUE: "✖",
    ClockState.NOTIFIED_IN_TIME: "✔",
    ClockState.NOTIFIED_LATE: "✔",
}


@dataclass(frozen=True)
class Clock:
    """Where the 72-hour clock stands at ``now``. ``remaining`` is negative once overdue."""

    deadline: datetime
    remaining: timedelta
    state: ClockState

    @property
    def icon(self) -> str:
        return CLOCK_ICONS[self.state]

    def words(self) -> Message:
        """The state as a sentence for the screen ("1 day 5 h left", "Overdue by 3 h")."""
        if self.state is ClockState.NOTIFIED_IN_TIME:
            return Message(CTX, QT_TRANSLATE_NOOP(CTX, "A05 notified in time"))
        if self.state is ClockState.NOTIFIED_LATE:
            return Message(CTX, QT_TRANSLATE_NOOP(CTX, "A05 notified late"))
        left = self.remaining if self.remaining > timedelta(0) else -self.remaining
        hours = int(left.total_seconds() // 3600)
        minutes = int(left.total_seconds() % 3600 // 60)
        days, hours = divmod(hours, 24)
        if self.state is ClockState.OVERDUE:
            return Message(
                CTX,
                QT_TRANSLATE_NOOP(CTX, "Overdue by {days} d {hours} h {minutes} min"),
                {"days": days, "hours": hours, "minutes": minutes},
            )
        return Message(
            CTX,
            QT_TRANSLATE_NOOP(CTX, "{days} d {hours} h {minutes} min left to notify A05"),
            {"days": days, "hours": hours, "minutes": minutes},
        )


def clock(found_at: datetime, authority_notified_at: datetime | None, now: datetime) -> Clock:
    deadline = notify_deadline(found_at)
    if authority_notified_at is not None:
        late = authority_notified_at > deadline
        state = ClockState.NOTIFIED_LATE if late else ClockState.NOTIFIED_IN_TIME
        return Clock(deadline, deadline - authority_notified_at, state)
    remaining = deadline - now
    if remaining <= timedelta(0):
        state = ClockState.OVERDUE
    elif remaining <= SOON:
        state = ClockState.DUE_SOON
    else:
        state = ClockState.RUNNING
    return Clock(deadline, remaining, state)


def _text(value: str, field: str, required: bool) -> str:
    text = value.strip()
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in this field."), field)
    if len(text) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is too long (at most {n} characters)."),
            field,
            n=MAX_TEXT,
        )
    return text


def check_new_breach(new: NewBreach, now: datetime) -> NewBreach:
    """The breach as it will be stored, or a ValidationError naming the field to fix."""
    if new.happened_at.tzinfo is None or new.found_at.tzinfo is None:
        raise ValueError("breach times must be aware")
    if new.found_at > now + timedelta(minutes=5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The discovery time cannot be in the future."), "found_at"
        )
    if new.happened_at > new.found_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The breach cannot have happened after it was found."),
            "happened_at",
        )
    if not new.categories:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tick at least one kind of data that was affected."),
            "categories",
        )
    if new.customer_ids is not None and not new.customer_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the affected customers, or tick all customers."),
            "customers",
        )
    return NewBreach(
        happened_at=new.happened_at,
        found_at=new.found_at,
        categories=tuple(dict.fromkeys(new.categories)),
        customer_ids=None if new.customer_ids is None else tuple(sorted(set(new.customer_ids))),
        description=_text(new.description, "description", required=True),
        measures=_text(new.measures, "measures", required=False),
    )


def check_step(current: BreachStatus, wanted: BreachStatus) -> None:
    """Refuse a step out of order (e.g. closing before A05 was notified)."""
    if NEXT_STATUS.get(current) is not wanted:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This step is not possible now. The steps go in order: notify A05, notify "
                "the customers, then close.",
            )
        )


def check_step_time(found_at: datetime, at: datetime, now: datetime) -> None:
    """A notification cannot come before the discovery nor lie in the future."""
    if at < found_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This cannot be earlier than when the breach was found."),
            "at",
        )
    if at > now + timedelta(minutes=5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This time cannot be in the future."), "at"
        )


def check_reference(reference: str) -> str:
    text = reference.strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Write the reference of the notification (e.g. the dispatch number)."
            ),
            "reference",
        )
    if len(text) > MAX_REFERENCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is too long (at most {n} characters)."),
            "reference",
            n=MAX_REFERENCE,
        )
    return text


def check_closing_note(note: str) -> str:
    return _text(note, "closing_note", required=True)
