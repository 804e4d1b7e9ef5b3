"""The date field on the customer form: typed the way a shop writes dates, Tab in and out in one
press, empty allowed where optional, and a calendar that opens on a sensible month in the
user's language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.consents import ConsentMethod
from shopprivacy.domain.customers import ContactKind
from shopprivacy.domain.shop_clock import shop_today
from shopprivacy.ui.date_field import DateField, parse_day
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.desk_support import open_desk, top_dialog
from tests.ui.helpers import click, type_into

TODAY = date(2026, 12, 8)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("15032014", date(2014, 3, 15)),
        ("15/03/2014", date(2014, 3, 15)),
        ("15-3-2014", date(2014, 3, 15)),
        ("1.3.2014", date(2014, 3, 1)),
        ("150314", date(2014, 3, 15)),
        ("15/03/85", date(1985, 3, 15)),
        ("2014-03-15", date(2014, 3, 15)),
        ("  ", None),
    ],
)
def test_dates_are_read_the_way_a_vietnamese_shop_writes_them(typed: str, day: date) -> None:
    assert parse_day(typed, TODAY) == day


@pytest.mark.parametrize("typed", ["31/02/2014", "15/13/2014", "1503201", "15/03/201", "abc"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_day(typed, TODAY)


def new_form(qtbot: QtBot, shop: Shop, workers: Workers) -> CustomerForm:
    home = open_desk(qtbot, shop, workers)
    click(qtbot, home.new_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_birth_date_is_typed_tab_goes_in_and_out_in_one_press_and_it_is_saved(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    form = new_form(qtbot, shop, workers)
    type_into(qtbot, form.name, "Nguyễn Văn An")
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    assert focused() is form.birth.edit  # in with one Tab
    qtbot.keyClicks(form.birth.edit, "15032014")
    qtbot.keyClick(form.birth.edit, Qt.Key.Key_Tab)
    assert focused() is form.source  # out with one Tab, past the calendar button
    assert form.birth.text() == "15/03/2014"  # no "không có15032014"
    assert form.birth.value() == date(2014, 3, 15)
    assert form.guardian.isVisible()  # a 12-year-old: the guardian section appears
    type_into(qtbot, form.guardian.name, "Nguyễn Thị Hoa")
    type_into(qtbot, form.guardian.phone, "0903 111 222")
    form.guardian.method.setCurrentIndex(form.guardian.method.findData(ConsentMethod.SIGNED_FORM))
    form.guardian.child_agreed.setChecked(True)
    type_into(qtbot, form.contacts[ContactKind.MOBILE], "0912 345 678")
    click(qtbot, form.save_button)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView)
    saved = shop.services.customers.get_customer(shop.sales, view.customer_id)
    assert saved.birth_date == date(2014, 3, 15)


def test_an_empty_birth_date_is_no_date_and_a_bad_one_is_said_not_dropped(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    form = new_form(qtbot, shop, workers)
    assert form.birth.text() == "" and form.birth.value() is None  # not 01/01/1900
    type_into(qtbot, form.name, "Nguyễn Văn An")
    type_into(qtbot, form.contacts[ContactKind.MOBILE], "0912 345 678")
    type_into(qtbot, form.birth.edit, "31/02/2014")
    click(qtbot, form.save_button)
    assert form.isVisible() and form.errors["birth_date"].isVisible()
    assert "ngày/tháng/năm" in form.errors["birth_date"].text()
    assert shop.services.customers.count_customers(shop.sales, "") == 0
    form.birth.edit.clear()  # the clear button does the same
    click(qtbot, form.save_button)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView)
    assert shop.services.customers.get_customer(shop.sales, view.customer_id).birth_date is None


def test_the_calendar_opens_on_a_sensible_month_in_vietnamese(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    form = new_form(qtbot, shop, workers)
    today = shop_today(shop.services.vault.now())
    form.birth.edit.setFocus()
    qtbot.keyClick(form.birth.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = form.birth.calendar
    assert isinstance(calendar, QCalendarWidget) and calendar.isVisible()
    assert calendar.yearShown() == today.year - 30  # a birth date: not 1900, not this year
    assert calendar.locale().language() == QLocale.Language.Vietnamese
    assert calendar.locale().monthName(3) == QLocale("vi_VN").monthName(3) != "March"
    calendar.close()
    type_into(qtbot, form.birth.edit, "15/03/2014")
    qtbot.keyClick(form.birth.edit, Qt.Key.Key_F4)
    calendar = form.birth.calendar
    assert calendar is not None
    assert (calendar.yearShown(), calendar.monthShown()) == (2014, 3)
    calendar.activated.emit(QDate(2014, 3, 20))  # Enter on a day
    assert form.birth.text() == "20/03/2014" and focused() is form.birth.edit


def test_a_date_that_is_not_optional_opens_on_today_and_must_be_given(qtbot: QtBot) -> None:
    field = DateField(TODAY, TODAY)
    field.setObjectName("sold_on")
    qtbot.addWidget(field)
    field.edit.clear()
    field.open_calendar()
    assert field.calendar is not None
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2026, 12)
    field.calendar.close()
    with pytest.raises(Exception, match="Enter a date"):
        field.checked_value()
    field.set_range(last=TODAY)
    field.set_value(date(2027, 1, 1))
    with pytest.raises(Exception, match="08/12/2026"):
        field.checked_value()


def test_the_calendar_of_a_field_low_on_the_screen_opens_above_it(qtbot: QtBot) -> None:
    field = DateField(TODAY, TODAY)
    qtbot.addWidget(field)
    field.resize(200, 30)
    screen = field.screen().availableGeometry()
    field.move(screen.right() - 150, screen.bottom() - 40)
    field.show()
    qtbot.waitExposed(field)
    field.open_calendar()
    calendar = field.calendar
    assert calendar is not None
    qtbot.waitExposed(calendar)
    shown = calendar.frameGeometry()
    assert screen.contains(shown), (screen, shown)
    assert shown.bottom() <= field.mapToGlobal(field.rect().topLeft()).y()
    calendar.close()
