"""The customer form: typing, each validation message next to its field, duplicates, children,
fields the director switched off, and two desks editing the same customer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from shopprivacy.domain.consents import ConsentMethod
from shopprivacy.domain.customers import AddressKind, ContactKind, Guardian, OptionalField, Source
from shopprivacy.ui.desk.conflict_dialog import ConflictDialog
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.desk.duplicate_dialog import DuplicateDialog
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import ANH, add, draft
from tests.ui.conftest import find
from tests.ui.desk_support import open_desk, top_dialog
from tests.ui.helpers import click, type_into


def new_form(qtbot: QtBot, shop: Shop, workers: Workers) -> CustomerForm:
    home = open_desk(qtbot, shop, workers)
    click(qtbot, home.new_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm)
    return form


def years_ago(years: int) -> QDate:
    today = date.today()
    return QDate(today.year - years, today.month, min(today.day, 28))


Fill = Callable[[QtBot, CustomerForm], None]


def _typed(name: str = ANH, mobile: str = "0912 345 678") -> Fill:
    def fill(qtbot: QtBot, form: CustomerForm) -> None:
        if name:
            type_into(qtbot, form.name, name)
        if mobile:
            type_into(qtbot, form.contacts[ContactKind.MOBILE], mobile)

    return fill


def _and(first: Fill, then: Fill) -> Fill:
    return lambda qtbot, form: (first(qtbot, form), then(qtbot, form))  # type: ignore[func-returns-value]


def _email(text: str) -> Fill:
    return lambda qtbot, form: type_into(qtbot, form.contacts[ContactKind.PERSONAL_EMAIL], text)


def _web_ip(text: str) -> Fill:
    def fill(qtbot: QtBot, form: CustomerForm) -> None:
        form.source.setCurrentIndex(form.source.findData(Source.WEB_FORM.value))
        type_into(qtbot, form.web_ip, text)

    return fill


def _birth(years: int) -> Fill:
    return lambda _qtbot, form: form.birth.setDate(years_ago(years))


def _guardian(name: str, phone: str) -> Fill:
    def fill(qtbot: QtBot, form: CustomerForm) -> None:
        form.birth.setDate(years_ago(10))
        type_into(qtbot, form.guardian.name, name)
        type_into(qtbot, form.guardian.phone, phone)

    return fill


CASES = [
    (_typed(name=""), "full_name", "Enter the customer's full name."),
    (_typed(name="=HYPERLINK(1)"), "full_name", "does not look like a person's name"),
    (_typed(mobile="0912 34"), "mobile", "does not exist in Vietnam"),
    (_typed(mobile="09x2 345 678"), "mobile", "This is not a phone number"),
    (_and(_typed(), _email("anh@@gmail")), "personal_email", "email address is not valid"),
    (_typed(mobile=""), "contacts", "Enter at least one phone number or email."),
    (_and(_typed(), _web_ip("300.1.2.3")), "web_form_ip", "This is not an IP address."),
    (_and(_typed(), _birth(125)), "birth_date", "Check the birth date"),
    (_and(_typed(), _birth(10)), "guardian", "This customer is under 16"),
    (_and(_typed(), _guardian("=A1", "0903 111 222")), "guardian_name", "not look like"),
    (_and(_typed(), _guardian("Nguyễn Thị Hoa", "12ab")), "guardian_phone", "not a phone"),
]


@pytest.mark.parametrize(("fill", "field", "expected"), CASES)
def test_each_bad_field_gets_its_message_next_to_it_and_nothing_typed_is_lost(
    qtbot: QtBot, shop: Shop, workers: Workers, fill: Fill, field: str, expected: str
) -> None:
    form = new_form(qtbot, shop, workers)
    fill(qtbot, form)
    before = form.draft()
    click(qtbot, form.save_button)
    label = form.errors[field]
    assert label.isVisible(), f"no message under {field}; top: {form.general_error.text()!r}"
    assert label.text().startswith("✖ ") and expected in label.text()
    assert not form.general_error.isVisible()
    assert [f for f, lb in form.errors.items() if lb.isVisible()] == [field]
    assert form.isVisible() and form.draft() == before
    assert shop.services.customers.count_customers(shop.sales, "") == 0


def test_message_is_in_vietnamese_and_goes_once_the_field_is_right(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    form = new_form(qtbot, shop, workers)
    _typed(mobile="0912 34")(qtbot, form)
    click(qtbot, form.save_button)
    assert "Số điện thoại" in form.errors["mobile"].text()
    type_into(qtbot, form.contacts[ContactKind.MOBILE], "0912 345 678")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert [r.full_name for r in shop.services.customers.search_customers(shop.sales, "")] == [ANH]


def test_a_new_customer_typed_in_is_saved_and_opened(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    form = new_form(qtbot, shop, workers)
    _typed()(qtbot, form)
    _email("Anh.Nguyen@Gmail.com")(qtbot, form)
    type_into(qtbot, form.addresses[AddressKind.HOME].province, "Đà Nẵng")
    form.birth.setDate(QDate(1990, 4, 30))
    click(qtbot, form.save_button)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView)
    saved = shop.services.customers.get_customer(shop.sales, view.customer_id)
    assert saved.full_name == ANH and saved.birth_date == date(1990, 4, 30)
    assert [p.value for p in saved.contacts] == ["0912 345 678", "anh.nguyen@gmail.com"]
    assert saved.addresses[0].province == "Đà Nẵng"
    assert saved.source is Source.IN_SHOP and not any(saved.consent_state.values())


def test_a_phone_already_on_file_offers_to_open_that_customer(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    existing = add(shop)
    form = new_form(qtbot, shop, workers)
    _typed(name="Nguyễn Văn Ánh Hai", mobile="+84 912.345.678")(qtbot, form)
    click(qtbot, form.save_button)
    dialog = top_dialog(DuplicateDialog)
    assert isinstance(dialog, DuplicateDialog)
    assert "This phone belongs to an existing customer" in dialog.text()
    click(qtbot, dialog.open_button)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView) and view.customer_id == existing.id
    assert form.name.text() == "Nguyễn Văn Ánh Hai"  # the form keeps what was typed
    assert shop.services.customers.count_customers(shop.sales, "") == 1


def test_cancel_on_the_duplicate_question_goes_back_to_the_form(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    add(shop, email="anh@gmail.com")
    form = new_form(qtbot, shop, workers)
    _and(_typed(mobile="0987 000 111"), _email("ANH@gmail.com"))(qtbot, form)
    click(qtbot, form.save_button)
    dialog = top_dialog(DuplicateDialog)
    assert isinstance(dialog, DuplicateDialog)
    assert "This email belongs to an existing customer" in dialog.text()
    click(qtbot, dialog.cancel_button)
    assert form.isVisible() and form.errors["personal_email"].isVisible()


def test_a_child_needs_the_guardian_section_filled_before_saving(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    form = new_form(qtbot, shop, workers)
    _typed(name="Lê Minh Khôi")(qtbot, form)
    assert not form.guardian.isVisible()
    form.birth.setDate(years_ago(10))
    assert form.guardian.isVisible() and form.guardian.child_agreed.isVisible()
    form.birth.setDate(years_ago(5))
    assert form.guardian.isVisible() and not form.guardian.child_agreed.isVisible()
    form.birth.setDate(years_ago(10))
    type_into(qtbot, form.guardian.name, "Lê Thị Hoa")
    type_into(qtbot, form.guardian.phone, "0903 111 222")
    click(qtbot, form.save_button)
    assert "the child's own agreement" in form.errors["guardian"].text()
    form.guardian.method.setCurrentIndex(1)  # signed form at the desk
    form.guardian.child_agreed.setChecked(True)
    click(qtbot, form.save_button)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView)
    saved = shop.services.customers.get_customer(shop.sales, view.customer_id)
    assert saved.guardian is not None and saved.guardian.name == "Lê Thị Hoa"
    assert saved.guardian_consent_at is not None


def test_fields_the_director_switched_off_are_not_shown(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    rules = shop.services.customer_rules
    for field in (OptionalField.BIRTH_DATE, OptionalField.HOME_ADDRESS, OptionalField.HOME_PHONE):
        rules.set_field_collected(shop.director, field, False)
    form = new_form(qtbot, shop, workers)
    assert not form.birth.isVisible()
    assert not form.contacts[ContactKind.HOME_PHONE].isVisible()
    assert form.contacts[ContactKind.OFFICE_PHONE].isVisible()
    assert not form.addresses[AddressKind.HOME].isVisible()
    assert form.addresses[AddressKind.OFFICE].isVisible()


def test_web_form_ip_is_asked_only_for_a_web_form(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    form = new_form(qtbot, shop, workers)
    assert not form.web_ip.isVisible()
    form.source.setCurrentIndex(form.source.findData(Source.WEB_FORM.value))
    assert form.web_ip.isVisible()
    form.source.setCurrentIndex(form.source.findData(Source.PHONE_CALL.value))
    assert not form.web_ip.isVisible()


def _edit_form(qtbot: QtBot, shop: Shop, workers: Workers) -> tuple[CustomerForm, int]:
    made = add(shop)
    home = open_desk(qtbot, shop, workers)
    view = home.open_customer(made.id)
    click(qtbot, view.edit_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm) and form.name.text() == ANH
    # Meanwhile another desk saves a change to the same customer.
    shop.services.customers.update_customer(
        shop.sales, made.id, draft(name="Nguyễn Văn Anh (desk 2)"), made.version
    )
    type_into(qtbot, form.name, "Nguyễn Văn Ánh Mới")
    click(qtbot, form.save_button)
    return form, made.id


def test_an_edit_over_another_desks_save_shows_both_and_keeps_mine_when_chosen(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    form, customer_id = _edit_form(qtbot, shop, workers)
    dialog = top_dialog(ConflictDialog)
    assert isinstance(dialog, ConflictDialog)
    mine = find(dialog, QPlainTextEdit, "mine_text")
    theirs = find(dialog, QPlainTextEdit, "theirs_text")
    assert isinstance(mine, QPlainTextEdit) and isinstance(theirs, QPlainTextEdit)
    assert "Nguyễn Văn Ánh Mới" in mine.toPlainText()
    assert "Nguyễn Văn Anh (desk 2)" in theirs.toPlainText()
    # Nothing was overwritten before the choice.
    now = shop.services.customers.get_customer(shop.sales, customer_id)
    assert now.full_name == "Nguyễn Văn Anh (desk 2)"
    click(qtbot, dialog.keep_button)
    now = shop.services.customers.get_customer(shop.sales, customer_id)
    assert now.full_name == "Nguyễn Văn Ánh Mới" and now.version == 3
    assert not form.isVisible()


def test_an_edit_over_another_desks_save_can_take_theirs_instead(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    form, customer_id = _edit_form(qtbot, shop, workers)
    dialog = top_dialog(ConflictDialog)
    assert isinstance(dialog, ConflictDialog)
    click(qtbot, dialog.take_button)
    assert form.isVisible() and form.name.text() == "Nguyễn Văn Anh (desk 2)"
    now = shop.services.customers.get_customer(shop.sales, customer_id)
    assert now.full_name == "Nguyễn Văn Anh (desk 2)" and now.version == 2


def test_editing_an_adult_keeps_a_guardian_on_file(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    guardian = Guardian("Lê Thị Hoa", "0903 111 222", consent_method=ConsentMethod.SIGNED_FORM)
    made = add(shop, name="Lê Minh Khôi", birth=date(2000, 1, 1), guardian=guardian)
    home = open_desk(qtbot, shop, workers)
    view = home.open_customer(made.id)
    click(qtbot, view.edit_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm)
    assert form.guardian.isVisible() and form.guardian.name.text() == "Lê Thị Hoa"
    type_into(qtbot, form.name, "Lê Minh Khôi Nguyên")
    click(qtbot, form.save_button)
    saved = shop.services.customers.get_customer(shop.sales, made.id)
    assert saved.full_name == "Lê Minh Khôi Nguyên"
    assert saved.guardian is not None and saved.guardian.name == "Lê Thị Hoa"


def test_a_form_built_on_the_desks_form_keeps_its_vietnamese(
    qtbot: QtBot, shop: Shop, vietnamese: object
) -> None:
    class CareCorrection(CustomerForm):  # as care's correction form does
        pass

    form = CareCorrection(shop.services, shop.care)
    qtbot.addWidget(form)
    assert form.windowTitle() == "Khách hàng mới"
    assert form.save_button.text() == "Lưu"
