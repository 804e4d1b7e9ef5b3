"""Creating, opening and editing customer records at the sales desk."""

from __future__ import annotations

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customer_validation import DuplicateCustomer, StaleCustomer
from shopprivacy.domain.customers import ContactKind, ContactPoint, OptionalField
from shopprivacy.domain.errors import NotFound, PermissionDenied, ValidationError
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.services.customer_helpers import ANH, HOME, add, draft


def test_sales_creates_a_customer_and_reads_it_back(shop: Shop) -> None:
    made = add(shop, email="Anh.Nguyen@Gmail.com", addresses=(HOME,), notes="Lắp camera tầng 2")
    seen = shop.services.customers.get_customer(shop.sales, made.id)
    assert seen.full_name == ANH
    assert seen.contacts == (
        ContactPoint(ContactKind.MOBILE, "0912 345 678"),
        ContactPoint(ContactKind.PERSONAL_EMAIL, "anh.nguyen@gmail.com"),
    )
    assert seen.addresses == (HOME,)
    assert seen.notes == "Lắp camera tầng 2"
    assert seen.created_by == shop.sales.staff_id and seen.retention_until is not None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": "  "}, "full_name"),
        ({"name": "=HYPERLINK(1)"}, "full_name"),
        ({"mobile": ""}, "contacts"),
        ({"mobile": "0912 34"}, "mobile"),
        ({"mobile": "abc"}, "mobile"),
        ({"email": "an@@gmail"}, "personal_email"),
        ({"web_form_ip": "999.1.1.1"}, "web_form_ip"),
    ],
)
def test_each_bad_field_gets_its_own_message(shop: Shop, kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        add(shop, **kwargs)
    assert info.value.field == field
    assert str(info.value)  # a sentence the desk can show


def test_name_and_one_way_to_reach_are_enough(shop: Shop) -> None:
    made = add(shop, mobile="", email="an@gmail.com")
    assert made.contacts == (ContactPoint(ContactKind.PERSONAL_EMAIL, "an@gmail.com"),)


def test_same_phone_in_another_format_is_a_duplicate_offering_the_existing_customer(
    shop: Shop,
) -> None:
    first = add(shop)
    with pytest.raises(DuplicateCustomer) as info:
        add(shop, name="Trần Bình", mobile="+84 912.345.678")
    assert info.value.existing_id == first.id and info.value.kind is ContactKind.MOBILE


def test_old_eleven_digit_number_is_the_same_as_its_new_form(shop: Shop) -> None:
    first = add(shop, mobile="0165 312 3456")
    assert first.contacts[0].value == "0353 123 456"
    with pytest.raises(DuplicateCustomer):
        add(shop, name="Trần Bình", mobile="0353123456")


def test_duplicate_email_any_case(shop: Shop) -> None:
    first = add(shop, mobile="", email="binh@example.vn")
    with pytest.raises(DuplicateCustomer) as info:
        add(shop, name="Trần Bình", mobile="", email="BINH@Example.VN")
    assert info.value.existing_id == first.id


def test_care_cannot_create_and_the_attempt_is_logged(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        shop.services.customers.create_customer(shop.care, draft())
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED)
    )
    assert refused[0].staff_id == shop.care.staff_id


def test_care_sees_masked_contacts_sales_sees_them_whole(shop: Shop) -> None:
    made = add(shop, email="anh.nguyen@gmail.com", addresses=(HOME,))
    care_view = shop.services.customers.get_customer(shop.care, made.id)
    assert care_view.masked
    assert [c.value for c in care_view.contacts] == ["•••• ••• 678", "a•••@gmail.com"]
    assert care_view.addresses[0].street == "•••" and care_view.addresses[0].province
    assert not shop.services.customers.get_customer(shop.sales, made.id).masked


def test_opening_and_printing_are_logged_naming_the_staff(shop: Shop) -> None:
    made = add(shop)
    shop.services.customers.get_customer(shop.care, made.id)
    shop.services.customers.print_customer(shop.sales, made.id)
    log = shop.services.audit.entries(shop.director, AuditFilter(target_id=str(made.id)))
    by_action = {(e.action, e.staff_id) for e in log}
    assert (Action.CUSTOMER_VIEWED, shop.care.staff_id) in by_action
    assert (Action.CUSTOMER_PRINTED, shop.sales.staff_id) in by_action
    assert (Action.CUSTOMER_CREATED, shop.sales.staff_id) in by_action
    assert all(ANH not in str(e.detail) and "0912" not in str(e.detail) for e in log)


def test_edit_saves_and_reports_changed_fields(shop: Shop) -> None:
    made = add(shop)
    new = draft(name="Nguyễn Văn Ánh Dương", email="duong@gmail.com")
    saved = shop.services.customers.update_customer(shop.sales, made.id, new, made.version)
    assert saved.full_name == "Nguyễn Văn Ánh Dương" and saved.version == made.version + 1
    entry = shop.services.audit.entries(shop.director, AuditFilter(action=Action.CUSTOMER_UPDATED))[
        0
    ]
    assert entry.detail["fields"] == ["full_name", "contacts"]


def test_a_stale_edit_is_refused_with_both_versions(shop: Shop) -> None:
    made = add(shop)
    shop.services.customers.update_customer(shop.sales, made.id, draft(notes="a"), made.version)
    with pytest.raises(StaleCustomer) as info:
        shop.services.customers.update_customer(
            shop.director, made.id, draft(notes="b"), made.version
        )
    assert (info.value.expected_version, info.value.current_version) == (1, 2)
    assert shop.services.customers.get_customer(shop.sales, made.id).notes == "a"


def test_switched_off_field_is_refused(shop: Shop) -> None:
    shop.services.customer_rules.set_field_collected(shop.director, OptionalField.BIRTH_DATE, False)
    from datetime import date

    with pytest.raises(ValidationError) as info:
        add(shop, birth=date(1990, 1, 1))
    assert info.value.field == "birth_date"
    with pytest.raises(PermissionDenied):
        shop.services.customer_rules.set_field_collected(shop.sales, OptionalField.NOTES, False)


def test_unknown_customer_is_not_found(shop: Shop) -> None:
    with pytest.raises(NotFound):
        shop.services.customers.get_customer(shop.sales, 999)
