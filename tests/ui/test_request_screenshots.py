"""Screenshots of customer care's request screen in each state, in Vietnamese on a 1366×768
laptop's window, for a person to look at (not an automatic check).

Opt in:  SHOPPRIVACY_SCREENSHOTS=1 xvfb-run -a -s "-screen 0 1366x768x24" \
         env QT_QPA_PLATFORM=xcb uv run pytest tests/ui/test_request_screenshots.py
PNG files go to $SHOPPRIVACY_SHOTS or /tmp/request_shots, never into the repository.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.requests import RequestType
from shopprivacy.domain.staff import Actor
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.helpers import click, type_into
from tests.ui.request_journey import (
    LAN,
    MINH,
    desk_customer,
    fill,
    find_with_enter,
    log_request,
    open_dialog,
)
from tests.ui.test_request_journeys import check_identity

pytestmark = pytest.mark.skipif(
    not os.environ.get("SHOPPRIVACY_SCREENSHOTS"), reason="screenshots are opt-in"
)
WIDTH, HEIGHT = 1366, 700  # a 768-pixel screen less the taskbar and the title bar


def shots_dir() -> Path:
    folder = Path(os.environ.get("SHOPPRIVACY_SHOTS", "/tmp/request_shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(qtbot: QtBot, widget: QWidget, name: str) -> None:
    widget.show()
    qtbot.wait(80)
    if isinstance(widget, MainWindow):  # a message never pushes it under the taskbar
        assert widget.height() == HEIGHT, name
    assert widget.grab().save(str(shots_dir() / f"{name}.png"))


def window_for(
    qtbot: QtBot, shop: Shop, actor: Actor, workers: Workers, preferences: Preferences
) -> tuple[MainWindow, CareHome]:
    """The role's real window; care's home is the queue, the director's a tab."""
    window = MainWindow(shop.services, actor, workers, preferences)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    page = window.requests or window.home
    assert isinstance(page, CareHome)
    window.tabs.setCurrentWidget(page)
    return window, page


def test_request_screen_in_each_state(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    preferences: Preferences,
    vietnamese: object,
) -> None:
    desk_customer(qtbot, shop, workers, LAN)
    desk_customer(qtbot, shop, workers, MINH)
    window, page = window_for(qtbot, shop, shop.care, workers, preferences)
    panel = page.panel
    save(qtbot, window, "01-empty-queue")

    dialog = open_dialog(qtbot, page)
    find_with_enter(qtbot, dialog, LAN)
    fill(dialog, RequestType.DELETION, "Chị Lan muốn xóa toàn bộ dữ liệu")
    save(qtbot, dialog, "02-new-request-dialog")
    dialog.reject()

    deletion = log_request(qtbot, page, LAN, RequestType.DELETION, "Chi Lan muon xoa du lieu")
    access = log_request(qtbot, page, MINH, RequestType.ACCESS, "Anh Minh muon xem du lieu")
    page.select_request(deletion)
    save(qtbot, window, "03-new-deletion")
    check_identity(qtbot, panel)
    save(qtbot, window, "04-identity-checked")
    click(qtbot, panel.buttons["start"])
    save(qtbot, window, "05-in-progress")
    type_into(qtbot, panel.wait_reason, "chờ khách gửi bản sao CCCD")
    click(qtbot, panel.buttons["wait"])
    save(qtbot, window, "06-waiting-on-customer")
    now = shop.services.vault.now()
    shop.services.vault.clock = lambda: now + timedelta(days=2, hours=3)
    click(qtbot, panel.buttons["resume"])
    save(qtbot, window, "07-resumed-due-moved")

    dup = open_dialog(qtbot, page)
    find_with_enter(qtbot, dup, LAN)
    fill(dup, RequestType.DELETION, "lan nua")
    click(qtbot, dup.log_button)
    assert dup.duplicate_box is not None
    save(qtbot, dup.duplicate_box, "08-duplicate-question")
    dup.duplicate_box.reject()
    dup.reject()

    click(qtbot, panel.buttons["submit"])
    save(qtbot, window, "09-waiting-for-director")
    page.select_request(access)
    save(qtbot, window, "10-other-request-nothing-carried-over")

    director, dpage = window_for(qtbot, shop, shop.director, workers, preferences)
    dpage.select_request(deletion)
    save(qtbot, director, "11-director-sees-recorded-check")
    click(qtbot, dpage.panel.buttons["approve"])
    save(qtbot, director, "12-approved")
    click(qtbot, dpage.panel.buttons["complete"])
    assert dpage.panel.confirm_box is not None
    save(qtbot, dpage.panel.confirm_box, "13-erasure-confirmation")
    assert dpage.panel.confirm_yes is not None
    click(qtbot, dpage.panel.confirm_yes)
    save(qtbot, director, "14-done-after-erasure")
    dpage.show_closed.setChecked(True)
    dpage.select_request(access)
    type_into(qtbot, dpage.panel.reason, "Không xác minh được danh tính")
    click(qtbot, dpage.panel.buttons["refuse"])
    save(qtbot, director, "15-refused")
    assert director.settings is not None
    director.tabs.setCurrentWidget(director.settings_tab)
    director.settings_tab.ensureWidgetVisible(director.settings.deadlines)  # type: ignore[attr-defined]
    save(qtbot, director, "16-settings-deadline-table")
