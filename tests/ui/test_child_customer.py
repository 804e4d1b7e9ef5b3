"""A child customer at the desk: the guardian's phone is enough to reach them, a refusal names
only what is missing, and the guardian's phone is shown the way the shop writes numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from shopprivacy.domain.consents import ConsentMethod
from shopprivacy.domain.customers import ContactKind
from shopprivacy.domain.shop_clock import shop_today
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.desk_support import open_desk, top_dialog
from tests.ui.helpers import click, type_into


def ten_years_ago(shop: Shop) -> str:
    today = shop_today(shop.services.vault.now())
    return f"{min(today.day, 28):02d}/{today.month:02d}/{today.year - 10}"


def child_form(qtbot: QtBot, shop: Shop, workers: Workers) -> CustomerForm:
    home = open_desk(qtbot, shop, workers)
    click(qtbot, home.new_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm)
    type_into(qtbot, form.name, "Lê Minh Khôi")
    type_into(qtbot, form.birth.edit, ten_years_ago(shop))
    assert form.guardian.isVisible()  # at once, before the date field is even left
    return form


def shown_errors(form: CustomerForm) -> dict[str, str]:
    return {key: label.text() for key, label in form.errors.items() if label.isVisible()}


def test_a_child_without_a_phone_is_saved_with_the_guardians_and_it_reads_0938_111_222(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    form = child_form(qtbot, shop, workers)  # no phone or email of the child's own
    type_into(qtbot, form.guardian.name, "Lê Thị Hoa")
    type_into(qtbot, form.guardian.phone, "+84938111222")
    form.guardian.method.setCurrentIndex(form.guardian.method.findData(ConsentMethod.SIGNED_FORM))
    form.guardian.child_agreed.setChecked(True)
    click(qtbot, form.save_button)
    assert not form.isVisible(), shown_errors(form) or form.general_error.text()
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView)
    saved = shop.services.customers.get_customer(shop.sales, view.customer_id)
    assert saved.contacts == () and saved.guardian is not None
    assert saved.guardian.phone == "0938 111 222"
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert any("0938 111 222" in t for t in texts) and not any("+84938" in t for t in texts)
    click(qtbot, view.edit_button)
    edit = view.form
    assert isinstance(edit, CustomerForm)
    assert edit.guardian.phone.text() == "0938 111 222"
    click(qtbot, edit.save_button)  # saving unchanged keeps the same number
    again = shop.services.customers.get_customer(shop.sales, view.customer_id)
    assert again.guardian is not None and again.guardian.phone == "0938 111 222"


def test_a_child_with_no_way_to_reach_anyone_is_asked_for_one_phone_or_email(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    form = child_form(qtbot, shop, workers)
    type_into(qtbot, form.guardian.name, "Lê Thị Hoa")
    click(qtbot, form.save_button)
    errors = shown_errors(form)
    assert list(errors) == ["contacts"]
    assert "for the child or for their guardian" in errors["contacts"]
    assert shop.services.customers.count_customers(shop.sales, "") == 0


def test_the_refusal_names_only_what_is_missing(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    form = child_form(qtbot, shop, workers)
    type_into(qtbot, form.contacts[ContactKind.MOBILE], "0912 345 678")
    type_into(qtbot, form.guardian.name, "Lê Thị Hoa")
    type_into(qtbot, form.guardian.phone, "0938 111 222")
    form.guardian.child_agreed.setChecked(True)
    click(qtbot, form.save_button)  # only how the guardian consented is missing
    errors = shown_errors(form)
    assert list(errors) == ["guardian"]
    text = errors["guardian"]
    assert "how the guardian gave their consent" in text
    for given in ("full name", "phone number or email", "child's own agreement"):
        assert given not in text
    form.guardian.method.setCurrentIndex(form.guardian.method.findData(ConsentMethod.PHONE))
    form.guardian.child_agreed.setChecked(False)
    click(qtbot, form.save_button)
    text = shown_errors(form)["guardian"]
    assert "child's own agreement" in text and "how the guardian" not in text
    assert shop.services.customers.count_customers(shop.sales, "") == 0
    assert form.guardian.name.text() == "Lê Thị Hoa"
