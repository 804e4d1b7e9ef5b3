"""Window titles read "ShopPrivacy — …": the app's name once, first, never also appended by the
window system; and Qt's own buttons and file dialog speak Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from shopprivacy.app import build_app
from shopprivacy.domain.staff import Role
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.shell import Shell
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop

APP = "ShopPrivacy"


def named_once_first(title: str) -> bool:
    return title.startswith(f"{APP} — ") and title.count(APP) == 1


@pytest.fixture
def shells(qapp: QApplication) -> Iterator[list[Shell]]:
    built: list[Shell] = []
    yield built
    for shell in built:
        if shell.window is not None:
            shell.window.hide()
            shell.window.deleteLater()
        if shell.translator is not None:
            qapp.removeTranslator(shell.translator)
        shell.db.dispose()
        shell.setParent(None)


def test_the_first_window_names_the_app_once(shells: list[Shell], shop: Shop) -> None:
    # --lang is remembered on this PC: keep the default (Vietnamese) for the tests that follow
    app, shell = build_app(["shopprivacy", "--db", str(shop.path), "--lang", "vi"])
    shells.append(shell)
    assert shell.window is not None and named_once_first(shell.window.windowTitle())
    # A display name makes X11 and Windows append " — ShopPrivacy" to every title.
    assert app.applicationDisplayName() != APP


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.SALES, Role.CARE])
def test_each_role_s_main_window_names_the_app_once(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    preferences: Preferences,
    vietnamese: object,
    role: Role,
) -> None:
    window = MainWindow(shop.services, shop.actor(role), workers, preferences)
    qtbot.addWidget(window)
    assert named_once_first(window.windowTitle())


def test_qt_s_own_buttons_and_file_dialog_are_in_vietnamese(
    qtbot: QtBot, vietnamese: object
) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Tên tệp:" in labels and "File &name:" not in labels
