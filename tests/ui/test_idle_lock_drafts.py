"""The idle lock keeps a half-typed form, sealed in memory, for the person who typed it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopprivacy.domain.customers import ContactKind
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.kept_drafts import DraftKeeper
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.password_dialog import ChangePasswordDialog
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, Shop
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click, sign_in, sign_in_to_main, type_into

NAME = "Trần Thị Bình"
MOBILE = "0987 111 222"


def open_forms() -> list[CustomerForm]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CustomerForm) and w.isVisible()
    ]


def type_half_a_customer(qtbot: QtBot, shell_window: object) -> CustomerForm:
    click(qtbot, shell_window.customers.new_button)  # type: ignore[attr-defined]
    (form,) = open_forms()
    type_into(qtbot, form.name, NAME)
    type_into(qtbot, form.contacts[ContactKind.MOBILE], MOBILE)
    return form


def test_the_same_person_signing_in_again_gets_the_typed_form_back(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db, idle_ms=400)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    type_half_a_customer(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(shell.window, LoginWindow), timeout=5_000)  # idle lock
    assert open_forms() == []
    # Held sealed: the typed name is not in memory in clear in the keeper.
    assert shell.drafts.holding
    sealed = shell.drafts._sealed
    assert sealed is not None and NAME.encode() not in sealed.box

    sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    (form,) = open_forms()
    assert form.name.text() == NAME
    assert form.contacts[ContactKind.MOBILE].text() == MOBILE
    assert not shell.drafts.holding
    assert shop.services.customers.count_customers(shop.sales, "") == 0  # nothing saved by itself


def test_someone_else_signing_in_gets_nothing_and_the_draft_is_wiped(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    type_half_a_customer(qtbot, window)
    window.lock_action.trigger()
    assert shell.drafts.holding
    login = shell.window
    assert isinstance(login, LoginWindow)
    login.username.clear()
    sign_in(qtbot, login, "banhang1", SALES_PASSWORD)  # a new account: it sets its password
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None)
    dialog = login.findChild(ChangePasswordDialog)
    assert isinstance(dialog, ChangePasswordDialog)
    type_into(qtbot, dialog.current, SALES_PASSWORD)
    type_into(qtbot, dialog.passwords.password, "Cua-so#Bien-xanh-42")
    type_into(qtbot, dialog.passwords.repeat, "Cua-so#Bien-xanh-42")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    assert open_forms() == []
    assert not shell.drafts.holding


def test_signing_out_keeps_nothing(qtbot: QtBot, shop: Shop, make_shell: ShellFactory) -> None:
    shell = make_shell(shop.db)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    type_half_a_customer(qtbot, window)
    window.sign_out_action.trigger()
    assert not shell.drafts.holding


def test_a_draft_opens_only_for_its_person_and_only_once() -> None:
    keeper = DraftKeeper()
    keeper.keep(7, "new_customer", [("QLineEdit", "name", NAME)])
    assert keeper.take(8) is None and not keeper.holding
    keeper.keep(7, "new_customer", [("QLineEdit", "name", NAME)])
    assert keeper.take(7) == ("new_customer", [("QLineEdit", "name", NAME)])
    assert keeper.take(7) is None
