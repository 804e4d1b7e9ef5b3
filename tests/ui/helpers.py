"""Typing and clicking like a person would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.shell import Shell


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text by typing. Vietnamese letters arrive the way Unikey or the OS
    input method delivers them: as an input-method commit (QTest can only type ASCII)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a wide check box's centre can be empty space)."""
    qtbot.mouseClick(
        box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2, box.height() // 2)
    )


def sign_in(qtbot: QtBot, login: LoginWindow, username: str, password: str) -> None:
    type_into(qtbot, login.username, username)
    type_into(qtbot, login.password, password)
    click(qtbot, login.sign_in_button)


def sign_in_to_main(qtbot: QtBot, shell: Shell, username: str, password: str) -> MainWindow:
    login = shell.window
    assert isinstance(login, LoginWindow)
    sign_in(qtbot, login, username, password)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10_000)
    assert isinstance(shell.window, MainWindow)
    return shell.window
