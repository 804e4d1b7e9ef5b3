import re
import subprocess
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from shopprivacy.domain.staff import Role
from shopprivacy.reports.text import SHOP_ZONE
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.auth import AuthService
from shopprivacy.storage.database import Database
from shopprivacy.ui.director.home import DirectorHome
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.shell import Shell
from shopprivacy.ui.wizard import FirstRunWizard
from tests.conftest import MemoryKeyring
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click, tick, type_into
from tests.ui.wizard_support import PASSWORD, fill_director, fill_shop, to_policy_page

CODE = re.compile(r"^([0-9A-Z]{5}-){2}[0-9A-Z]{5}-\n([0-9A-Z]{5}-){2}[0-9A-Z]{5}$")


def test_first_run_creates_the_shop_shows_the_code_once_and_opens_the_overview(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory, vietnamese: object
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    shell = make_shell(db, lang="vi")
    wizard = shell.start()
    assert isinstance(wizard, FirstRunWizard)
    assert "kho khóa bảo mật" in wizard.director_page.keyring_note.text()
    fill_shop(qtbot, wizard)
    fill_director(qtbot, wizard, "ngoc1234", "")
    # The policy's reasons show while typing, in Vietnamese.
    assert "Dùng ít nhất 10 ký tự." in wizard.director_page.passwords.hints.text()
    fill_director(qtbot, wizard, PASSWORD, PASSWORD)
    assert not wizard.director_page.passwords.hints.isVisible()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Tạo cơ sở dữ liệu"
    click(qtbot, commit)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)

    page = wizard.recovery_page
    shown = page.code.text()
    assert CODE.match(shown), shown
    onward = wizard.button(QWizard.WizardButton.NextButton)
    assert not onward.isEnabled()  # not before the code is kept
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    wizard.reject()  # closing the window does not lose the code
    assert wizard.isVisible()

    page.sheet.save_pdf(tmp_path / "sheet")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert "Đã lưu vào" in page.message.text()
    # The printer the print dialog hands back (here one that prints to a file).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.sheet.print_on(printer)
    assert page.message.text() == "✔ Đã gửi tờ mã khôi phục tới máy in."
    printed = subprocess.run(
        ["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert shown.split("\n")[0].rstrip("-").split("-")[0] in printed

    tick(qtbot, page.kept)
    assert page.kept.isChecked()
    assert onward.isEnabled()
    click(qtbot, onward)
    # The last page: the policy drafted from what was typed, published on Finish.
    assert wizard.currentPage() is wizard.policy_page
    assert "Camera An Khang" in wizard.policy_page.editor.policy_text()
    assert wizard.policy_page.editor.label_text() == f"{datetime.now(SHOP_ZONE):%Y-%m}"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Hoàn tất"
    click(qtbot, finish)
    assert isinstance(shell.window, MainWindow)
    assert isinstance(shell.window.home, DirectorHome)
    assert shell.window.actor.role is Role.DIRECTOR

    # The code on screen is the real one: it recovers the database on a new PC.
    auth = AuthService(db, KeyringDeviceStore(), sleep=lambda _s: None)
    assert auth.sign_in("giamdoc", PASSWORD).actor.username == "giamdoc"
    code = shown.replace("\n", "")
    assert auth.recover(code, "giamdoc", "Mua-he#Da-lat-2027").actor.role is Role.DIRECTOR


def test_wizard_keeps_nothing_when_the_two_passwords_differ(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    wizard = make_shell(db).start()
    assert isinstance(wizard, FirstRunWizard)
    fill_shop(qtbot, wizard)
    fill_director(qtbot, wizard, PASSWORD, PASSWORD + "x")
    assert "The two passwords are not the same." in wizard.director_page.passwords.hints.text()
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.currentPage() is wizard.director_page
    assert "not the same" in wizard.director_page.message.text()
    assert not db.exists()


def test_a_bad_login_name_is_explained_on_the_directors_page(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    wizard = make_shell(db).start()
    assert isinstance(wizard, FirstRunWizard)
    fill_shop(qtbot, wizard)
    fill_director(qtbot, wizard, PASSWORD, PASSWORD)
    type_into(qtbot, wizard.director_page.username, "Giám Đốc")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.director_page.message.text().startswith("✖"))
    assert "login name is 2 to 32" in wizard.director_page.message.text()
    assert wizard.currentPage() is wizard.director_page
    # Corrected, it goes through.
    type_into(qtbot, wizard.director_page.username, "giamdoc")
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)


def test_an_empty_shop_name_sends_you_back_to_the_shop_page(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    wizard = make_shell(db).start()
    assert isinstance(wizard, FirstRunWizard)
    fill_shop(qtbot, wizard, name="   ")
    fill_director(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.shop_page)
    assert wizard.shop_page.message.text() == "✖ Enter the shop's name."
    assert not db.exists()


def test_without_a_keyring_the_wizard_says_so_plainly(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory, memory_keyring: MemoryKeyring
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    try:
        db = Database(f"sqlite:///{tmp_path / 'new.db'}")
        wizard = make_shell(db).start()
        assert isinstance(wizard, FirstRunWizard)
        assert "has no secure key store" in wizard.director_page.keyring_note.text()
    finally:
        keyring.set_keyring(memory_keyring)


def _policy_page(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory
) -> tuple[Database, FirstRunWizard, Shell]:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    shell = make_shell(db)
    wizard = shell.start()
    assert isinstance(wizard, FirstRunWizard)
    fill_shop(qtbot, wizard)
    to_policy_page(qtbot, wizard)
    return db, wizard, shell


def test_enter_does_not_publish_the_policy_ctrl_enter_does(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory
) -> None:
    db, wizard, _shell = _policy_page(qtbot, tmp_path, make_shell)
    page = wizard.policy_page
    text = page.editor.policy_text()
    # Every section is built from the shop page: the contact person and the cameras.
    assert "Lê Minh Tuấn" in text and "0903 555 777" in text and "8:00-20:00" in text
    type_into(qtbot, page.editor.label, "2026-khai-truong")
    qtbot.keyClick(page.editor.label, Qt.Key.Key_Return)
    qtbot.keyClick(page.editor.effective, Qt.Key.Key_Enter)
    assert wizard.currentPage() is page and wizard.isVisible()
    assert page.setup is not None
    services = Services(page.setup.vault)
    assert services.policies.list_versions() == []
    page.editor.text.setFocus()
    page.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(page.editor.text, Qt.Key.Key_Return)  # in the text, Enter is a new line
    qtbot.keyClicks(page.editor.text, "Cua hang tra loi trong 2 ngay.")
    qtbot.keyClick(page.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    [version] = services.policies.list_versions()
    assert version.label == "2026-khai-truong"
    assert version.text.endswith("Cua hang tra loi trong 2 ngay.")
    assert services.policies.current_version() == version
    db.dispose()


def test_a_refused_publish_keeps_the_text_and_publishing_can_wait(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory
) -> None:
    db, wizard, shell = _policy_page(qtbot, tmp_path, make_shell)
    page = wizard.policy_page
    type_into(qtbot, page.editor.label, "")
    typed = page.editor.policy_text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    click(qtbot, finish)
    assert wizard.currentPage() is page
    assert "short name, such as 2026-01" in page.editor.message.text()
    assert "Nothing was lost" in page.editor.message.text()
    assert shell.window is wizard and wizard.isVisible()  # no window opened behind it
    assert page.editor.policy_text() == typed and wizard.focusWidget() is page.editor.label
    type_into(qtbot, page.editor.label, "2026-khai-truong")
    page.editor.text.appendPlainText("Cua hang tra loi trong 2 ngay.")
    tick(qtbot, page.later)
    click(qtbot, finish)
    assert not wizard.isVisible()
    assert page.setup is not None
    assert Services(page.setup.vault).policies.list_versions() == []
    # The edited text waits in the director's policy screen.
    window = shell.window
    assert isinstance(window, MainWindow) and window.policy is not None
    assert window.policy.kept_draft.endswith("Cua hang tra loi trong 2 ngay.")
    dialog = window.policy.open_draft(fresh=False)
    assert dialog is not None
    assert dialog.editor.policy_text().endswith("Cua hang tra loi trong 2 ngay.")
    db.dispose()


def test_tab_goes_from_the_policy_text_to_its_name_date_and_the_later_box(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory
) -> None:
    db, wizard, _shell = _policy_page(qtbot, tmp_path, make_shell)
    page = wizard.policy_page
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page.editor.text.setFocus()
    seen = []
    while wizard.focusWidget() is not page.later and len(seen) < 6:
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
        seen.append(wizard.focusWidget())
    date = (page.editor.effective, page.editor.effective.findChild(QLineEdit))
    # Text, name, the date (Tab steps through its day, month and year), the "later" box.
    assert seen[0] is page.editor.label
    assert all(w in date for w in seen[1:-1]) and seen[-1] is page.later
    db.dispose()
