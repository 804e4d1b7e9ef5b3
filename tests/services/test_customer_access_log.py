"""The customer's own data report lists who at the shop opened, changed, printed or exported the
record, by full name and role, from the audit log; other customers' entries stay out."""

from __future__ import annotations

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.staff import Role
from shopprivacy.services.audit import AuditFilter
from tests.conftest import CARE, DIRECTOR, SALES, Shop
from tests.services.breach_helpers import record
from tests.services.customer_helpers import add


def test_the_report_names_each_access_by_full_name_and_role(shop: Shop) -> None:
    anh = add(shop)
    other = add(shop, name="Trần Thị Bình", mobile="0987 654 321")
    svc = shop.services
    svc.customers.get_customer(shop.care, anh.id)
    svc.customers.print_customer(shop.sales, anh.id)
    svc.customers.get_customer(shop.care, other.id)  # someone else's record: not listed
    svc.customers.search_customers(shop.sales, "0912 345 678")  # a full phone finds Ánh
    breach = record(shop, (anh.id,))
    svc.breaches.letters(shop.director, breach.id)

    report = svc.requests.customer_data_report(shop.care, anh.id)

    seen = [(a.full_name, a.role, a.action) for a in report.accessed_by]
    assert seen == [
        (SALES.full_name, Role.SALES, Action.CUSTOMER_CREATED),
        (CARE.full_name, Role.CARE, Action.CUSTOMER_VIEWED),
        (SALES.full_name, Role.SALES, Action.CUSTOMER_PRINTED),
        (SALES.full_name, Role.SALES, Action.CUSTOMER_SEARCHED),
        (DIRECTOR.full_name, Role.DIRECTOR, Action.BREACH_LETTERS_MADE),
    ]
    assert all(a.at <= report.made_at for a in report.accessed_by)


def test_making_the_report_is_itself_audited_and_listed_next_time(shop: Shop) -> None:
    anh = add(shop)
    svc = shop.services
    first = svc.requests.customer_data_report(shop.care, anh.id)
    second = svc.requests.customer_data_report(shop.director, anh.id)
    assert len(second.accessed_by) == len(first.accessed_by) + 1
    last = second.accessed_by[-1]
    assert (last.full_name, last.action) == (CARE.full_name, Action.CUSTOMER_DATA_REPORT_MADE)
    made = svc.audit.entries(
        shop.director, AuditFilter(action=str(Action.CUSTOMER_DATA_REPORT_MADE))
    )
    assert [e.detail["accesses"] for e in reversed(made)] == [1, 2]


def test_sales_may_not_read_the_access_list_and_the_refusal_is_logged(shop: Shop) -> None:
    anh = add(shop)
    with pytest.raises(PermissionDenied):
        shop.services.requests.customer_data_report(shop.sales, anh.id)
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=str(Action.PERMISSION_REFUSED))
    )
    assert refused[0].staff_id == shop.sales.staff_id
    assert refused[0].target_id == str(anh.id)
