"""Each access-review rule on audit data made for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from shopprivacy.domain import access_flags
from shopprivacy.domain.access_flags import FlagKind, FlagRules
from shopprivacy.domain.audit import Action, AuditRecord

VN = ZoneInfo("Asia/Ho_Chi_Minh")
RULES = FlagRules(zone=VN, burst_count=30, burst_minutes=10, open_hour=8, close_hour=21)
# 10:00 in Ho Chi Minh City on a weekday.
MORNING = datetime(2026, 11, 20, 10, 0, tzinfo=VN).astimezone(UTC)


class Log:
    """Audit entries in order, as a shop's day would write them."""

    def __init__(self) -> None:
        self.entries: list[AuditRecord] = []

    def add(
        self,
        at: datetime,
        staff_id: int | None,
        action: str,
        target_type: str | None = None,
        target_id: object = None,
        **detail: Any,
    ) -> AuditRecord:
        tid = None if target_id is None else str(target_id)
        entry = AuditRecord(len(self.entries) + 1, at, staff_id, action, target_type, tid, detail)
        self.entries.append(entry)
        return entry


def opened(log: Log, staff_id: int, start: datetime, count: int, every: timedelta) -> None:
    for i in range(count):
        log.add(start + every * i, staff_id, Action.CUSTOMER_VIEWED, "customer", 100 + i)


def test_thirty_one_records_in_ten_minutes_raise_one_flag_but_thirty_do_not() -> None:
    log = Log()
    opened(log, 2, MORNING, 30, timedelta(seconds=15))
    assert access_flags.many_opened(log.entries, RULES) == []
    opened(log, 2, MORNING + timedelta(seconds=30 * 15), 5, timedelta(seconds=15))
    flags = access_flags.many_opened(log.entries, RULES)
    assert len(flags) == 1
    flag = flags[0]
    assert (flag.kind, flag.staff_id, flag.count) == (FlagKind.MANY_OPENED, 2, 35)
    assert (flag.first_seq, flag.last_seq) == (1, 35)


def test_the_same_openings_spread_over_an_afternoon_raise_nothing() -> None:
    log = Log()
    opened(log, 2, MORNING, 60, timedelta(minutes=1))
    assert access_flags.many_opened(log.entries, RULES) == []


def test_two_staff_each_under_the_limit_are_not_added_together() -> None:
    log = Log()
    opened(log, 2, MORNING, 20, timedelta(seconds=10))
    opened(log, 3, MORNING, 20, timedelta(seconds=10))
    assert access_flags.many_opened(log.entries, RULES) == []


def test_two_separate_bursts_are_two_flags() -> None:
    log = Log()
    opened(log, 2, MORNING, 31, timedelta(seconds=5))
    opened(log, 2, MORNING + timedelta(hours=3), 40, timedelta(seconds=5))
    flags = access_flags.many_opened(log.entries, RULES)
    assert [f.count for f in flags] == [31, 40]
    assert flags[0].key != flags[1].key


def test_work_before_opening_and_after_closing_is_flagged_once_per_person_and_day() -> None:
    log = Log()
    early = datetime(2026, 11, 20, 7, 59, tzinfo=VN)
    log.add(early, 2, Action.SIGNED_IN)
    log.add(early + timedelta(seconds=30), 2, Action.CUSTOMER_VIEWED, "customer", 7)
    log.add(datetime(2026, 11, 20, 8, 0, tzinfo=VN), 2, Action.CUSTOMER_VIEWED, "customer", 8)
    log.add(datetime(2026, 11, 20, 20, 59, tzinfo=VN), 3, Action.CUSTOMER_VIEWED, "customer", 9)
    log.add(datetime(2026, 11, 20, 21, 0, tzinfo=VN), 3, Action.CUSTOMER_VIEWED, "customer", 9)
    log.add(datetime(2026, 11, 20, 23, 30, tzinfo=VN), None, Action.SIGN_IN_FAILED)
    flags = access_flags.outside_hours(log.entries, RULES)
    assert [(f.staff_id, f.count, f.first_seq) for f in flags] == [(2, 2, 1), (3, 1, 5)]


