"""Moving a phone to another customer, or writing a consent grant, with an SQL tool: the row's
keyed seal no longer matches, so the record names the damage and the marketing export leaves the
customer out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.errors import DamagedRecord
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter
from tests.conftest import DIRECTOR_PASSWORD, Shop
from tests.services.customer_helpers import add
from tests.services.test_orders_and_marketing import grant, read_csv

pytestmark = pytest.mark.sqlite_only("tampers with the SQLite file")


def run_sql(shop: Shop, *statements: str) -> None:
    shop.db.dispose()
    con = sqlite3.connect(shop.path)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()


def test_a_phone_moved_to_another_customer_is_caught(shop: Shop) -> None:
    an = add(shop, name="Nguyễn Văn An", mobile="0901 234 567")
    binh = add(shop, name="Trần Thị Bình", mobile="0987 654 321")
    run_sql(
        shop, f"UPDATE customer_contacts SET customer_id = {binh.id} WHERE customer_id = {an.id}"
    )
    with pytest.raises(DamagedRecord):
        shop.services.customers.get_customer(shop.director, binh.id)
    # The list shows Bình with her own phone only.
    rows = shop.services.customers.search_customers(shop.director, "Bình", 10, 0)
    assert [r.phone for r in rows] == ["0987 654 321"]


def test_a_forged_grant_does_not_reach_the_marketing_export(shop: Shop, tmp_path: Path) -> None:
    yes = add(shop, name="Lê Văn Có", email="co@gmail.com").id
    no = add(shop, name="Phạm Thị Không", mobile="0977 333 444", email="khong@gmail.com").id
    grant(shop, yes, Purpose.MARKETING_EMAIL)
    run_sql(
        shop,
        "INSERT INTO consents (customer_id, purpose, granted, at, staff_id, method) VALUES "
        f"({no}, 'marketing_email', 1, '2026-12-01 08:00:00.000000', 1, 'in_shop')",
    )
    out = tmp_path / "email.csv"
    shop.services.marketing.export_marketing(shop.sales, Purpose.MARKETING_EMAIL, out)
    assert [row[0] for row in read_csv(out)[1:]] == [str(yes)]


def test_rows_from_before_the_seal_are_sealed_once_at_sign_in(shop: Shop, tmp_path: Path) -> None:
    cid = add(shop, name="Võ Văn Cũ", email="cu@gmail.com").id
    grant(shop, cid, Purpose.MARKETING_EMAIL)
    run_sql(shop, "UPDATE customer_contacts SET bind = NULL", "UPDATE consents SET bind = NULL")
    signed = shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    services = Services(signed.vault)
    assert services.customers.get_customer(signed.actor, cid).full_name == "Võ Văn Cũ"
    bound = services.audit.entries(signed.actor, AuditFilter(action="rows_bound"))
    assert [(e.detail["contacts"], e.detail["consents"]) for e in bound] == [
        (2, 1)
    ]  # mobile and email, one grant
    # Once: a row unsealed afterwards is not blessed by the next sign-in.
    run_sql(shop, "UPDATE consents SET bind = NULL")
    shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    out = tmp_path / "email.csv"
    shop.services.marketing.export_marketing(shop.sales, Purpose.MARKETING_EMAIL, out)
    assert read_csv(out)[1:] == []
