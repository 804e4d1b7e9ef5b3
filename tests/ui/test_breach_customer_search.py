"""The breach dialog finds the affected customers as the desk does (a name typed without accents,
the last digits of a phone), never by typed record numbers; Enter searches and adds, it never
records the breach."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from shopprivacy.domain.breaches import DataCategory
from shopprivacy.storage.database import Database
from shopprivacy.ui.director.breach_dialogs import NewBreachDialog
from shopprivacy.ui.director.breaches import BreachesPage
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.wizard import FirstRunWizard
from shopprivacy.ui.workers import Workers
from tests.cli.conftest import Cli
from tests.conftest import Shop
from tests.reports.conftest import pdf_text
from tests.services.breach_helpers import LOST_LAPTOP
from tests.services.customer_helpers import add
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click, tick, type_into
from tests.ui.test_director_breaches import write
from tests.ui.test_wizard import PASSWORD, fill_director, fill_shop

SHOTS = Path("/tmp/shots/breaches")


def test_from_the_wizard_a_breach_on_customers_found_by_name_to_the_a05_notice(
    qtbot: QtBot,
    tmp_path: Path,
    make_shell: ShellFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: object,
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'cuahang.db'}")
    shell = make_shell(db, lang="vi")
    wizard = shell.start()
    assert isinstance(wizard, FirstRunWizard)
    fill_shop(qtbot, wizard)
    fill_director(qtbot, wizard, PASSWORD, PASSWORD)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    tick(qtbot, wizard.recovery_page.kept)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    window = shell.window
    assert isinstance(window, MainWindow)
    # The customers come in from the admin command line, as a shop's script would add them.
    cli = Cli(capsys, monkeypatch)
    cli.db = tmp_path / "cuahang.db"
    for name, phone in (("Nguyễn Văn Ánh", "0912 345 678"), ("Trần Thị Bình", "0987 654 321")):
        ran = cli("--user", "giamdoc", "customer", "add", "--name", name, "--phone", phone,
                  password=PASSWORD)  # fmt: skip
        assert ran.code == 0, ran.err
    page = window.breaches
    assert page is not None
    window.tabs.setCurrentWidget(page)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Sự cố dữ liệu"
    click(qtbot, page.new_button)
    dialog = page.dialog
    assert isinstance(dialog, NewBreachDialog)
    picker = dialog.customers
    type_into(qtbot, picker.search, "tran thi binh")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    click(qtbot, picker.add_button)
    tick(qtbot, dialog.categories[DataCategory.NAMES])
    tick(qtbot, dialog.categories[DataCategory.PHONES])
    write(dialog.description, LOST_LAPTOP)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.recorded is not None, timeout=10_000)
    assert dialog.recorded is not None and len(dialog.recorded.customer_ids) == 1
    assert "Trần Thị Bình" in picker.chosen.item(0).text()

    page.table.selectRow(0)
    page.ask_save_path = lambda _suggested: str(tmp_path / "thong-bao")
    click(qtbot, page.pdf_button)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=20_000)
    text = " ".join(pdf_text(tmp_path / "thong-bao.pdf").split())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Trần Thị Bích Ngọc (Giám đốc), điện thoại 0903 123 456" in text
    assert "giamdoc" not in text


def open_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> NewBreachDialog:
    screen = BreachesPage(shop.services, shop.director, workers)
    qtbot.addWidget(screen)
    screen.show()
    click(qtbot, screen.new_button)
    dialog = screen.dialog
    assert isinstance(dialog, NewBreachDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_director_picks_the_affected_customers_by_name_and_phone_digits(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    anh = add(shop)
    binh = add(shop, name="Trần Thị Bình", mobile="0987 654 321")
    add(shop, name="Lê Văn Cường", mobile="0903 111 222")
    dialog = open_dialog(qtbot, shop, workers)
    picker = dialog.customers
    assert not dialog.findChildren(type(picker.search), "customer_ids")  # no number box left

    type_into(qtbot, picker.search, "nguyen van anh")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.model.rowCount() == 1 and picker.model.customer_id(0) == anh.id
    assert dialog.isVisible() and dialog.recorded is None  # Enter searched, nothing recorded
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.found, Qt.Key.Key_Return)
    assert picker.chosen_ids() == (anh.id,)
    assert dialog.some_customers.isChecked()

    type_into(qtbot, picker.search, "4321")
    click(qtbot, picker.find_button)
    assert [picker.model.customer_id(r) for r in range(picker.model.rowCount())] == [binh.id]
    click(qtbot, picker.add_button)
    click(qtbot, picker.add_button)  # twice: still once in the list
    assert picker.chosen_ids() == (anh.id, binh.id)
    assert "Trần Thị Bình" in picker.chosen.item(1).text()

    tick(qtbot, dialog.categories[DataCategory.NAMES])
    write(dialog.description, LOST_LAPTOP)
    dialog.grab().save(str(_shot("new-breach-picked.png")))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.recorded is not None, timeout=10_000)
    assert dialog.recorded is not None
    assert dialog.recorded.customer_ids == (anh.id, binh.id)


def test_removing_the_last_chosen_customer_is_refused_on_save_not_guessed(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    anh = add(shop)
    dialog = open_dialog(qtbot, shop, workers)
    picker = dialog.customers
    type_into(qtbot, picker.search, "5678")
    qtbot.keyClick(picker.search, Qt.Key.Key_Enter)
    click(qtbot, picker.add_button)
    assert picker.chosen_ids() == (anh.id,)
    picker.chosen.setFocus()
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)
    assert picker.chosen_ids() == ()
    tick(qtbot, dialog.categories[DataCategory.PHONES])
    write(dialog.description, LOST_LAPTOP)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter alone never saves
    assert dialog.recorded is None and not dialog.message.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "Choose the affected customers" in dialog.message.text()
    assert shop.services.breaches.list_breaches(shop.director) == []


def _shot(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / name
