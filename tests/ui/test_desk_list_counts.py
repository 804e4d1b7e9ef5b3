"""The count beside the customer list follows every add: no "0 customers" next to "added as no. 1"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from shopprivacy.domain.customers import ContactKind
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import ANH, add
from tests.ui.desk_support import open_desk, top_dialog
from tests.ui.helpers import click, type_into


def test_the_first_customer_added_shows_in_the_list_and_its_count(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    home = open_desk(qtbot, shop, workers)
    assert home.status.text().startswith("0 ")
    click(qtbot, home.new_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm)
    type_into(qtbot, form.name, ANH)
    type_into(qtbot, form.contacts[ContactKind.MOBILE], "0912 345 678")
    click(qtbot, form.save_button)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView)
    assert "số 1" in home.message.text()
    assert home.status.text() == "1 khách hàng"
    assert home.stack.currentWidget() is home.view
    assert home.model.rowCount() == 1


def test_the_director_s_customer_list_is_fresh_each_time_its_tab_opens(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences, vietnamese: object
) -> None:
    window = MainWindow(shop.services, shop.director, workers, preferences)
    qtbot.addWidget(window)
    window.show()
    desk = window.customers
    assert desk is not None
    window.tabs.setCurrentWidget(desk)
    assert desk.status.text().startswith("0 ")
    window.tabs.setCurrentWidget(window.home)
    add(shop)  # another desk adds a customer meanwhile
    window.tabs.setCurrentWidget(desk)
    assert desk.status.text() == "1 khách hàng"
