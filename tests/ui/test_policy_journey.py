"""Day one of a new shop, through the real windows only, from an empty database: the wizard
(shop, director, recovery code, policy published), a sales clerk added on the staff screen,
who signs in, adds a customer, records an email-marketing consent, exports the marketing
list (the customer is on it), records the opt-out, and exports again (the customer is gone).
Nothing is seeded through the services."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from shopprivacy.domain.consents import ConsentMethod, Purpose
from shopprivacy.domain.customers import ContactKind
from shopprivacy.domain.staff import Role
from shopprivacy.reports.text import SHOP_ZONE
from shopprivacy.storage.database import Database
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.desk.export_dialog import ExportDialog
from shopprivacy.ui.desk.grant_dialog import GrantDialog
from shopprivacy.ui.desk.home import DeskHome
from shopprivacy.ui.director.staff_dialogs import AddStaffDialog
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.password_dialog import ChangePasswordDialog
from shopprivacy.ui.shell import Shell
from shopprivacy.ui.wizard import FirstRunWizard
from tests.ui.conftest import ShellFactory
from tests.ui.desk_support import top_dialog
from tests.ui.helpers import click, sign_in, type_into
from tests.ui.wizard_support import fill_shop, to_policy_page

EMAIL = Purpose.MARKETING_EMAIL
TEMPORARY = "Tam-thoi#Ban-hang-2026"
OWN = "Cua-so#Bien-xanh-42"


def _add_sales_clerk(qtbot: QtBot, window: MainWindow) -> None:
    assert window.staff is not None
    window.tabs.setCurrentWidget(window.staff)
    click(qtbot, window.staff.add_button)
    dialog = window.staff.dialog
    assert isinstance(dialog, AddStaffDialog)
    type_into(qtbot, dialog.username, "banhang1")
    type_into(qtbot, dialog.full_name, "Ngô Văn Tài")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SALES))
    type_into(qtbot, dialog.passwords.password, TEMPORARY)
    type_into(qtbot, dialog.passwords.repeat, TEMPORARY)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(
        lambda: "banhang1" in [s.username for s in window.staff.model.rows],  # type: ignore[union-attr]
        timeout=10_000,
    )


def _sales_signs_in(qtbot: QtBot, shell: Shell) -> DeskHome:
    login = shell.window
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, "banhang1", TEMPORARY)
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None)
    dialog = login.findChild(ChangePasswordDialog)
    assert isinstance(dialog, ChangePasswordDialog)
    type_into(qtbot, dialog.current, TEMPORARY)
    type_into(qtbot, dialog.passwords.password, OWN)
    type_into(qtbot, dialog.passwords.repeat, OWN)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    window = shell.window
    assert isinstance(window, MainWindow) and isinstance(window.home, DeskHome)
    return window.home


def _export(qtbot: QtBot, home: DeskHome, path: Path) -> list[list[str]]:
    click(qtbot, home.export_button)
    dialog = top_dialog(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData(EMAIL.value))
    type_into(qtbot, dialog.path, str(path))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        click(qtbot, dialog.export_button)
    dialog.close()
    with path.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_day_one_from_an_empty_database_through_the_windows_only(
    qtbot: QtBot, tmp_path: Path, make_shell: ShellFactory
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    shell = make_shell(db)
    wizard = shell.start()
    assert isinstance(wizard, FirstRunWizard)
    fill_shop(qtbot, wizard)
    to_policy_page(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    director = shell.window
    assert isinstance(director, MainWindow) and director.actor.role is Role.DIRECTOR
    assert director.policy is not None
    director.tabs.setCurrentWidget(director.policy)
    assert director.policy.in_force.text().startswith("In force: version ")

    _add_sales_clerk(qtbot, director)
    director.sign_out_action.trigger()
    home = _sales_signs_in(qtbot, shell)

    # A customer typed in at the desk.
    click(qtbot, home.new_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm)
    type_into(qtbot, form.name, "Nguyễn Văn Ánh")
    type_into(qtbot, form.contacts[ContactKind.MOBILE], "0912 345 678")
    type_into(qtbot, form.contacts[ContactKind.PERSONAL_EMAIL], "anh.nguyen@gmail.com")
    click(qtbot, form.save_button)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView) and view.consents is not None
    assert not view.stopped.isVisible()
    panel = view.consents

    # Email marketing consent, under the version the wizard published.
    view.tabs.setCurrentWidget(panel)
    click(qtbot, panel.grant_buttons[EMAIL])
    grant = top_dialog(GrantDialog)
    assert isinstance(grant, GrantDialog)
    assert grant.policy is not None and grant.save_button.isEnabled()
    assert grant.policy_shown.text().startswith(f"{datetime.now(SHOP_ZONE):%Y-%m}, in force since ")
    grant.method.setCurrentIndex(grant.method.findData(ConsentMethod.SIGNED_FORM.value))
    click(qtbot, grant.save_button)
    qtbot.waitUntil(lambda: panel.state_labels[EMAIL].text().startswith("✔ Agreed"))

    rows = _export(qtbot, home, tmp_path / "email-list-1")
    assert [r[1:] for r in rows[1:]] == [["Nguyễn Văn Ánh", "anh.nguyen@gmail.com"]]

    # The customer asks to stop: one click, in force at once.
    panel.asked_by.setCurrentIndex(panel.asked_by.findData(ConsentMethod.PHONE.value))
    click(qtbot, panel.opt_out_buttons[EMAIL])
    assert panel.state_labels[EMAIL].text().startswith("✖ Opted out")
    # Their only basis is gone (no order either): the desk says processing has stopped.
    qtbot.waitUntil(view.stopped.isVisible)

    # Nobody left to write to: the desk says so plainly and writes no file.
    click(qtbot, home.export_button)
    dialog = top_dialog(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData(EMAIL.value))
    type_into(qtbot, dialog.path, str(tmp_path / "email-list-2"))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Nothing to export"), timeout=30_000)
    assert not (tmp_path / "email-list-2.csv").exists()
    dialog.close()
    db.dispose()