def test_opening_hours_are_read_on_the_shops_clock_not_utc() -> None:
    log = Log()
    # 02:00 UTC is 09:00 in Vietnam: open.
    log.add(datetime(2026, 11, 20, 2, 0, tzinfo=UTC), 2, Action.CUSTOMER_VIEWED, "customer", 1)
    assert access_flags.outside_hours(log.entries, RULES) == []
    # 15:00 UTC is 22:00 in Vietnam: closed.
    log.add(datetime(2026, 11, 20, 15, 0, tzinfo=UTC), 2, Action.CUSTOMER_VIEWED, "customer", 1)
    assert len(access_flags.outside_hours(log.entries, RULES)) == 1


def test_every_export_is_a_flag_and_a_print_is_not() -> None:
    log = Log()
    log.add(MORNING, 2, Action.MARKETING_EXPORTED, channel="email", count=40)
    log.add(MORNING, 1, Action.REPORT_EXPORTED, kind="access_review", pages=2)
    log.add(MORNING, 1, Action.REPORT_PRINTED, kind="access_review", pages=2)
    log.add(MORNING, 1, "disclosures_exported")
    flags = access_flags.exports(log.entries)
    assert [(f.staff_id, f.first_seq) for f in flags] == [(2, 1), (1, 2), (1, 4)]


def test_activity_after_deactivation_is_flagged_but_not_before() -> None:
    log = Log()
    log.add(MORNING, 2, Action.CUSTOMER_VIEWED, "customer", 1)
    log.add(MORNING + timedelta(minutes=1), 1, Action.STAFF_DEACTIVATED, "staff", 2)
    log.add(MORNING + timedelta(minutes=2), 2, Action.CUSTOMER_VIEWED, "customer", 1)
    log.add(MORNING + timedelta(minutes=3), 2, Action.SIGN_IN_FAILED, "staff", 2)
    flags = access_flags.inactive_account(log.entries)
    assert [(f.staff_id, f.first_seq) for f in flags] == [(2, 3)]


def test_a_deactivation_before_the_period_still_counts() -> None:
    log = Log()
    log.add(MORNING, 4, Action.CUSTOMER_VIEWED, "customer", 1)
    assert access_flags.inactive_account(log.entries) == []
    earlier = {4: MORNING - timedelta(days=3)}
    assert len(access_flags.inactive_account(log.entries, earlier)) == 1


def test_activity_while_locked_is_flagged_until_the_director_unlocks() -> None:
    log = Log()
    log.add(MORNING, 2, Action.ACCOUNT_LOCKED, "staff", 2)
    log.add(MORNING + timedelta(minutes=1), 2, Action.CUSTOMER_VIEWED, "customer", 5)
    log.add(MORNING + timedelta(minutes=2), 1, Action.ACCOUNT_UNLOCKED, "staff", 2)
    log.add(MORNING + timedelta(minutes=3), 2, Action.CUSTOMER_VIEWED, "customer", 5)
    flags = access_flags.inactive_account(log.entries)
    assert [f.first_seq for f in flags] == [2]


def test_a_refusal_for_an_inactive_account_is_an_inactive_account_flag() -> None:
    log = Log()
    log.add(MORNING, 2, Action.PERMISSION_REFUSED, reason="account_inactive", permission="x")
    log.add(MORNING, 3, Action.PERMISSION_REFUSED, role="sales", permission="view_access_review")
    assert [f.staff_id for f in access_flags.inactive_account(log.entries)] == [2]
    assert [f.staff_id for f in access_flags.refused(log.entries)] == [3]


def test_all_flags_lists_every_rule_oldest_first_with_distinct_keys() -> None:
    log = Log()
    log.add(datetime(2026, 11, 20, 6, 0, tzinfo=VN), 3, Action.MARKETING_EXPORTED)
    log.add(MORNING, 3, Action.PERMISSION_REFUSED, role="care", permission="export_marketing")
    flags = access_flags.all_flags(log.entries, RULES)
    assert [f.kind for f in flags] == [FlagKind.EXPORT, FlagKind.OUTSIDE_HOURS, FlagKind.REFUSED]
    assert len({f.key for f in flags}) == 3
