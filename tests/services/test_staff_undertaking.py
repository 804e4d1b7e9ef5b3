"""Each staff account's signed confidentiality undertaking: recorded by the director only (and
logged), shown with the account, and the access review flags active accounts without one."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from shopprivacy.domain.access_flags import FlagKind
from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.errors import PermissionDenied, ValidationError
from shopprivacy.domain.staff import NewStaff, Role, Undertaking
from shopprivacy.reports.access_review import build_access_review
from shopprivacy.reports.document import Paragraph
from shopprivacy.services.access_review import ReviewQuery
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop

SIGNED = Undertaking(date(2026, 12, 1), "CK-2026")
NEW_PASSWORD = "Den-long#Pho-co-2026"


def no_undertaking(shop: Shop) -> set[int | None]:
    today = datetime.now(SHOP_ZONE).date()
    review = shop.services.access_review.review(shop.director, ReviewQuery(today, today))
    return {f.flag.staff_id for f in review.flags if f.flag.kind is FlagKind.NO_UNDERTAKING}


def info(shop: Shop, staff_id: int):  # type: ignore[no-untyped-def]
    return next(s for s in shop.services.staff.list_staff(shop.director) if s.id == staff_id)


def test_the_director_records_an_undertaking_and_the_flag_goes(shop: Shop) -> None:
    everyone = {shop.director.staff_id, shop.sales.staff_id, shop.care.staff_id}
    assert no_undertaking(shop) == everyone
    saved = shop.services.staff.record_undertaking(shop.director, shop.sales.staff_id, SIGNED)
    assert saved.undertaking == SIGNED
    assert info(shop, shop.sales.staff_id).undertaking == SIGNED
    assert no_undertaking(shop) == everyone - {shop.sales.staff_id}
    logged = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.STAFF_UNDERTAKING_RECORDED)
    )
    assert len(logged) == 1 and logged[0].target_id == str(shop.sales.staff_id)
    assert logged[0].detail == {
        "signed_on": "2026-12-01",
        "version": "CK-2026",
        "previous_signed_on": None,
        "previous_version": None,
    }


def test_a_newer_undertaking_replaces_the_old_and_the_log_keeps_both(shop: Shop) -> None:
    staff = shop.services.staff
    staff.record_undertaking(shop.director, shop.care.staff_id, SIGNED)
    newer = Undertaking(date(2026, 12, 5), "  CK-2026   bản 2 ")
    assert staff.record_undertaking(shop.director, shop.care.staff_id, newer).undertaking == (
        Undertaking(date(2026, 12, 5), "CK-2026 bản 2")
    )
    logged = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.STAFF_UNDERTAKING_RECORDED)
    )
    assert {e.detail["previous_version"] for e in logged} == {None, "CK-2026"}


def test_a_deactivated_account_is_not_flagged(shop: Shop) -> None:
    shop.services.staff.deactivate(shop.director, shop.care.staff_id)
    assert shop.care.staff_id not in no_undertaking(shop)


@pytest.mark.parametrize("role", ["sales", "care"])
def test_only_the_director_records_an_undertaking_and_a_refusal_is_logged(
    shop: Shop, role: str
) -> None:
    actor = getattr(shop, role)
    with pytest.raises(PermissionDenied):
        shop.services.staff.record_undertaking(actor, actor.staff_id, SIGNED)
    assert info(shop, actor.staff_id).undertaking is None
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED, staff_id=actor.staff_id)
    )
    assert [e.detail["permission"] for e in refused] == ["manage_staff"]


@pytest.mark.parametrize(
    ("undertaking", "field"),
    [
        (Undertaking(date(2026, 12, 1), "   "), "undertaking_version"),
        (Undertaking(date(2026, 12, 1), "x" * 41), "undertaking_version"),
        (
            Undertaking(datetime.now(SHOP_ZONE).date() + timedelta(days=2), "CK"),
            "undertaking_signed_on",
        ),
    ],
)
def test_a_blank_version_or_a_future_date_is_refused(
    shop: Shop, undertaking: Undertaking, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        shop.services.staff.record_undertaking(shop.director, shop.sales.staff_id, undertaking)
    assert refused.value.field == field
    assert info(shop, shop.sales.staff_id).undertaking is None


def test_an_undertaking_given_when_adding_the_account_is_recorded_with_it(shop: Shop) -> None:
    new = NewStaff("cskh2", Role.CARE, "Đỗ Minh Thư", undertaking=SIGNED)
    made = shop.services.staff.add_staff(shop.director, new, NEW_PASSWORD)
    assert made.undertaking == SIGNED
    assert made.id not in no_undertaking(shop)
    actions = [e.action for e in shop.services.audit.entries(shop.director, AuditFilter())]
    assert Action.STAFF_ADDED in actions and Action.STAFF_UNDERTAKING_RECORDED in actions


def test_a_bad_undertaking_when_adding_adds_nobody(shop: Shop) -> None:
    new = NewStaff("cskh2", Role.CARE, "Đỗ Minh Thư", undertaking=Undertaking(SIGNED.signed_on, ""))
    with pytest.raises(ValidationError):
        shop.services.staff.add_staff(shop.director, new, NEW_PASSWORD)
    assert "cskh2" not in [s.username for s in shop.services.staff.list_staff(shop.director)]


def test_the_printed_access_review_names_active_accounts_without_one(shop: Shop) -> None:
    staff = shop.services.staff
    staff.record_undertaking(shop.director, shop.director.staff_id, SIGNED)
    staff.record_undertaking(shop.director, shop.sales.staff_id, SIGNED)
    today = datetime.now(SHOP_ZONE).date()

    def warnings() -> list[str]:
        report = build_access_review(shop.services, shop.director, today, today, "vi")
        return [b.text for b in report.blocks if isinstance(b, Paragraph) and b.style == "warning"]

    assert warnings() == ["Tài khoản đang dùng chưa có cam kết bảo mật đã ký: cskh1."]
    staff.record_undertaking(shop.director, shop.care.staff_id, SIGNED)
    assert warnings() == []
