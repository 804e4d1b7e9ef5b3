"""Building the sales desk over a test shop, and waiting for what it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.staff import Actor
from shopprivacy.ui.desk.home import DEBOUNCE_MS, DeskHome
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.helpers import type_into


def open_desk(qtbot: QtBot, shop: Shop, workers: Workers, actor: Actor | None = None) -> DeskHome:
    home = DeskHome(shop.services, actor or shop.sales, workers=workers)
    qtbot.addWidget(home)
    home.resize(1000, 600)
    home.show()
    qtbot.waitExposed(home)
    home.activateWindow()  # shortcuts (Ctrl+F, Ctrl+N) need the active window
    qtbot.waitUntil(home.search.hasFocus)
    return home


def search(qtbot: QtBot, home: DeskHome, text: str) -> list[str]:
    """Type into the box like a person, wait for the debounced search, return the names."""
    type_into(qtbot, home.search, text)
    qtbot.waitUntil(lambda: not home.timer.isActive(), timeout=DEBOUNCE_MS * 20)
    return names(home)


def names(home: DeskHome) -> list[str]:
    model = home.model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def top_dialog(cls: type) -> QWidget:
    """The visible top-level (or child) dialog of ``cls`` opened last."""
    found = [w for w in QApplication.allWidgets() if isinstance(w, cls) and w.isVisible()]
    assert found, f"no visible {cls.__name__}"
    return found[-1]
