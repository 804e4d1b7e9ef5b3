"""Windows that fit the screen they open on (a 1366×768 laptop included) and open again where
they were left on this PC.

Only size and position are kept (Preferences, per PC user): nothing about the shop or its
customers."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from shopprivacy.ui.preferences import Preferences

# The window's frame and title bar: the window system draws them outside the size we set.
FRAME = 40


def room(widget: QWidget) -> QRect:
    """The screen area a window may use: the screen minus the taskbar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made smaller where the screen is smaller."""
    space = room(widget)
    return QSize(min(wanted.width(), space.width()), min(wanted.height(), space.height() - FRAME))


def place(window: QWidget, preferences: Preferences | None, name: str, wanted: QSize) -> None:
    """Open ``window`` where it was last left, else at ``wanted`` (fitted to the screen)."""
    saved = preferences.window_geometry(name) if preferences is not None else None
    if saved is not None and window.restoreGeometry(saved):
        if not window.isMaximized():
            window.resize(fitted(window, window.size()))  # the screen may be smaller now
        return
    window.resize(fitted(window, wanted))


def remember(window: QWidget, preferences: Preferences | None, name: str) -> None:
    if preferences is not None:
        preferences.set_window_geometry(name, window.saveGeometry())
