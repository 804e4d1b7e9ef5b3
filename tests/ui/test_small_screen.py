"""Small shops often run a 1366×768 laptop: under its taskbar and title bar about 700 pixels are
left, and no screen may make the window taller than that (long pages scroll instead)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from shopprivacy.domain.staff import Role
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop

ROOM_ON_A_768_SCREEN = 700


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.SALES, Role.CARE])
def test_every_role_s_window_fits_a_small_laptop_screen(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    preferences: Preferences,
    vietnamese: object,
    role: Role,
) -> None:
    window = MainWindow(shop.services, shop.actor(role), workers, preferences)
    qtbot.addWidget(window)
    window.show()
    assert window.minimumSizeHint().height() < ROOM_ON_A_768_SCREEN
