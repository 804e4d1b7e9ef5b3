"""The daily tasks with the keyboard alone: sign in with Tab and Enter, Ctrl+F to search, Enter to
open, Escape to close, Ctrl+N for a new customer; and overdue requests marked by a word and an
icon, not by colour alone."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.requests import Channel, NewRequest, RequestType
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.care.queue_model import URGENCY_COLUMN
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.desk.home import DeskHome
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.shell import Shell
from tests.conftest import CARE_PASSWORD, SALES_PASSWORD, Shop
from tests.services.customer_helpers import add
from tests.ui.conftest import ShellFactory


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def sign_in_by_keyboard(qtbot: QtBot, shell: Shell, username: str, password: str) -> MainWindow:
    login = shell.start()
    assert isinstance(login, LoginWindow)
    login.activateWindow()
    qtbot.waitUntil(lambda: focused() is login.username)
    qtbot.keyClicks(login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Tab)
    assert focused() is login.password
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    window = shell.window
    assert isinstance(window, MainWindow)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def own_passwords(shop: Shop) -> None:
    """Staff who already replaced the director's first password, so they go straight home."""
    shop.services.staff.change_own_password(shop.sales, SALES_PASSWORD, SALES_PASSWORD + "!")
    shop.services.staff.change_own_password(shop.care, CARE_PASSWORD, CARE_PASSWORD + "!")


def test_sales_finds_and_opens_a_customer_and_starts_a_new_one_with_the_keyboard_only(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    own_passwords(shop)
    made = add(shop, mobile="0912 345 678")
    window = sign_in_by_keyboard(qtbot, make_shell(shop.db), "banhang1", SALES_PASSWORD + "!")
    desk = window.home
    assert isinstance(desk, DeskHome)
    qtbot.waitUntil(lambda: focused() is desk.search)  # the desk opens ready to type

    # Ctrl+F from anywhere on the desk goes back to the search box.
    desk.view.setFocus()
    qtbot.keyClick(desk.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is desk.search
    qtbot.keyClicks(desk.search, "5678")  # the last digits of the phone
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(desk.view_dialogs))
    view = desk.view_dialogs[-1]
    assert isinstance(view, CustomerView) and str(made.id) in view.windowTitle()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    qtbot.waitUntil(lambda: focused() is desk.search)  # back where the work goes on

    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = getattr(desk, "form", None)
    assert isinstance(form, CustomerForm) and form.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.result() == QDialog.DialogCode.Rejected


def test_the_account_menu_and_lock_are_reachable_from_the_keyboard(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    own_passwords(shop)
    shell = make_shell(shop.db)
    window = sign_in_by_keyboard(qtbot, shell, "banhang1", SALES_PASSWORD + "!")
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    qtbot.keyClick(window.home, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(shell.window, LoginWindow))
    assert "&" in window.menuBar().actions()[0].text()  # Alt opens the Account menu


def test_care_sees_overdue_as_a_word_and_an_icon_and_reaches_the_queue_by_tab(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    own_passwords(shop)
    customer = add(shop)
    late = shop.services.vault.now() - timedelta(days=30)
    shop.services.requests.open_request(
        shop.care, NewRequest(RequestType.ACCESS, Channel.LETTER, customer.id, received_at=late)
    )
    window = sign_in_by_keyboard(qtbot, make_shell(shop.db), "cskh1", CARE_PASSWORD + "!")
    care = window.home
    assert isinstance(care, CareHome)
    index = care.model.index(0, URGENCY_COLUMN)
    assert care.model.data(index) == "Overdue"
    for column in (0, URGENCY_COLUMN):  # the row's start stays in view on a narrow screen
        icon = care.model.data(care.model.index(0, column), Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
    # Tab moves from the buttons to the queue: every control on the way takes keyboard focus.
    care.new_button.setFocus()
    for _ in range(6):
        if focused() is care.table:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is care.table
