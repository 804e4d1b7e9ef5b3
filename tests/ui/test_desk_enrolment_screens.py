"""Adding a desk on screen: the director's Settings shows a one-time code, and the sign-in
window of a PC that is not enrolled yet takes it with a staff member's own password."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.security.enrolment_code import normalize_enrolment_code
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.director.settings import SettingsPage
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import DIRECTOR_PASSWORD, MemoryKeyring, Shop
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click, sign_in, type_into


def test_add_another_desk_shows_a_code_in_large_type_with_its_expiry(
    qtbot: QtBot, shop: Shop, preferences: Preferences, workers: Workers, vietnamese: object
) -> None:
    page = SettingsPage(shop.services, shop.director, preferences, workers)
    qtbot.addWidget(page)
    page.show()
    box = page.desk_enrolment
    assert box.add_button.text() == "Thêm máy tính khác…"
    click(qtbot, box.add_button)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible(), timeout=10_000)
    dialog = box.dialog
    assert dialog is not None
    code = dialog.code.text()
    assert normalize_enrolment_code(code) == code
    assert dialog.code.font().pointSizeF() > page.font().pointSizeF() * 1.5
    assert "Dùng được một lần, đến" in dialog.expiry.text()
    issued = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DESK_ENROLMENT_CODE_ISSUED)
    )
    assert len(issued) == 1
    click(qtbot, dialog.buttons.buttons()[0])
    assert not dialog.isVisible() and dialog.code.text() == ""


def test_a_new_desk_types_the_code_and_signs_in(
    qtbot: QtBot,
    shop: Shop,
    make_shell: ShellFactory,
    memory_keyring: MemoryKeyring,
    vietnamese: object,
) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    memory_keyring.move_to_another_pc()
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "giamdoc", DIRECTOR_PASSWORD)
    qtbot.waitUntil(lambda: "✖" in login.message.text())
    assert login.new_desk_link.text() == "Đây là máy mới: nhập mã giám đốc đưa"

    click(qtbot, login.new_desk_link)
    dialog = login.new_desk
    assert dialog is not None and dialog.isVisible()
    assert dialog.username.text() == "giamdoc"  # carried over from the sign-in window
    type_into(qtbot, dialog.password, DIRECTOR_PASSWORD)
    type_into(qtbot, dialog.code, "AAAAA-AAAAA-AAAAA-AAAAA")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "✖" in dialog.message.text())
    assert "Mã thêm máy không đúng" in dialog.message.text()
    assert dialog.password.text() == ""

    type_into(qtbot, dialog.password, DIRECTOR_PASSWORD)
    type_into(qtbot, dialog.code, code.lower())
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    # This PC is enrolled now: the password alone opens the database here.
    assert shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD).vault.device_protected
    enrolled = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.DEVICE_ENROLLED)
    )
    assert enrolled[0].detail["via"] == "enrolment_code"


def test_the_new_desk_form_asks_for_every_field(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    login = make_shell(shop.db).start()
    assert isinstance(login, LoginWindow)
    click(qtbot, login.new_desk_link)
    dialog = login.new_desk
    assert dialog is not None
    type_into(qtbot, dialog.username, "banhang1")
    click(qtbot, dialog.ok_button)
    assert dialog.message.text() == (
        "✖ Enter your login name, your password and the code from the director."
    )
