"""The director's breach register screen: record a breach in the dialog, watch the 72-hour
clock, take the next step, save the papers; only the director has the tab."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.breaches import BreachStatus
from shopprivacy.ui.director.breach_dialogs import NewBreachDialog, StepDialog
from shopprivacy.ui.director.breaches import BreachesPage
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.qt_app import CatalogTranslator
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.reports.conftest import pdf_text
from tests.services.breach_helpers import LOST_LAPTOP, record
from tests.services.customer_helpers import add
from tests.ui.helpers import click, tick, type_into

SHOTS = Path("/tmp/shots/breaches")


def write(edit: QPlainTextEdit, text: str) -> None:
    """Typing into a text box the way an input method delivers Vietnamese."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def page(qtbot: QtBot, shop: Shop, workers: Workers) -> BreachesPage:
    screen = BreachesPage(shop.services, shop.director, workers)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    return screen


def ok(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_director_records_a_breach_and_the_clock_starts(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    screen = page(qtbot, shop, workers)
    assert screen.table.rowCount() == 0
    click(qtbot, screen.new_button)
    dialog = screen.dialog
    assert isinstance(dialog, NewBreachDialog)
    # Nothing written yet: refused, nothing stored.
    ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert "Tick at least one kind of data" in dialog.message.text()
    tick(qtbot, dialog.categories[next(iter(dialog.categories))])
    write(dialog.description, LOST_LAPTOP)
    ok(dialog)
    qtbot.waitUntil(lambda: dialog.recorded is not None, timeout=10_000)
    assert screen.table.rowCount() == 1
    assert "left to notify A05" in screen.table.item(0, 4).text()
    assert screen.table.item(0, 4).text().startswith("○ 2 d 23 h")
    assert LOST_LAPTOP in screen.detail.text()
    assert shop.services.breaches.list_breaches(shop.director)[0].status is BreachStatus.OPEN


def test_an_overdue_breach_says_so_and_the_step_stops_the_clock(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    record(shop, None, hours_ago=80)
    screen = page(qtbot, shop, workers)
    assert screen.table.item(0, 4).text() == "✖ Overdue by 0 d 8 h 0 min"
    screen.table.selectRow(0)
    assert screen.step_button.text() == "A05 notified…"
    click(qtbot, screen.step_button)
    dialog = screen.dialog
    assert isinstance(dialog, StepDialog)
    type_into(qtbot, dialog.reference, "12/CV-AK")
    ok(dialog)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert screen.table.item(0, 4).text() == "✔ A05 notified late"
    assert screen.step_button.text() == "Customers notified…"
    assert "12/CV-AK" in screen.detail.text()


def test_director_saves_the_notice_to_a05_as_pdf(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    record(shop, None)
    screen = page(qtbot, shop, workers)
    screen.table.selectRow(0)
    target = tmp_path / "notice"
    screen.ask_save_path = lambda _suggested: str(target)
    screen.paper_lang.setCurrentIndex(1)  # English
    click(qtbot, screen.pdf_button)
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=20_000)
    assert screen.message.text() == "✔ Saved: notice.pdf"
    assert "of a personal data breach" in pdf_text(tmp_path / "notice.pdf")


@pytest.mark.parametrize("role", ["director", "sales", "care"])
def test_only_the_director_has_the_breaches_tab(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences, role: str
) -> None:
    window = MainWindow(shop.services, getattr(shop, role), workers, preferences)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert ("Breaches" in tabs) is (role == "director")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_register_in_vietnamese_and_english(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    language: Callable[[str], CatalogTranslator],
    lang: str,
) -> None:
    language(lang)
    anh = add(shop)
    closed = record(shop, (anh.id,), hours_ago=200)
    svc, now = shop.services.breaches, shop.services.vault.now()
    svc.mark_authority_notified(
        shop.director, closed.id, closed.found_at + timedelta(hours=30), "Công văn 12/CV-AK"
    )
    svc.mark_customers_notified(shop.director, closed.id, now - timedelta(days=5))
    svc.close_breach(shop.director, closed.id, "Đã thay máy, đã gửi thư cho khách")
    record(shop, None, hours_ago=80)
    record(shop, (anh.id,), hours_ago=3)
    screen = page(qtbot, shop, workers)
    screen.table.selectRow(2)
    click(qtbot, screen.new_button)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    if os.environ.get("SHOPPRIVACY_SCREENSHOTS"):  # pictures for a person to look at
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert screen.grab().save(str(SHOTS / f"register-{lang}.png"))
        assert dialog.grab().save(str(SHOTS / f"new-breach-{lang}.png"))
    dialog.reject()
    overdue = screen.table.item(1, 4).text()
    assert overdue.startswith("✖ Quá hạn" if lang == "vi" else "✖ Overdue")
