"""Building a request journey the way staff do it: customers typed in at the sales desk, requests
logged and worked on customer care's screen. Nothing is put in the database behind the screens."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopprivacy.domain.customers import AddressKind, ContactKind
from shopprivacy.domain.requests import RequestType
from shopprivacy.domain.staff import Actor
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.care.new_request import NewRequestDialog
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.desk_support import open_desk, top_dialog
from tests.ui.helpers import click, type_into


@dataclass(frozen=True)
class Person:
    name: str
    mobile: str
    street: str
    province: str

    @property
    def digits(self) -> str:
        return self.mobile.replace(" ", "")


LAN = Person("Đặng Thị Lan", "0912 345 678", "47 Trần Phú", "Đà Nẵng")
MINH = Person("Trần Văn Minh", "0988 111 222", "5 Hai Bà Trưng", "Hà Nội")


def desk_customer(qtbot: QtBot, shop: Shop, workers: Workers, person: Person) -> int:
    """The sales desk's "New customer" form, typed in and saved; returns the new number."""
    home = open_desk(qtbot, shop, workers)
    click(qtbot, home.new_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm)
    type_into(qtbot, form.name, person.name)
    type_into(qtbot, form.contacts[ContactKind.MOBILE], person.mobile)
    type_into(qtbot, form.addresses[AddressKind.HOME].street, person.street)
    type_into(qtbot, form.addresses[AddressKind.HOME].province, person.province)
    click(qtbot, form.save_button)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView)
    customer_id = view.customer_id
    view.close()
    home.close()
    return customer_id


def care_page(qtbot: QtBot, shop: Shop, actor: Actor | None = None) -> CareHome:
    page = CareHome(shop.services, actor or shop.care)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_dialog(qtbot: QtBot, page: CareHome) -> NewRequestDialog:
    click(qtbot, page.new_button)
    dialog = page.new_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def find_with_enter(qtbot: QtBot, dialog: NewRequestDialog, person: Person) -> None:
    """Type the phone and press Enter, as people do in a search box."""
    type_into(qtbot, dialog.search, person.digits)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert person.name in dialog.customer.currentText()


def fill(dialog: NewRequestDialog, kind: RequestType, said: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.note.setFocus()
    dialog.note.setPlainText(said)


def confirm_withdrawal_if_asked(qtbot: QtBot, dialog: NewRequestDialog, person: Person) -> None:
    """A withdrawal for a known customer is confirmed first, naming them."""
    box = dialog.confirm_box
    if box is None or not box.isVisible():
        return
    assert person.name in box.text()
    assert dialog.confirm_yes is not None
    click(qtbot, dialog.confirm_yes)


def log_request(
    qtbot: QtBot, page: CareHome, person: Person, kind: RequestType, said: str = "yeu cau"
) -> int:
    """Log a request for ``person`` from the care screen; returns its number."""
    dialog = open_dialog(qtbot, page)
    find_with_enter(qtbot, dialog, person)
    fill(dialog, kind, said)
    click(qtbot, dialog.log_button)
    confirm_withdrawal_if_asked(qtbot, dialog, person)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.panel.info is not None
    return page.panel.info.id


def pdf_text(path: Path) -> str:
    if not shutil.which("pdftotext"):
        return ""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return done.stdout


def focused() -> object:
    return QApplication.focusWidget()
