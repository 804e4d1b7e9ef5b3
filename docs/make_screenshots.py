"""Screenshots for the user guide, taken from the real app over the practice (demo) shop.

    uv run python docs/make_screenshots.py        # Vietnamese and English, into docs/screenshots/
    QT_SCALE_FACTOR=1.5 uv run python docs/make_screenshots.py --out /tmp/shots-150

The demo shop is built in a temporary folder (exactly as ``shopprivacy --demo`` does), the real
windows are driven offscreen, and each screen is saved as PNG. Nothing touches the PC's keyring or
the shop's real database; the same seed gives the same customers, so pictures stay stable.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from shopprivacy.services.auth import AuthService
from shopprivacy.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoDeviceStore, build_demo
from shopprivacy.storage.database import Database
from shopprivacy.storage.locations import resolve_database
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.demo_marking import mark_window
from shopprivacy.ui.desk.home import DeskHome
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.qt_app import install_language, register_fonts, use_app_font
from shopprivacy.ui.shell import Shell
from shopprivacy.ui.wizard import FirstRunWizard
from shopprivacy.ui.workers import Workers

HERE = Path(__file__).resolve().parent
WINDOW = (1000, 640)  # a common desk PC window; keeps the PNG files small


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30) -> None:
    limit = time.monotonic() + timeout
    while not done():
        if time.monotonic() > limit:
            raise TimeoutError("the screen did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


class Camera:
    def __init__(self, app: QApplication, folder: Path) -> None:
        self.app, self.folder = app, folder
        folder.mkdir(parents=True, exist_ok=True)

    def save(self, widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        for _ in range(5):
            self.app.processEvents()
            time.sleep(0.02)
        path = self.folder / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not save {path}")
        print(path.relative_to(HERE.parent) if path.is_relative_to(HERE.parent) else path)


def wizard_shots(app: QApplication, camera: Camera, folder: Path, lang: str) -> None:
    """The first-run set-up on a new, empty database, up to the recovery code."""
    db = Database(resolve_database(str(folder / "new-shop.sqlite")))
    workers = Workers()
    wizard = FirstRunWizard(db, DemoDeviceStore(), workers, lang)
    page = wizard.shop_page
    page.name.setText("Điện máy Ánh Dương")
    page.address.setText("123 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh")
    page.phone.setText("028 3822 0000")
    page.email.setText("cskh@anhduong.example")
    camera.save(wizard, "setup-1-shop", (760, 560))
    wizard.next()
    director = wizard.director_page
    director.username.setText("giamdoc")
    director.full_name.setText("Phạm Minh Châu")
    director.passwords.password.setText(DEMO_PASSWORD)
    director.passwords.repeat.setText(DEMO_PASSWORD)
    camera.save(wizard, "setup-2-director")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_until(app, lambda: wizard.currentPage() is wizard.recovery_page)
    camera.save(wizard, "setup-3-recovery-code")
    workers.wait()
    wizard.hide()
    wizard.deleteLater()
    db.dispose()


def sign_in(app: QApplication, shell: Shell, username: str) -> MainWindow:
    login = shell.window
    assert isinstance(login, LoginWindow)
    login.username.setText(username)
    login.password.setText(DEMO_PASSWORD)
    login.sign_in()
    wait_until(app, lambda: isinstance(shell.window, MainWindow))
    assert isinstance(shell.window, MainWindow)
    return shell.window


def role_shots(app: QApplication, camera: Camera, shell: Shell, customer_ids: list[int]) -> None:
    login = shell.window
    assert isinstance(login, LoginWindow)
    camera.save(login, "login-demo", (560, 460))

    window = sign_in(app, shell, "banhang")
    camera.save(window, "desk-1-customers", WINDOW)
    desk = window.home
    assert isinstance(desk, DeskHome)
    desk.search.setText("Nguyễn")
    desk.run_search()
    camera.save(window, "desk-2-search")
    view = desk.open_customer(desk.model.customer_id(0))
    camera.save(view, "desk-3-customer", (820, 640))
    view.reject()
    form = desk.new_customer()
    assert form is not None
    camera.save(form, "desk-4-new-customer", (760, 640))
    form.reject()
    shell.sign_out()

    window = sign_in(app, shell, "cskh")
    care = window.home
    assert isinstance(care, CareHome)
    care.table.selectRow(0)  # the queue is soonest deadline first: an overdue one
    camera.save(window, "care-1-queue", WINDOW)
    care.open_new_request()
    assert care.new_dialog is not None
    camera.save(care.new_dialog, "care-2-new-request")
    care.new_dialog.reject()
    for row, item in enumerate(care.model.items):
        if item.request.status == "awaiting_approval":
            care.table.selectRow(row)
    camera.save(window, "care-3-deletion-waiting")
    shell.sign_out()

    window = sign_in(app, shell, "giamdoc")
    camera.save(window, "director-1-home", WINDOW)
    if window.staff is not None:
        window.tabs.setCurrentWidget(window.staff)
        camera.save(window, "director-2-staff")
    if window.settings is not None:
        window.tabs.setCurrentWidget(window.settings_tab)
        camera.save(window, "director-3-settings")
    breaches = getattr(window, "breaches", None)
    if breaches is not None:
        window.tabs.setCurrentWidget(breaches)
        table = getattr(breaches, "table", None)
        if table is not None:
            table.selectRow(0)
        camera.save(window, "director-4-breaches")
    shell.sign_out()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "screenshots")
    parser.add_argument("--lang", choices=("vi", "en"), action="append")
    parser.add_argument("--customers", type=int, default=150)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    register_fonts()
    use_app_font(app)
    folder = Path(tempfile.mkdtemp(prefix="shopprivacy-shots-"))
    try:
        db = Database(resolve_database(str(folder / "demo.sqlite")))
        devices = DemoDeviceStore()
        demo = build_demo(db, devices, args.customers)
        for lang in args.lang or ["vi", "en"]:
            translator = install_language(app, lang)
            camera = Camera(app, args.out / lang)
            (folder / lang).mkdir()
            wizard_shots(app, camera, folder / lang, lang)
            settings = QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat)
            preferences = Preferences(settings)
            auth = AuthService(db, devices)
            shell = Shell(app, db, devices, auth, preferences, lang)
            shell.window_changed.connect(lambda w: mark_window(w, DEMO_ACCOUNTS, DEMO_PASSWORD))
            shell.start()
            role_shots(app, camera, shell, demo.customer_ids)
            shell.workers.wait()
            if shell.window is not None:
                shell.window.hide()
            app.removeTranslator(translator)
        db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
