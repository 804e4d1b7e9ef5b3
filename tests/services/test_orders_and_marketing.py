"""Orders set the retention date; marketing lists hold only consenting customers, Excel-safe."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose
from shopprivacy.domain.customer_validation import GuardianRequired
from shopprivacy.domain.errors import PermissionDenied, ValidationError
from shopprivacy.domain.orders import NewOrder, add_months
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.customer_rules import local_day
from tests.conftest import Shop
from tests.services.customer_helpers import HOME, add, grant


def test_retention_follows_a_warranty_that_ends_after_the_months(shop: Shop) -> None:
    made = add(shop)
    orders = shop.services.orders
    orders.add_order(shop.sales, made.id, NewOrder(date(2026, 1, 31), "Camera Imou 4MP", 60))
    orders.add_order(shop.sales, made.id, NewOrder(date(2026, 3, 1), "Ổ cứng 1TB", 12))
    seen = shop.services.customers.get_customer(shop.sales, made.id)
    assert seen.retention_until == date(2031, 1, 31)
    assert [o.description for o in seen.orders] == ["Ổ cứng 1TB", "Camera Imou 4MP"]
    assert seen.orders[1].warranty_until == date(2031, 1, 31)


def test_a_short_warranty_never_makes_the_date_earlier_than_the_months(shop: Shop) -> None:
    made = add(shop)
    today = local_day(shop.services.vault.now())
    shop.services.orders.add_order(shop.sales, made.id, NewOrder(today, "Cáp HDMI", 0))
    shop.services.orders.add_order(shop.sales, made.id, NewOrder(date(2026, 1, 31), "Camera", 12))
    seen = shop.services.customers.get_customer(shop.sales, made.id)
    assert seen.retention_until == add_months(today, 24)
    assert shop.services.retention.due(shop.director) == []


def test_without_orders_retention_is_last_contact_plus_the_directors_months(shop: Shop) -> None:
    made = add(shop)
    today = local_day(shop.services.vault.now())
    assert made.retention_until == add_months(today, 24)
    shop.services.customer_rules.set_retention_months(shop.director, 6)
    assert shop.services.customers.get_customer(shop.sales, made.id).retention_until == add_months(
        today, 6
    )


def test_order_rules(shop: Shop) -> None:
    made = add(shop)
    for order, field in [
        (NewOrder(date(2026, 1, 1), " ", 12), "description"),
        (NewOrder(date(2026, 1, 1), "Camera", 500), "warranty_months"),
        (NewOrder(date(2999, 1, 1), "Camera", 12), "sold_on"),
    ]:
        with pytest.raises(ValidationError) as info:
            shop.services.orders.add_order(shop.sales, made.id, order)
        assert info.value.field == field
    with pytest.raises(PermissionDenied):
        shop.services.orders.add_order(shop.care, made.id, NewOrder(date(2026, 1, 1), "x", 1))


def test_a_childs_order_needs_the_guardian(shop: Shop) -> None:
    kid = add(shop, name="Lê Minh Khang", birth=date(date.today().year - 12, 1, 1))
    with pytest.raises(GuardianRequired):
        shop.services.orders.add_order(shop.sales, kid.id, NewOrder(date(2026, 1, 1), "Loa", 6))


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_export_holds_only_customers_whose_consent_is_in_force(shop: Shop, tmp_path: Path) -> None:
    yes = add(shop, email="yes@gmail.com").id
    withdrew = add(shop, name="Trần Bình", mobile="0987 111 222", email="no@gmail.com").id
    add(shop, name="Phạm Cường", mobile="0977 333 444", email="never@gmail.com")
    phone_only = add(shop, name="Lý Dung", mobile="0966 555 666").id
    for cid in (yes, withdrew, phone_only):
        grant(shop, cid, Purpose.MARKETING_EMAIL)
    shop.services.consents.record_consent(
        shop.care, withdrew, ConsentChange(Purpose.MARKETING_EMAIL, False, ConsentMethod.EMAIL)
    )
    out = tmp_path / "email.csv"
    result = shop.services.marketing.export_marketing(shop.sales, Purpose.MARKETING_EMAIL, out)
    assert read_csv(out) == [
        ["Customer no.", "Full name", "Email"],
        [str(yes), "Nguyễn Văn Ánh", "yes@gmail.com"],
    ]
    assert (result.count, result.without_contact) == (1, 1)
    entry = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.MARKETING_EXPORTED)
    )[0]
    assert entry.staff_id == shop.sales.staff_id
    assert entry.detail == {"count": 1, "without_contact": 1}
    assert entry.target_id == "marketing_email"


def test_export_cells_cannot_run_as_formulas(shop: Shop, tmp_path: Path) -> None:
    from dataclasses import replace

    addr = replace(HOME, street='=HYPERLINK("http://x")', ward="+cmd", province="@SUM(1)")
    cid = add(shop, name="Nguyễn -Văn", addresses=(addr,)).id
    grant(shop, cid, Purpose.MARKETING_POST)
    out = tmp_path / "post.csv"
    shop.services.marketing.export_marketing(shop.director, Purpose.MARKETING_POST, out)
    row = read_csv(out)[1]
    assert row[1] == "Nguyễn -Văn"
    assert row[2] == '\'=HYPERLINK("http://x"), +cmd, @SUM(1)'
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in read_csv(out) for cell in r)


def test_care_cannot_export(shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        shop.services.marketing.export_marketing(
            shop.care, Purpose.MARKETING_PHONE, tmp_path / "x.csv"
        )
    assert not (tmp_path / "x.csv").exists()


def test_only_marketing_channels_export(shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        shop.services.marketing.export_marketing(
            shop.sales, Purpose.PARTNER_SHARING, tmp_path / "x.csv"
        )
