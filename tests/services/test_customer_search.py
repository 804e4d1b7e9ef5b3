"""One search box: names in any form, phones in any format or their ending, emails."""

from __future__ import annotations

import unicodedata

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.services import customer_index
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.services.customer_helpers import ANH, add


@pytest.fixture
def three(shop: Shop) -> dict[str, int]:
    anh = add(shop, email="anh.nguyen@gmail.com").id
    binh = add(shop, name="Trần Thị Bình", mobile="0165 312 3456").id
    duc = add(shop, name="Đặng Đức Anh", mobile="028 3822 9999").id
    return {"anh": anh, "binh": binh, "duc": duc}


def ids(shop: Shop, text: str) -> set[int]:
    found = {r.id for r in shop.services.customers.search_customers(shop.sales, text)}
    assert shop.services.customers.count_customers(shop.sales, text) == len(found)
    first = shop.services.customers.find_customers(shop.sales, text)
    assert {r.id for r in first.rows} == found and (first.total, first.more) == (len(found), False)
    return found


@pytest.mark.parametrize(
    "text",
    [
        ANH,
        unicodedata.normalize("NFD", ANH),
        "nguyen van anh",
        "NGUYEN VAN ANH",
        "ngu",
        "van anh",
        "Nguyễn  ánh",
    ],
)
def test_name_in_any_form_finds_the_customer(shop: Shop, three: dict[str, int], text: str) -> None:
    assert ids(shop, text) == {three["anh"]}


def test_a_word_alone_finds_everyone_with_it(shop: Shop, three: dict[str, int]) -> None:
    assert ids(shop, "anh") == {three["anh"], three["duc"]}
    assert ids(shop, "dang duc") == {three["duc"]}  # đ folds to d


@pytest.mark.parametrize(
    "text", ["0912 345 678", "0912.345.678", "0912-345-678", "+84 912 345 678", "84912345678"]
)
def test_phone_in_any_format(shop: Shop, three: dict[str, int], text: str) -> None:
    assert ids(shop, text) == {three["anh"]}


def test_last_digits_find_the_customer(shop: Shop, three: dict[str, int]) -> None:
    assert ids(shop, "5678") == {three["anh"]}
    assert ids(shop, "345 678") == {three["anh"]}
    assert ids(shop, "9999") == {three["duc"]}
    assert ids(shop, "123") == set()  # three digits say too little


def test_old_and_new_form_of_a_renumbered_mobile(shop: Shop, three: dict[str, int]) -> None:
    assert ids(shop, "01653123456") == {three["binh"]}
    assert ids(shop, "0353 123 456") == {three["binh"]}
    assert ids(shop, "3123456") == {three["binh"]}


def test_email_any_case(shop: Shop, three: dict[str, int]) -> None:
    assert ids(shop, "Anh.Nguyen@GMAIL.com") == {three["anh"]}


def test_empty_box_lists_everyone_newest_first_in_pages(shop: Shop, three: dict[str, int]) -> None:
    first = shop.services.customers.search_customers(shop.sales, "", limit=2)
    rest = shop.services.customers.search_customers(shop.sales, "", limit=2, offset=2)
    assert [r.id for r in first + rest] == [three["duc"], three["binh"], three["anh"]]
    assert shop.services.customers.count_customers(shop.care, "") == 3


def test_care_sees_masked_phones_and_emails_in_the_list(shop: Shop, three: dict[str, int]) -> None:
    row = shop.services.customers.search_customers(shop.care, "nguyen")[0]
    assert (row.full_name, row.phone, row.email) == (ANH, "•••• ••• 678", "a•••@gmail.com")
    row = shop.services.customers.search_customers(shop.sales, "nguyen")[0]
    assert (row.phone, row.email) == ("0912 345 678", "anh.nguyen@gmail.com")


def test_search_by_full_phone_or_email_is_logged_but_not_by_name(
    shop: Shop, three: dict[str, int]
) -> None:
    shop.services.customers.search_customers(shop.care, "nguyen van")
    shop.services.customers.search_customers(shop.care, "5678")
    shop.services.customers.search_customers(shop.care, "0912 345 678")
    shop.services.customers.search_customers(shop.sales, "anh.nguyen@gmail.com")
    log = shop.services.audit.entries(shop.director, AuditFilter(action=Action.CUSTOMER_SEARCHED))
    assert [(e.staff_id, e.detail["by"], e.detail["found"]) for e in log] == [
        (shop.sales.staff_id, "email", [three["anh"]]),
        (shop.care.staff_id, "phone", [three["anh"]]),
    ]


def test_the_first_page_counts_up_to_the_limit_then_says_more(
    shop: Shop, three: dict[str, int]
) -> None:
    customers = shop.services.customers
    every = customers.find_customers(shop.sales, "", limit=1, count_up_to=3)
    assert [r.id for r in every.rows] == [three["duc"]]
    assert (every.total, every.more) == (3, False)
    capped = customers.find_customers(shop.sales, "", limit=1, count_up_to=2)
    assert (capped.total, capped.more) == (2, True)
    one = customers.find_customers(shop.sales, "binh", limit=1, count_up_to=2)
    assert [r.id for r in one.rows] == [three["binh"]] and (one.total, one.more) == (1, False)


def test_the_first_page_by_full_phone_is_logged_once(shop: Shop, three: dict[str, int]) -> None:
    shop.services.customers.find_customers(shop.care, "0912 345 678")
    log = shop.services.audit.entries(shop.director, AuditFilter(action=Action.CUSTOMER_SEARCHED))
    assert [(e.staff_id, e.detail["found"]) for e in log] == [
        (shop.care.staff_id, [three["anh"]])
    ]


def test_a_search_of_several_words_starts_from_the_rarest(shop: Shop) -> None:
    for n in range(4):
        add(shop, name=f"Nguyễn Văn Quỳnh{n}", mobile=f"0912 000 00{n}")
    rare = add(shop, name="Nguyễn Thị Quỳnh", mobile="0912 000 100").id
    vault = shop.services.vault
    query = customer_index.parse_query("nguyen thi quynh")
    with vault.db.transaction() as session:
        stmt = customer_index.matching_ids(session, vault, query)
        driving = stmt.compile().params["digest_1"]  # the first table the join walks
        found = list(session.scalars(stmt))
    assert driving == vault.index.digest("name", "thi")
    assert found == [rare]


def test_a_count_of_several_words_stops_early_and_says_it_is_a_lower_bound(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(6):
        add(shop, name=f"Nguyễn Văn Khôi{n}", mobile=f"0912 000 10{n}")
    monkeypatch.setattr(customer_index, "COUNT_BUDGET", 3)
    found = shop.services.customers.find_customers(
        shop.sales, "nguyen van", limit=2, count_up_to=100
    )
    assert len(found.rows) == 2 and (found.total, found.more) == (3, True)
    assert shop.services.customers.count_customers(shop.sales, "nguyen van") == 6
    everyone = shop.services.customers.search_customers(shop.sales, "nguyen van", limit=10)
    assert len(everyone) == 6  # pages are never cut short
