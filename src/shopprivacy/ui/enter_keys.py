"""Enter in a dialog: a search box searches, a field moves nothing, and only the save button (or
Ctrl+Enter) saves.

Qt's dialogs press their default button on Enter wherever the cursor is, so Enter typed to run a
search used to log an empty request at once. Here the dialog swallows a plain Enter that reached
it from a field (a focused button still presses itself, as the person chose it) and Ctrl+Enter
saves from anywhere, a text area included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SaveOnlyFromButton(QObject):
    """Install on ``dialog``; ``save`` is what its save button does."""

    def __init__(self, dialog: QDialog, save: Callable[[], object]) -> None:
        super().__init__(dialog)
        self.save = save
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), dialog)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(save)
        self.dialog = dialog
        dialog.installEventFilter(self)

    def no_default_buttons(self) -> None:
        """No button is pressed by an Enter typed elsewhere (Qt makes the first OK the default
        when the dialog shows, so this runs again then)."""
        for button in self.dialog.findChildren(QPushButton):
            button.setDefault(False)
            button.setAutoDefault(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Show:
            self.no_default_buttons()
        if (
            watched is self.dialog
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            focus = self.dialog.focusWidget()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            elif isinstance(focus, QPushButton) and focus.isEnabled():
                focus.click()  # Enter on a button the person moved to presses that button
            return True  # a plain Enter from a field does nothing here
        return False
