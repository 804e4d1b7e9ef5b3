"""The Qt pieces a report needs: a GUI application object (fonts and painting need one) and the
bundled Be Vietnam Pro font, registered once.

The command line makes PDFs on machines without a display, so when no application exists yet we
create one on Qt's offscreen platform. The GUI has its own QApplication and this only adds fonts.
"""

from __future__ import annotations

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


class ReportRuntimeError(RuntimeError):
    """Qt cannot make reports in this process (e.g. a non-GUI application object exists)."""


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
