"""Screenshots of the policy screens at a 1366×768 laptop's size, to look at (opt-in:
SHOPPRIVACY_SCREENSHOTS=1; files under $SHOPPRIVACY_SHOTS/policy, /tmp/shots by default)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.disclosures import PartnerDraft, PartnerKind
from shopprivacy.domain.staff import Role
from shopprivacy.storage.database import Database
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.qt_app import CatalogTranslator
from shopprivacy.ui.wizard import FirstRunWizard
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click
from tests.ui.test_policy_tab import publish
from tests.ui.wizard_support import fill_shop, to_policy_page

pytestmark = pytest.mark.skipif(
    not os.environ.get("SHOPPRIVACY_SCREENSHOTS"), reason="screenshots are opt-in"
)
WIDTH, HEIGHT = 1366, 700  # what a 1366×768 screen leaves under the taskbar and title bar


def save(qtbot: QtBot, widget: QWidget, name: str) -> None:
    folder = Path(os.environ.get("SHOPPRIVACY_SHOTS", "/tmp/shots")) / "policy"
    folder.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    assert widget.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_wizards_policy_page(
    qtbot: QtBot,
    tmp_path: Path,
    make_shell: ShellFactory,
    language: Callable[[str], CatalogTranslator],
    lang: str,
) -> None:
    language(lang)
    wizard = make_shell(Database(f"sqlite:///{tmp_path / 'new.db'}"), lang=lang).start()
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.minimumSizeHint().height() < HEIGHT
    save(qtbot, wizard, f"{lang}-wizard-shop-empty")
    fill_shop(qtbot, wizard, "Công ty TNHH Camera An Khang")
    wizard.back()
    save(qtbot, wizard, f"{lang}-wizard-shop")
    wizard.next()
    to_policy_page(qtbot, wizard)
    save(qtbot, wizard, f"{lang}-wizard-policy")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_policy_tab_and_its_dialogs(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    preferences: Preferences,
    language: Callable[[str], CatalogTranslator],
    lang: str,
) -> None:
    language(lang)
    window = MainWindow(shop.services, shop.actor(Role.DIRECTOR), workers, preferences)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    page = window.policy
    assert page is not None
    window.tabs.setCurrentWidget(page)
    save(qtbot, window, f"{lang}-policy-empty")
    publish(qtbot, page)
    save(qtbot, window, f"{lang}-policy-versions")
    shop.services.partners.add_partner(
        shop.director,
        PartnerDraft(PartnerKind.IT, "Cloud Mail Pte", country="SG"),
    )
    window.tabs.setCurrentWidget(window.home)
    save(qtbot, window, f"{lang}-overview")
    window.tabs.setCurrentWidget(page)
    page.sections.setCurrentWidget(page.check)
    save(qtbot, window, f"{lang}-policy-check")
    page.sections.setCurrentWidget(page.purposes)
    save(qtbot, window, f"{lang}-policy-purposes")
    page.purposes.table.selectRow(0)
    click(qtbot, page.purposes.edit_button)
    assert page.purposes.dialog is not None
    save(qtbot, page.purposes.dialog, f"{lang}-purpose-dialog")
    page.purposes.dialog.reject()
    page.sections.setCurrentWidget(page.older)
    save(qtbot, window, f"{lang}-policy-older")
    dialog = page.open_draft(fresh=True)
    assert dialog is not None
    save(qtbot, dialog, f"{lang}-policy-editor")
    click(qtbot, dialog.publish_button)
    assert dialog.confirm_box is not None
    save(qtbot, dialog.confirm_box, f"{lang}-policy-confirm")
    dialog.confirm_box.reject()
    dialog.reject()
    assert window.partners is not None
    window.tabs.setCurrentWidget(window.partners)
    window.partners.open_dialog(None)
    assert window.partners.dialog is not None
    save(qtbot, window.partners.dialog, f"{lang}-partner-dialog")
    window.partners.dialog.reject()
    save(qtbot, window, f"{lang}-partners")
    assert window.settings_tab is not None
    window.tabs.setCurrentWidget(window.settings_tab)
    save(qtbot, window, f"{lang}-settings")
    window.open_screen("settings")  # as "fix the practice" does: the data collected
    save(qtbot, window, f"{lang}-settings-data-rules")
