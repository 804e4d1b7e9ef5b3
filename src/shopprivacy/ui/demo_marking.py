"""How a demo looks different: DEMO in every window title, and the practice accounts listed on
the sign-in screen so anyone can try each role."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shopprivacy.domain.staff import ROLE_LABELS
from shopprivacy.services.demo import DemoAccount
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.widgets import grow_to_fit

CTX = "DemoMarking"


def demo_title(title: str) -> str:
    return QCoreApplication.translate(CTX, "DEMO – {title}").format(title=title)


def mark_window(window: QWidget, accounts: Sequence[DemoAccount], password: str) -> None:
    """Called each time the shell shows a window (sign-in, main window, after a lock)."""
    if not window.windowTitle().startswith(demo_title("")):
        window.setWindowTitle(demo_title(window.windowTitle()))
    if isinstance(window, LoginWindow) and window.findChild(QLabel, "demo_accounts") is None:
        layout = window.layout()
        if isinstance(layout, QVBoxLayout):
            label = accounts_label(accounts, password)
            layout.insertWidget(1, label)
            label.show()  # Qt would show it only later: size the window with it now
            layout.activate()
            # The window was sized before the box: widen it to the box's natural width (no
            # tall narrow column of wrapped lines), then make it tall enough for the text.
            window.resize(window.size().expandedTo(window.sizeHint()))
            grow_to_fit(label)


def accounts_label(accounts: Sequence[DemoAccount], password: str) -> QLabel:
    lines = [
        QCoreApplication.translate(
            CTX,
            "Practice shop (DEMO): invented customers, deleted when you close the app. "
            "Sign in as one of:",
        )
    ]
    for account in accounts:
        role = QCoreApplication.translate("roles", ROLE_LABELS[account.role])
        lines.append(f"   {account.username}  ({role})")
    lines.append(QCoreApplication.translate(CTX, "Password: {password}").format(password=password))
    label = QLabel("\n".join(lines))
    label.setObjectName("demo_accounts")
    label.setWordWrap(True)
    # A framed box, readable in high contrast: the words carry the meaning, not the colour.
    label.setFrameShape(QLabel.Shape.Box)
    label.setMargin(8)
    return label
