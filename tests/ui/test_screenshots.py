"""Screenshots of the main screens for a person to look at (not an automatic check).

Opt in:  SHOPPRIVACY_SCREENSHOTS=1 uv run pytest tests/ui/test_screenshots.py
(add QT_SCALE_FACTOR=1.5 for a 150 % display). PNG files go to $SHOPPRIVACY_SHOTS or
/tmp/shots, never into the repository.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from shopprivacy.storage.database import Database
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.qt_app import CatalogTranslator
from shopprivacy.ui.wizard import FirstRunWizard
from tests.conftest import CARE_PASSWORD, DIRECTOR_PASSWORD, SALES_PASSWORD, Shop
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click, sign_in, sign_in_to_main, type_into

pytestmark = pytest.mark.skipif(
    not os.environ.get("SHOPPRIVACY_SCREENSHOTS"), reason="screenshots are opt-in"
)


def shots_dir() -> Path:
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    folder = Path(os.environ.get("SHOPPRIVACY_SHOTS", "/tmp/shots")) / f"scale-{scale}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(qtbot: QtBot, widget: QWidget, name: str) -> None:
    widget.show()
    qtbot.wait(50)
    assert widget.grab().save(str(shots_dir() / f"{name}.png"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_wizard_pages(
    qtbot: QtBot,
    tmp_path: Path,
    make_shell: ShellFactory,
    language: Callable[[str], CatalogTranslator],
    lang: str,
) -> None:
    language(lang)
    wizard = make_shell(Database(f"sqlite:///{tmp_path / 'new.db'}"), lang=lang).start()
    assert isinstance(wizard, FirstRunWizard)
    page = wizard.shop_page
    type_into(qtbot, page.name, "Công ty TNHH Camera An Khang")
    type_into(qtbot, page.address, "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh")
    type_into(qtbot, page.phone, "028 3822 1234")
    type_into(qtbot, page.email, "lienhe@ankhang.vn")
    save(qtbot, wizard, f"{lang}-01-wizard-shop")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    director = wizard.director_page
    type_into(qtbot, director.username, "giamdoc")
    type_into(qtbot, director.full_name, "Trần Thị Bích Ngọc")
    type_into(qtbot, director.phone, "0903 123 456")
    type_into(qtbot, director.passwords.password, "ngoc0903")
    type_into(qtbot, director.passwords.repeat, "ngoc")
    save(qtbot, wizard, f"{lang}-02-wizard-director-policy")
    type_into(qtbot, director.passwords.password, DIRECTOR_PASSWORD)
    type_into(qtbot, director.passwords.repeat, DIRECTOR_PASSWORD)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    save(qtbot, wizard, f"{lang}-03-wizard-recovery-code")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_login_recovery_and_homes(
    qtbot: QtBot,
    shop: Shop,
    make_shell: ShellFactory,
    language: Callable[[str], CatalogTranslator],
    lang: str,
) -> None:
    language(lang)
    # Staff who already chose their own passwords, so each role goes straight home.
    for actor, password in ((shop.sales, SALES_PASSWORD), (shop.care, CARE_PASSWORD)):
        shop.services.staff.change_own_password(actor, password, password + "!")
    shell = make_shell(shop.db, lang=lang)
    login = shell.start()
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "giamdoc", "sai-mat-khau")
    qtbot.waitUntil(lambda: login.message.text().startswith("✖"))
    save(qtbot, login, f"{lang}-04-login-wrong-password")
    login.open_recovery()
    assert login.recovery is not None
    type_into(qtbot, login.recovery.passwords.password, "123456")
    save(qtbot, login.recovery, f"{lang}-05-recovery-dialog")
    login.recovery.reject()

    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    window.resize(1000, 640)
    save(qtbot, window, f"{lang}-06-director-overview")
    window.home.verify()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.home.last_result is not None)  # type: ignore[attr-defined]
    save(qtbot, window, f"{lang}-07-director-overview-verified")
    assert window.staff is not None and window.settings is not None
    window.tabs.setCurrentWidget(window.staff)
    save(qtbot, window, f"{lang}-08-staff-admin")
    window.staff.open_add()
    assert window.staff.dialog is not None
    type_into(qtbot, window.staff.dialog.passwords.password, "hung1234")
    save(qtbot, window.staff.dialog, f"{lang}-09-add-staff")
    window.staff.dialog.reject()
    window.tabs.setCurrentWidget(window.settings_tab)
    save(qtbot, window, f"{lang}-10-settings")
    window.sign_out_action.trigger()

    for username, password, name in (
        ("banhang1", SALES_PASSWORD + "!", "11-sales-home"),
        ("cskh1", CARE_PASSWORD + "!", "12-care-home"),
    ):
        main = sign_in_to_main(qtbot, shell, username, password)
        assert isinstance(main, MainWindow)
        main.resize(1000, 640)
        save(qtbot, main, f"{lang}-{name}")
        main.sign_out_action.trigger()
