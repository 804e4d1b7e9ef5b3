"""The desk's list page: search results with province and retention date, masked per role."""

from __future__ import annotations

from datetime import date

import pytest

from shopprivacy.domain.customers import Address, AddressKind
from shopprivacy.domain.errors import AuthenticationError
from shopprivacy.domain.orders import NewOrder
from shopprivacy.domain.staff import Role
from shopprivacy.services.actors import issue_actor
from shopprivacy.services.desk_queries import DeskQueries
from tests.conftest import Shop
from tests.services.customer_helpers import HOME, add


def test_list_shows_province_and_retention_of_each_customer(shop: Shop) -> None:
    office_only = Address(AddressKind.OFFICE, "5 Trần Phú", "Phường Hải Châu", "Đà Nẵng")
    anh = add(shop, addresses=(HOME,))
    binh = add(shop, name="Trần Thị Bình", mobile="0987 111 222", addresses=(office_only,))
    chi = add(shop, name="Lê Chi", mobile="0977 333 444")
    shop.services.orders.add_order(shop.sales, anh.id, NewOrder(date(2026, 1, 10), "Camera", 60))
    desk = DeskQueries(shop.services.vault)

    lines = {line.id: line for line in desk.list_page(shop.sales, "")}

    assert lines[anh.id].province == "TP. Hồ Chí Minh"
    assert lines[binh.id].province == "Đà Nẵng"
    assert lines[chi.id].province == ""
    assert lines[anh.id].retention_until == date(2031, 1, 10)
    assert lines[chi.id].retention_until is not None
    assert desk.first_page(shop.sales, "").total == 3


def test_list_pages_follow_the_search_and_mask_for_care(shop: Shop) -> None:
    add(shop, email="anh.nguyen@gmail.com")
    add(shop, name="Đặng Đức Anh", mobile="028 3822 9999")
    desk = DeskQueries(shop.services.vault)

    first = desk.list_page(shop.care, "anh", limit=1)
    second = desk.list_page(shop.care, "anh", limit=1, offset=1)

    assert len(first) == len(second) == 1 and first[0].id != second[0].id
    assert all("•" in line.summary.phone for line in first + second)
    assert desk.first_page(shop.care, "nguyen anh").total == 1


def test_an_account_no_longer_active_lists_nothing(shop: Shop) -> None:
    add(shop)
    stranger = issue_actor(shop.services.vault, 9999, "nobody", Role.SALES)
    with pytest.raises(AuthenticationError):
        DeskQueries(shop.services.vault).list_page(stranger, "")
