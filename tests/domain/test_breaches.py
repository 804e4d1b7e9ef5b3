"""The breach register's rules: the 72-hour clock counts hours, steps go in order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopprivacy.domain.breaches import (
    BreachStatus,
    ClockState,
    DataCategory,
    NewBreach,
    check_new_breach,
    check_step,
    clock,
    notify_deadline,
)
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.errors import ConflictError, ValidationError


def shop_time(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHOP_ZONE).astimezone(UTC)  # type: ignore[misc]


def test_found_on_friday_evening_is_due_on_monday_evening_weekend_included() -> None:
    found = shop_time(2026, 11, 20, 17, 0)  # a Friday
    deadline = notify_deadline(found).astimezone(SHOP_ZONE)
    assert deadline.strftime("%A %d/%m %H:%M") == "Monday 23/11 17:00"


def test_the_clock_runs_then_warns_then_is_overdue() -> None:
    found = shop_time(2026, 11, 20, 17, 0)
    running = clock(found, None, found + timedelta(hours=1))
    assert running.state is ClockState.RUNNING
    assert running.words().render() == "2 d 23 h 0 min left to notify A05"
    soon = clock(found, None, found + timedelta(hours=60))
    assert soon.state is ClockState.DUE_SOON and soon.icon == "⚠"
    late = clock(found, None, found + timedelta(hours=75, minutes=30))
    assert late.state is ClockState.OVERDUE and late.icon == "✖"
    assert late.words().render() == "Overdue by 0 d 3 h 30 min"


def test_notifying_stops_the_clock_in_time_or_late() -> None:
    found = shop_time(2026, 11, 20, 17, 0)
    much_later = found + timedelta(days=30)
    on_time = clock(found, found + timedelta(hours=71), much_later)
    assert on_time.state is ClockState.NOTIFIED_IN_TIME
    late = clock(found, found + timedelta(hours=73), much_later)
    assert late.state is ClockState.NOTIFIED_LATE


def _new(**kw: object) -> NewBreach:
    now = datetime(2026, 11, 23, 3, tzinfo=UTC)
    fields: dict[str, object] = {
        "happened_at": now - timedelta(days=2),
        "found_at": now - timedelta(hours=1),
        "categories": (DataCategory.NAMES, DataCategory.PHONES),
        "customer_ids": (3, 1, 3),
        "description": "  Laptop bị mất  ",
    }
    fields.update(kw)
    return NewBreach(**fields)  # type: ignore[arg-type]


def test_a_new_breach_is_cleaned_and_checked() -> None:
    now = datetime(2026, 11, 23, 3, tzinfo=UTC)
    clean = check_new_breach(_new(), now)
    assert clean.customer_ids == (1, 3) and clean.description == "Laptop bị mất"
    with pytest.raises(ValidationError) as bad:
        check_new_breach(_new(found_at=now + timedelta(hours=2)), now)
    assert bad.value.field == "found_at"
    with pytest.raises(ValidationError) as bad:
        check_new_breach(_new(happened_at=now), now)
    assert bad.value.field == "happened_at"
    with pytest.raises(ValidationError) as bad:
        check_new_breach(_new(categories=()), now)
    assert bad.value.field == "categories"
    with pytest.raises(ValidationError) as bad:
        check_new_breach(_new(customer_ids=()), now)
    assert bad.value.field == "customers"
    with pytest.raises(ValidationError) as bad:
        check_new_breach(_new(description="   "), now)
    assert bad.value.field == "description"


def test_steps_go_in_order() -> None:
    check_step(BreachStatus.OPEN, BreachStatus.AUTHORITY_NOTIFIED)
    with pytest.raises(ConflictError):
        check_step(BreachStatus.OPEN, BreachStatus.CLOSED)
    with pytest.raises(ConflictError):
        check_step(BreachStatus.CLOSED, BreachStatus.AUTHORITY_NOTIFIED)
