"""Small shared widgets: headings, inline messages and a "new password twice" form part.

Messages never rely on colour alone: each starts with a sign and a word-like symbol.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)

from shopprivacy.i18n.markers import Message
from shopprivacy.ui.errors import tr_message
from shopprivacy.ui.window_fit import FRAME

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def heading(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def grow_to_fit(widget: QWidget) -> None:
    """Make the window tall enough for text that just appeared (never shrinks it).

    A layout's minimum size ignores how wrapped text reflows; the height for the window's
    actual width is what counts."""
    top = widget.window()
    layout = top.layout()
    if not top.isVisible() or layout is None:
        return
    layout.activate()
    height = top.sizeHint().height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(top.width()))
    if top.isMaximized() or top.isFullScreen():
        return
    screen = top.screen() or QGuiApplication.primaryScreen()
    # Never past the bottom of the screen (a 768-pixel laptop): the text wraps, pages scroll.
    height = min(height, screen.availableGeometry().height() - FRAME)
    if height > top.height():
        top.resize(top.width(), height)


class MessageLabel(QLabel):
    """An inline message under a form: an error (✖, red) or a confirmation (✔, green)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText("✖ " + text)
        self.show()
        grow_to_fit(self)

    def show_ok(self, text: str) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText("✔ " + text)
        self.show()
        grow_to_fit(self)

    def show_info(self, text: str) -> None:
        """A plain note: nothing went wrong, and nothing was done either (no ✔)."""
        self.setStyleSheet("")
        self.setText(text)
        self.show()
        grow_to_fit(self)

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def ok_cancel_buttons(ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK and Cancel with our own translated words (Qt's would stay in English)."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    return box


def confirmation(
    parent: QWidget,
    name: str,
    title: str,
    question: str,
    details: str,
    yes: tuple[str, str],
    cancel: str,
) -> tuple[QMessageBox, QPushButton]:
    """A warning that asks before something that cannot be undone, with our own translated
    button words (Qt's standard buttons would stay in English) and Cancel as the default.
    ``yes`` is the confirming button's text and object name. Returns the box, not yet opened,
    and its confirming button."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText(details)
    confirm = box.addButton(yes[0], QMessageBox.ButtonRole.AcceptRole)
    confirm.setObjectName(yes[1])
    no = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box, confirm


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless area that scrolls up and down only: a long page stays usable on
    a small laptop screen instead of pushing the window taller than the screen, and keeps its
    full width (nothing is cut off at the side)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scrollbar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(page.minimumSizeHint().width() + scrollbar)
    return area


def widen(field: QWidget, chars: int) -> None:
    """Room for ``chars`` average characters, measured in the field's own font, so the form
    keeps its proportions at any display scaling (no pixel sizes)."""
    field.setMinimumWidth(field.fontMetrics().averageCharWidth() * chars)


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewPasswordFields(QObject):
    """New password, typed twice, with the policy's reasons shown as the person types.

    The reasons come from ``check`` (the security layer's policy); the service checks again
    when the password is saved, so this is guidance, not the gate. ``add_to`` puts the rows
    into the dialog's own form, so the fields line up with the others.
    """

    changed = Signal(object)

    def __init__(
        self, check: Callable[[str], list[Message]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.password = password_edit()
        self.repeat = password_edit()
        self.password.setObjectName("new_password")
        self.repeat.setObjectName("repeat_password")
        self.hints = QLabel()
        self.hints.setObjectName("password_hints")
        # One short reason per line; unwrapped so the dialog can measure its height.
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.hints.setStyleSheet(ERROR_STYLE)
        self.hints.hide()
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("Type it again:"), self.repeat)
        form.addRow(self.hints)

    def set_check(self, check: Callable[[str], list[Message]]) -> None:
        self._check = check
        self._update()

    def value(self) -> str:
        return self.password.text()

    def mismatch(self) -> bool:
        return self.password.text() != self.repeat.text()

    def mismatch_text(self) -> str:
        return self.tr("The two passwords are not the same.")

    def reasons(self) -> list[str]:
        """What is wrong with the typed password now (empty when acceptable)."""
        text = self.password.text()
        if not text:
            return []
        found = [tr_message(m) for m in self._check(text)]
        if self.repeat.text() and self.mismatch():
            found.append(self.mismatch_text())
        return found

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()

    def _update(self) -> None:
        found = self.reasons()
        self.hints.setText("\n".join("✖ " + r for r in found))
        self.hints.setVisible(bool(found))
        grow_to_fit(self.hints)
        self.changed.emit(found)
