"""The last line of defence: an uncaught exception becomes a plain message, not a stack trace.

Nothing is written to disk. Standard error gets the exception's type and the code locations
only, never its message or variables, which could hold a customer's data.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from shopprivacy.ui.errors import error_text

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def code_locations(tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    return " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames))


def show_plainly(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    print(f"shopprivacy: unexpected {exc_type.__name__} at {code_locations(tb)}", file=sys.stderr)
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("crash", "Error"), error_text(exc)
    )
    box.setObjectName("crash_box")
    box.exec()


def install_excepthook(hook: Hook = show_plainly) -> Hook:
    """Install ``hook``; returns the previous one (tests put it back)."""
    previous = sys.excepthook
    sys.excepthook = hook
    return previous
