"""The Qt pieces a report needs: a GUI application object (fonts and painting need one) and the
bundled Be Vietnam Pro font, registered once.

The command line makes PDFs on machines without a display, so when no application exists yet we
create one on Qt's offscreen platform. The GUI has its own QApplication and this only adds fonts.
"""

from __future__ import annotations

import ctypes
import platform
import sys
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from shopprivacy.i18n.resources import resources_dir

FONT_FAMILY = "Be Vietnam Pro"
FONT_FILES = (
    "BeVietnamPro-Regular.ttf",
    "BeVietnamPro-Bold.ttf",
    "BeVietnamPro-Italic.ttf",
    "BeVietnamPro-BoldItalic.ttf",
)
# Codes and hashes want fixed-width letters; the first family installed wins, and the shop font
# is the last resort (still readable, only not aligned).
MONO_FAMILIES = ("DejaVu Sans Mono", "Consolas", "Menlo", "Liberation Mono", "Courier New")

_lock = threading.Lock()
_fonts_registered = False
_app: QGuiApplication | None = None  # kept alive for the process when we made it
_none_guarded = False


class ReportRuntimeError(RuntimeError):
    """Qt cannot make reports in this process (e.g. a non-GUI application object exists)."""


def keep_none_alive() -> None:
    """PySide6 6.12 on CPython 3.11 drops one reference to None on every call of a method that
    returns nothing (measured: QTextBlockFormat.setTopMargin, QFont.setBold,
    QObject.setObjectName, ...). None starts with a few thousand references, so one long report
    (tens of thousands of such calls), or a long day of a GUI, ends the process with
    "deallocating None". CPython 3.12 made None immortal; on 3.11 we give it the same protection
    by raising its count far beyond anything a process can drop. Safe to call more than once."""
    global _none_guarded
    if _none_guarded:
        return
    _none_guarded = True
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


keep_none_alive()


def ensure_gui_application() -> QGuiApplication:
    """Return the running QGuiApplication, creating an offscreen one if there is none, and make
    sure the report fonts are registered. Create it from the main thread; afterwards reports may
    be rendered from any thread."""
    global _app
    app = QCoreApplication.instance()
    if app is None:
        _app = QGuiApplication(["shopprivacy", "-platform", "offscreen"])
        app = _app
    if not isinstance(app, QGuiApplication):
        raise ReportRuntimeError("reports need a QGuiApplication, found a QCoreApplication")
    register_fonts()
    return app


def register_fonts() -> None:
    global _fonts_registered
    with _lock:
        if _fonts_registered:
            return
        folder = resources_dir() / "fonts"
        for name in FONT_FILES:
            if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
                raise ReportRuntimeError(f"cannot load the report font {name}")
        _fonts_registered = True


def body_font(point_size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def mono_families() -> list[str]:
    installed = set(QFontDatabase.families())
    chosen = [f for f in MONO_FAMILIES if f in installed]
    return [*chosen, FONT_FAMILY]
