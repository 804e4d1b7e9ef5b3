import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import WrongRecoveryCode
from shopprivacy.security.recovery import normalize_recovery_code
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.desk.home import DeskHome
from shopprivacy.ui.director.home import DirectorHome
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.password_dialog import ChangePasswordDialog
from shopprivacy.ui.recovery_dialog import RecoveryDialog
from tests.conftest import CARE_PASSWORD, DIRECTOR_PASSWORD, SALES_PASSWORD, MemoryKeyring, Shop
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click, sign_in, sign_in_to_main, tick, type_into


def test_wrong_then_right_password_opens_the_directors_overview(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory, vietnamese: object
) -> None:
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "giamdoc", "sai-mat-khau-roi")
    qtbot.waitUntil(lambda: login.message.text().startswith("✖"))
    assert "Sai tên đăng nhập hoặc mật khẩu" in login.message.text()
    assert login.password.text() == ""  # typed again, not kept
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    assert isinstance(window.home, DirectorHome)
    entries = window.services.audit.entries(window.actor, AuditFilter(action=Action.SIGN_IN_FAILED))
    assert [e.detail["reason"] for e in entries] == ["wrong_password"]


def test_empty_fields_get_a_message_and_no_sign_in_attempt(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    login = make_shell(shop.db).start()
    assert isinstance(login, LoginWindow)
    click(qtbot, login.sign_in_button)
    assert login.message.text() == "✖ Enter your login name and password."


def test_fifth_wrong_password_says_the_account_is_locked(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory, vietnamese: object
) -> None:
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    for attempt in range(5):
        sign_in(qtbot, login, "cskh1", f"sai-mat-khau-{attempt}")
        qtbot.waitUntil(lambda: login.sign_in_button.isEnabled() and "✖" in login.message.text())
    assert "bị khóa" in login.message.text()
    # The right password no longer opens it either.
    sign_in(qtbot, login, "cskh1", CARE_PASSWORD)
    qtbot.waitUntil(lambda: login.sign_in_button.isEnabled() and "✖" in login.message.text())
    assert "bị khóa" in login.message.text()
    assert shell.window is login


def test_pc_not_enrolled_is_explained_and_the_recovery_code_gets_back_in(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.store.clear()  # the same file on another PC
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "giamdoc", DIRECTOR_PASSWORD)
    qtbot.waitUntil(lambda: "✖" in login.message.text())
    assert "not enrolled" in login.message.text()

    click(qtbot, login.recover_link)
    dialog = login.recovery
    assert dialog is not None and dialog.isVisible()
    assert dialog.director.text() == "giamdoc"  # carried over from the login screen
    type_into(qtbot, dialog.code, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    type_into(qtbot, dialog.passwords.password, "Mua-he#Da-lat-2027")
    type_into(qtbot, dialog.passwords.repeat, "Mua-he#Da-lat-2027")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "✖" in dialog.message.text())
    assert "recovery code is not right" in dialog.message.text()

    type_into(qtbot, dialog.code, shop.recovery_code.lower().replace("-", " "))
    click(qtbot, dialog.ok_button)
    # The typed code is spent: the dialog shows the new one before anything opens.
    qtbot.waitUntil(lambda: dialog.new_code_part.isVisible(), timeout=10_000)
    new_code = dialog.sheet.code.text().replace("\n", "")
    finish_recovery(qtbot, dialog)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    # This PC is enrolled now: the new password opens the database on its own.
    assert shop.auth().sign_in("giamdoc", "Mua-he#Da-lat-2027").vault.device_protected
    assert normalize_recovery_code(new_code) == new_code != shop.recovery_code


def finish_recovery(qtbot: QtBot, dialog: RecoveryDialog) -> None:
    """Past the new code: "Continue" waits until the director says it is kept."""
    assert dialog.ok_button.text() in ("Continue", "Tiếp tục") and not dialog.ok_button.isEnabled()
    dialog.reject()  # Esc or the window's close button does not lose the code
    assert dialog.isVisible()
    tick(qtbot, dialog.kept)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and dialog.sheet.code.text() == ""


def test_after_recovery_the_dialog_shows_the_new_code_and_its_sheet_prints(
    qtbot: QtBot,
    shop: Shop,
    make_shell: ShellFactory,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    vietnamese: object,
) -> None:
    memory_keyring.store.clear()  # a new PC
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    login.open_recovery()
    dialog = login.recovery
    assert dialog is not None
    type_into(qtbot, dialog.director, "giamdoc")
    type_into(qtbot, dialog.code, shop.recovery_code)
    type_into(qtbot, dialog.passwords.password, "Mua-he#Da-lat-2027")
    type_into(qtbot, dialog.passwords.repeat, "Mua-he#Da-lat-2027")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.new_code_part.isVisible(), timeout=10_000)

    assert not dialog.form_part.isVisible() and dialog.code.text() == ""
    assert "tờ mã khôi phục cũ không còn dùng được nữa" in dialog.used_warning.text()
    new_code = dialog.sheet.code.text().replace("\n", "")
    assert normalize_recovery_code(new_code) == new_code
    dialog.sheet.save_pdf(tmp_path / "to-moi")
    assert "Đã lưu vào" in dialog.sheet.message.text()
    printed = subprocess.run(
        ["pdftotext", str(tmp_path / "to-moi.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert new_code.split("-")[0] in printed and "Camera An Khang" in printed

    # The old sheet opens nothing now; the code on screen does (checked on another PC).
    auth = shop.auth()
    with pytest.raises(WrongRecoveryCode):
        auth.recover(shop.recovery_code, "giamdoc", "Mua-thu#Ha-noi-2028")
    finish_recovery(qtbot, dialog)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    assert isinstance(shell.window, MainWindow)
    services = shell.window.services
    saved = services.audit.entries(shell.window.actor, AuditFilter(action=Action.REPORT_EXPORTED))
    assert [e.detail["kind"] for e in saved] == ["recovery_sheet"]
    memory_keyring.store.clear()
    assert auth.recover(new_code, "giamdoc", "Mua-thu#Ha-noi-2028").actor.username == "giamdoc"


def test_recovery_dialog_shows_the_password_policy_while_typing(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory, vietnamese: object
) -> None:
    login = make_shell(shop.db).start()
    assert isinstance(login, LoginWindow)
    login.open_recovery()
    dialog = login.recovery
    assert dialog is not None
    type_into(qtbot, dialog.passwords.password, "123456")
    hints = dialog.passwords.hints.text()
    assert dialog.passwords.hints.isVisible()
    assert "Dùng ít nhất 10 ký tự." in hints
    type_into(qtbot, dialog.passwords.password, "Mua-he#Da-lat-2027")
    assert not dialog.passwords.hints.isVisible()


def test_new_sales_account_must_choose_a_password_then_sees_only_the_desk(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "banhang1", SALES_PASSWORD)
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None)
    dialog = login.findChild(ChangePasswordDialog)
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    assert shell.window is login  # nothing opens before the password is changed
    type_into(qtbot, dialog.current, SALES_PASSWORD)
    type_into(qtbot, dialog.passwords.password, "Cua-so#Bien-xanh-42")
    type_into(qtbot, dialog.passwords.repeat, "Cua-so#Bien-xanh-42")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    window = shell.window
    assert isinstance(window, MainWindow)
    assert isinstance(window.home, DeskHome)
    assert window.staff is None and window.settings is None
    assert window.findChild(QTabWidget, "pages").count() == 1
    assert shop.auth().sign_in("banhang1", "Cua-so#Bien-xanh-42").must_change_password is False


def test_refusing_to_change_the_forced_password_signs_out(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "cskh1", CARE_PASSWORD)
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None)
    dialog = login.findChild(ChangePasswordDialog)
    assert isinstance(dialog, ChangePasswordDialog)
    dialog.reject()
    assert shell.window is login
    actions = [e.action for e in shop.services.audit.entries(shop.director)]
    assert actions[0] == Action.SIGNED_OUT  # newest first


def test_care_sees_its_request_queue_only(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shop.services.staff.reset_password(shop.director, shop.care.staff_id, CARE_PASSWORD + "x")
    shop.services.staff.change_own_password(shop.care, CARE_PASSWORD + "x", CARE_PASSWORD)
    shell = make_shell(shop.db)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "cskh1", CARE_PASSWORD)
    assert isinstance(window.home, CareHome)
    assert window.staff is None and window.settings is None


def test_director_gets_overview_staff_and_settings(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    tabs = window.findChild(QTabWidget, "pages")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    # Director screens added by later features sit between Home and Settings.
    assert titles[0] == "Home" and "Staff" in titles and titles[-1] == "Settings"


def test_a_new_password_built_from_ones_own_name_is_refused_with_the_reason(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory, vietnamese: object
) -> None:
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "banhang1", SALES_PASSWORD)
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None)
    dialog = login.findChild(ChangePasswordDialog)
    assert isinstance(dialog, ChangePasswordDialog)
    type_into(qtbot, dialog.current, SALES_PASSWORD)
    # "Lê Văn Hùng": the name is in it, even without the accents.
    type_into(qtbot, dialog.passwords.password, "Hung-ban#Hang-moi-88")
    type_into(qtbot, dialog.passwords.repeat, "Hung-ban#Hang-moi-88")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.ok_button.isEnabled())
    assert "Mật khẩu này không được chấp nhận." in dialog.message.text()
    assert (
        "Không đặt mật khẩu từ tên, số điện thoại hoặc ngày sinh của bạn." in dialog.message.text()
    )
    assert shell.window is login


