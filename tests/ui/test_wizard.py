import re
import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from shopprivacy.domain.staff import Role
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services.auth import AuthService
from shopprivacy.storage.database import Database
from shopprivacy.ui.director.home import DirectorHome
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.wizard import FirstRunWizard
from tests.conftest import MemoryKeyring
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click, tick, type_into

PASSWORD = "Bao-mat#Kho-khach-2026"
CODE = re.compile(r"^([0-9A-Z]{5}-){2}[0-9A-Z]{5}-\n([0-9A-Z]{5}-){2}[0-9A-Z]{5}$")


def fill_shop(qtbot: QtBot, wizard: FirstRunWizard, name: str = "Camera An Khang") -> None:
    page = wizard.shop_page
    type_into(qtbot, page.name, name)
    type_into(qtbot, page.address, "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh")
    type_into(qtbot, page.phone, "028 3822 1234")
    type_into(qtbot, page.email, "lienhe@ankhang.vn")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.director_page


def fill_director(qtbot: QtBot, wizard: FirstRunWizard, password: str, repeat: str) -> None:
    page = wizard.director_page
    type_into(qtbot, page.username, "giamdoc")
    type_into(qtbot, page.full_name, "Trần Thị Bích Ngọc")
    type_into(qtbot, page.phone, "0903 123 456")
    type_into(qtbot, page.passwords.password, password)
    type_into(qtbot, page.passwords.repeat, repeat)


def test_first_run_creates_the_shop_shows_the_code_once_and_opens_the_overview(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory, vietnamese: object
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    shell = make_shell(db, lang="vi")
    wizard = shell.start()
    assert isinstance(wizard, FirstRunWizard)
    assert "kho khoá bảo mật" in wizard.director_page.keyring_note.text()
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
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before the code is kept
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
    assert finish.isEnabled()
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
