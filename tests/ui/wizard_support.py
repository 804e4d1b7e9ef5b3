"""Going through the set-up wizard like a new shop does: shop details, the director, the
recovery code, the privacy policy."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from shopprivacy.ui.wizard import FirstRunWizard
from tests.ui.helpers import click, tick, type_into

PASSWORD = "Bao-mat#Kho-khach-2026"


def fill_shop(qtbot: QtBot, wizard: FirstRunWizard, name: str = "Camera An Khang") -> None:
    page = wizard.shop_page
    type_into(qtbot, page.name, name)
    type_into(qtbot, page.address, "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh")
    type_into(qtbot, page.phone, "028 3822 1234")
    type_into(qtbot, page.extra.hours, "8:00-20:00")
    type_into(qtbot, page.email, "lienhe@ankhang.vn")
    type_into(qtbot, page.extra.dp_officer, "Lê Minh Tuấn")
    type_into(qtbot, page.extra.dp_officer_phone, "0903 555 777")
    tick(qtbot, page.extra.installs_cameras)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.director_page


def fill_director(qtbot: QtBot, wizard: FirstRunWizard, password: str, repeat: str) -> None:
    page = wizard.director_page
    type_into(qtbot, page.username, "giamdoc")
    type_into(qtbot, page.full_name, "Trần Thị Bích Ngọc")
    type_into(qtbot, page.phone, "0903 123 456")
    type_into(qtbot, page.passwords.password, password)
    type_into(qtbot, page.passwords.repeat, repeat)


def to_policy_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """From a filled shop page: create the database, keep the code, reach the policy page."""
    fill_director(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    tick(qtbot, wizard.recovery_page.kept)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.policy_page