def test_director_changes_own_password_from_the_account_menu(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    window.change_password_action.trigger()
    dialog = window.password_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.current, "not-my-password")
    type_into(qtbot, dialog.passwords.password, "Mua-he#Da-lat-2027")
    type_into(qtbot, dialog.passwords.repeat, "Mua-he#Da-lat-2027")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.ok_button.isEnabled())
    assert dialog.message.text() == "✖ The current password is wrong."
    type_into(qtbot, dialog.current, DIRECTOR_PASSWORD)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert shop.auth().sign_in("giamdoc", "Mua-he#Da-lat-2027").actor.username == "giamdoc"


@pytest.mark.sqlite_only("deletes the audit head with the sqlite3 module")
def test_a_tampered_audit_log_is_said_plainly_and_only_the_director_carries_on(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory, vietnamese: object
) -> None:
    import sqlite3

    shop.db.dispose()
    con = sqlite3.connect(shop.path)
    con.execute("DELETE FROM audit_head")
    con.commit()
    con.close()
    shell = make_shell(shop.db)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "cskh1", CARE_PASSWORD)
    qtbot.waitUntil(lambda: login.sign_in_button.isEnabled() and "✖" in login.message.text())
    assert "Nhật ký hoạt động" in login.message.text() and "giám đốc" in login.message.text()
    click(qtbot, login.record_break_button)  # a clerk trying it is refused again
    qtbot.waitUntil(lambda: login.sign_in_button.isEnabled() and "✖" in login.message.text())
    login.password.clear()
    sign_in(qtbot, login, "giamdoc", DIRECTOR_PASSWORD)
    qtbot.waitUntil(lambda: login.record_break_button.isVisible())
    click(qtbot, login.record_break_button)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    window = shell.window
    assert isinstance(window, MainWindow)
    recorded = window.services.audit.entries(
        window.actor, AuditFilter(action=Action.AUDIT_BREAK_RECORDED)
    )
    assert [e.detail["problem"] for e in recorded] == ["head_missing"]
