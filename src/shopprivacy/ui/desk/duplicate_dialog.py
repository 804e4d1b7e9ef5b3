"""The phone or email typed belongs to a customer already on file: open that one instead?"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget


class DuplicateDialog(QMessageBox):
    """``open_existing`` carries the existing customer's id when the user chooses to open it;
    Cancel goes back to the form with everything typed still there."""

    open_existing = Signal(int)

    def __init__(self, is_phone: bool, existing_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_dialog")
        self.existing_id = existing_id
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Already a customer"))
        self.setText(
            self.tr("This phone belongs to an existing customer (no. {id}).")
            if is_phone
            else self.tr("This email belongs to an existing customer (no. {id}).")
        )
        self.setText(self.text().format(id=existing_id))
        self.setInformativeText(
            self.tr(
                "Open the existing customer to add to their record, or go back and check "
                "what you typed."
            )
        )
        self.open_button = self.addButton(
            self.tr("Open the existing customer"), QMessageBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("open_existing")
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.open_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.open_button:
            self.open_existing.emit(self.existing_id)
