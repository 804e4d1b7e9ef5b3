"""The request clock: working days in Vietnam, Tết, deadlines at the end of the shop's day."""

from datetime import UTC, date, datetime, timedelta

import pytest

from shopprivacy.domain.deadlines import (
    DEFAULT_TABLE,
    DeadlineGroup,
    DeadlineKind,
    DeadlineRule,
    NextDeadline,
    Urgency,
    acknowledge_due,
    add_working_days,
    classify,
    complete_due,
    end_of_shop_day,
    extended_due,
    is_working_day,
    next_deadline,
    rule_for,
    shop_day,
    table_from_json,
    table_to_json,
    validate_rule,
)
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.requests import RequestType, Status


def local(y: int, m: int, d: int, h: int = 10, mi: int = 0) -> datetime:
    """A moment on the shop's clock (UTC+7) as an aware UTC time."""
    return datetime(y, m, d, h, mi, tzinfo=UTC) - timedelta(hours=7)


def test_tet_2026_and_weekends_are_not_working_days() -> None:
    for day in range(16, 21):  # Lunar New Year's Eve to the fourth day: Mon 16 to Fri 20 Feb
        assert not is_working_day(date(2026, 2, day))
    assert not is_working_day(date(2026, 2, 21))  # Saturday
    assert is_working_day(date(2026, 2, 13)) and is_working_day(date(2026, 2, 23))


def test_request_opened_on_the_friday_before_tet_is_acknowledged_after_it() -> None:
    received = local(2026, 2, 13, 16, 30)
    due = acknowledge_due(received, DEFAULT_TABLE[DeadlineGroup.PROVIDE])
    # Working days after Friday 13: Mon 23 (1), Tue 24 (2); the deadline is the end of that day.
    assert shop_day(due) == date(2026, 2, 24)
    assert due == datetime(2026, 2, 24, 16, 59, 59, tzinfo=UTC)


def test_late_evening_utc_is_already_the_next_day_in_the_shop() -> None:
    # 18:00 UTC on Thursday 12 Feb is 01:00 on Friday 13 Feb in Hồ Chí Minh City.
    received = datetime(2026, 2, 12, 18, 0, tzinfo=UTC)
    assert shop_day(received) == date(2026, 2, 13)
    assert shop_day(acknowledge_due(received, DEFAULT_TABLE[DeadlineGroup.PROVIDE])) == date(
        2026, 2, 24
    )


def test_saturday_worked_in_exchange_for_a_bridge_day_counts() -> None:
    # 2026: Monday 31 Aug is a day off, swapped for Saturday 22 Aug.
    assert is_working_day(date(2026, 8, 22)) and not is_working_day(date(2026, 8, 31))
    assert add_working_days(date(2026, 8, 21), 2) == date(2026, 8, 24)


def test_completion_counts_calendar_days_by_default_and_more_with_a_processor() -> None:
    received = local(2026, 2, 13)
    rule = rule_for(DEFAULT_TABLE, RequestType.DELETION)
    assert shop_day(complete_due(received, rule, False)) == date(2026, 3, 5)  # 20 days
    assert shop_day(complete_due(received, rule, True)) == date(2026, 3, 15)  # 30 days
    working = DeadlineRule(2, 10, 15, 10, complete_in_working_days=True)
    # Ten working days after 13 Feb: Tết week and its weekend skipped, 23 Feb to 6 Mar.
    assert shop_day(complete_due(received, working, False)) == date(2026, 3, 6)


def test_every_request_type_has_the_issue_table_defaults() -> None:
    assert rule_for(DEFAULT_TABLE, RequestType.ACCESS) == DeadlineRule(2, 10, 15, 10)
    assert rule_for(DEFAULT_TABLE, RequestType.CORRECTION) == DeadlineRule(2, 10, 15, 10)
    for kind in (RequestType.WITHDRAWAL, RequestType.RESTRICTION, RequestType.OBJECTION):
        assert rule_for(DEFAULT_TABLE, kind) == DeadlineRule(2, 15, 20, 15)
    assert rule_for(DEFAULT_TABLE, RequestType.DELETION) == DeadlineRule(2, 20, 30, 20)


def test_one_extension_of_up_to_the_rule_days() -> None:
    rule = DEFAULT_TABLE[DeadlineGroup.PROVIDE]
    due = end_of_shop_day(date(2026, 3, 1))
    assert shop_day(extended_due(due, rule)) == date(2026, 3, 11)
    assert shop_day(extended_due(due, rule, 3)) == date(2026, 3, 4)
    with pytest.raises(ValidationError):
        extended_due(due, rule, 11)
    with pytest.raises(ValidationError):
        extended_due(due, rule, 0)


def test_next_deadline_is_the_acknowledgement_then_the_completion() -> None:
    ack, done, ext = local(2026, 3, 2), local(2026, 3, 10), local(2026, 3, 20)
    assert next_deadline(Status.NEW, ack, None, done) == NextDeadline(DeadlineKind.ACKNOWLEDGE, ack)
    assert next_deadline(Status.IN_PROGRESS, ack, ack, done).due == done  # type: ignore[union-attr]
    assert next_deadline(Status.IN_PROGRESS, ack, ack, done, ext).due == ext  # type: ignore[union-attr]
    assert next_deadline(Status.DONE, ack, ack, done) is None
    assert next_deadline(Status.REFUSED, ack, None, done) is None


def test_overdue_and_due_within_a_day() -> None:
    due = NextDeadline(DeadlineKind.COMPLETE, local(2026, 3, 10, 23, 59))
    assert classify(due, due.due + timedelta(seconds=1)) is Urgency.OVERDUE
    assert classify(due, due.due - timedelta(hours=23)) is Urgency.DUE_SOON
    assert classify(due, due.due - timedelta(days=1, seconds=1)) is Urgency.ON_TRACK
    assert classify(None, due.due) is Urgency.CLOSED


def test_director_table_round_trips_and_a_damaged_setting_falls_back() -> None:
    table = dict(DEFAULT_TABLE)
    table[DeadlineGroup.DELETE] = DeadlineRule(3, 25, 35, 10, complete_in_working_days=True)
    assert table_from_json(table_to_json(table)) == table
    assert table_from_json("not json") == DEFAULT_TABLE
    assert table_from_json('{"delete": {"acknowledge_days": -1}}') == DEFAULT_TABLE


def test_silly_rules_are_refused() -> None:
    with pytest.raises(ValidationError):
        validate_rule(DeadlineRule(0, 10, 15, 10))
    with pytest.raises(ValidationError) as info:
        validate_rule(DeadlineRule(2, 20, 15, 10))
    assert info.value.field == "complete_days_with_processor"
