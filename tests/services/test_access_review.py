"""The director's access review through the service layer, on audit data made for each case."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from shopprivacy.domain.access_flags import FlagKind
from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.errors import PermissionDenied, ValidationError
from shopprivacy.domain.settings import BURST_COUNT, CLOSE_HOUR, OPEN_HOUR
from shopprivacy.domain.staff import Actor
from shopprivacy.services import audit_log
from shopprivacy.services.access_review import ReviewQuery
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop

DAY = date(2026, 11, 20)


def at(hour: int, minute: int = 0, second: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=SHOP_ZONE)


def log(
    shop: Shop,
    actor: Actor | None,
    action: str,
    when: datetime,
    target_type: str | None = None,
    target_id: object = None,
    staff_id: int | None = None,
    **detail: Any,
) -> None:
    vault = shop.services.vault
    with vault.db.transaction() as session:
        audit_log.append(
            session, vault, actor, action, target_type, target_id, at=when.astimezone(UTC),
            staff_id=staff_id, **detail,
        )  # fmt: skip


def review(shop: Shop, **kw: Any) -> Any:
    return shop.services.access_review.review(shop.director, ReviewQuery(DAY, DAY, **kw))


def test_sales_cannot_reach_the_access_review_and_the_attempt_is_logged(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        shop.services.access_review.review(shop.sales, ReviewQuery(DAY, DAY))
    with pytest.raises(PermissionDenied):
        shop.services.access_review.mark_reviewed(shop.care, "export:2:5", "ok")
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED)
    )
    assert {(e.staff_id, e.detail["permission"]) for e in refused} == {
        (shop.sales.staff_id, "view_access_review"),
        (shop.care.staff_id, "view_access_review"),
    }


def test_entries_are_filtered_by_staff_customer_action_and_period(shop: Shop) -> None:
    log(shop, shop.sales, Action.CUSTOMER_VIEWED, at(9), "customer", 7)
    log(shop, shop.sales, Action.CUSTOMER_VIEWED, at(9, 5), "customer", 8)
    log(shop, shop.care, Action.CUSTOMER_VIEWED, at(10), "customer", 7)
    log(shop, shop.care, Action.REQUEST_OPENED, at(10, 1), "request", 1)
    log(shop, shop.sales, Action.CUSTOMER_VIEWED, at(9, day=DAY + timedelta(days=1)), "customer", 7)

    assert len(review(shop).entries) == 4
    by_sales = review(shop, staff_id=shop.sales.staff_id)
    assert [e.target_id for e in by_sales.entries] == ["8", "7"]  # newest first
    about_7 = review(shop, customer_id=7)
    assert [e.staff_id for e in about_7.entries] == [shop.care.staff_id, shop.sales.staff_id]
    opened = review(shop, action=Action.REQUEST_OPENED)
    assert [e.target_id for e in opened.entries] == ["1"]
    two_days = shop.services.access_review.review(
        shop.director, ReviewQuery(DAY, DAY + timedelta(days=1), customer_id=7)
    )
    assert len(two_days.entries) == 3


def test_an_end_before_the_start_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError) as info:
        shop.services.access_review.review(shop.director, ReviewQuery(DAY, DAY - timedelta(days=1)))
    assert info.value.field == "date_to"


def test_summary_counts_opened_per_day_prints_exports_and_failed_logins(shop: Shop) -> None:
    for i in range(3):
        log(shop, shop.sales, Action.CUSTOMER_VIEWED, at(9, i), "customer", i)
    log(shop, shop.sales, Action.CUSTOMER_PRINTED, at(9, 10), "customer", 1)
    log(shop, shop.sales, Action.MARKETING_EXPORTED, at(9, 20), channel="email", count=3)
    log(shop, None, Action.SIGN_IN_FAILED, at(9, 30), "staff", shop.care.staff_id,
        staff_id=shop.care.staff_id, reason="wrong_password")  # fmt: skip
    summaries = {s.username: s for s in review(shop).summaries}
    sales, care = summaries["banhang1"], summaries["cskh1"]
    assert (sales.opened, sales.busiest_day, sales.prints, sales.exports) == (3, 3, 1, 1)
    assert sales.opened_per_day == {DAY: 3}
    assert care.failed_logins == 1 and care.opened == 0
    assert summaries["giamdoc"].actions == 0  # quiet accounts are listed too


def test_many_records_opened_in_a_short_time_is_raised_at_the_directors_threshold(
    shop: Shop,
) -> None:
    for i in range(12):
        log(
            shop,
            shop.sales,
            Action.CUSTOMER_VIEWED,
            at(14) + timedelta(seconds=i * 20),
            "customer",
            i,
        )
    assert not [f for f in review(shop).flags if f.flag.kind is FlagKind.MANY_OPENED]
    shop.services.settings.set_int(shop.director, BURST_COUNT, 10)
    flags = [f.flag for f in review(shop).flags if f.flag.kind is FlagKind.MANY_OPENED]
    assert len(flags) == 1 and flags[0].staff_id == shop.sales.staff_id and flags[0].count == 12


def test_work_outside_the_opening_hours_the_director_sets_is_raised(shop: Shop) -> None:
    log(shop, shop.care, Action.CUSTOMER_VIEWED, at(19, 30), "customer", 3)
    assert not [f for f in review(shop).flags if f.flag.kind is FlagKind.OUTSIDE_HOURS]
    shop.services.settings.set_int(shop.director, OPEN_HOUR, 9)
    shop.services.settings.set_int(shop.director, CLOSE_HOUR, 18)
    flags = [f.flag for f in review(shop).flags if f.flag.kind is FlagKind.OUTSIDE_HOURS]
    assert [f.staff_id for f in flags] == [shop.care.staff_id]


def test_opening_hours_that_close_before_they_open_are_refused_and_nothing_changes(
    shop: Shop,
) -> None:
    settings = shop.services.settings
    with pytest.raises(ValidationError) as refused:
        settings.set_int(shop.director, CLOSE_HOUR, 7)  # the shop opens at 8
    assert refused.value.field == CLOSE_HOUR.key
    with pytest.raises(ValidationError):
        settings.set_ints(shop.director, {OPEN_HOUR: 12, CLOSE_HOUR: 12, BURST_COUNT: 50})
    assert (settings.get_int(OPEN_HOUR), settings.get_int(CLOSE_HOUR)) == (8, 21)
    assert settings.get_int(BURST_COUNT) == BURST_COUNT.default
    settings.set_ints(shop.director, {OPEN_HOUR: 22, CLOSE_HOUR: 24})
    assert (settings.get_int(OPEN_HOUR), settings.get_int(CLOSE_HOUR)) == (22, 24)


def test_exports_refusals_and_a_deactivated_accounts_activity_are_raised(shop: Shop) -> None:
    log(shop, shop.sales, Action.MARKETING_EXPORTED, at(10), channel="zalo", count=9)
    with pytest.raises(PermissionDenied):
        shop.services.staff.list_staff(shop.sales)
    shop.services.staff.deactivate(shop.director, shop.care.staff_id)
    with pytest.raises(Exception):  # noqa: B017 - the account is inactive: any refusal will do
        shop.services.requests.counts(shop.care)
    today = datetime.now(SHOP_ZONE).date()
    kinds = {
        f.flag.kind: f.flag.staff_id
        for f in shop.services.access_review.review(
            shop.director, ReviewQuery(min(DAY, today), max(DAY, today))
        ).flags
        if f.flag.kind not in (FlagKind.OUTSIDE_HOURS, FlagKind.NO_UNDERTAKING)
    }
    assert kinds == {
        FlagKind.EXPORT: shop.sales.staff_id,
        FlagKind.REFUSED: shop.sales.staff_id,
        FlagKind.INACTIVE_ACCOUNT: shop.care.staff_id,
    }


def test_a_flag_marked_reviewed_keeps_its_sealed_note_and_the_review_is_logged(
    shop: Shop,
) -> None:
    log(shop, shop.sales, Action.MARKETING_EXPORTED, at(10), channel="email", count=40)
    flag = review(shop).flags[0]
    assert flag.review is None
    note = "Anh Hùng xuất danh sách cho chương trình khuyến mãi tháng 11"
    shop.services.access_review.mark_reviewed(shop.director, flag.flag.key, note)
    again = review(shop).flags[0]
    assert again.review is not None
    assert (again.review.note, again.review.reviewed_by) == (note, "giamdoc")
    logged = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.ACCESS_FLAG_REVIEWED)
    )
    assert len(logged) == 1 and logged[0].target_id == flag.flag.key
    assert logged[0].detail == {"with_note": True, "again": False}
    if shop.db.is_sqlite:
        shop.db.checkpoint()
        raw = shop.path.read_bytes()
    else:  # on a server, read what it stores for the review rows
        with shop.db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT * FROM access_flag_reviews").all()
        raw = b"".join(
            bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode()
            for row in rows
            for v in row
            if v is not None
        )
        assert raw
    assert "khuyến mãi".encode() not in raw and b"chuong trinh" not in raw


def test_the_review_shows_the_chains_state_and_is_itself_logged(shop: Shop) -> None:
    result = review(shop)
    assert result.chain.ok
    newest_first = shop.services.audit.entries(shop.director)
    assert newest_first[0].action == Action.AUDIT_VIEWED
    assert newest_first[0].detail["view"] == "access_review"
    assert newest_first[0].detail["chain_ok"] is True
    # The chain was verified just before the viewing was logged.
    assert (result.chain.head_seq, result.chain.head_hash) == (
        newest_first[1].seq,
        newest_first[1].hash,
    )


def test_filtering_by_one_account_still_sees_the_directors_unlock(shop: Shop) -> None:
    sales = shop.sales.staff_id
    log(shop, None, Action.ACCOUNT_LOCKED, at(9), "staff", sales, staff_id=sales)
    log(shop, shop.director, Action.ACCOUNT_UNLOCKED, at(9, 30), "staff", sales)
    log(shop, shop.sales, Action.CUSTOMER_VIEWED, at(10), "customer", 4)
    assert not [f for f in review(shop).flags if f.flag.kind is FlagKind.INACTIVE_ACCOUNT]
    mine = review(shop, staff_id=sales)
    assert not [f for f in mine.flags if f.flag.kind is FlagKind.INACTIVE_ACCOUNT]
    assert {e.staff_id for e in mine.entries} == {sales}
