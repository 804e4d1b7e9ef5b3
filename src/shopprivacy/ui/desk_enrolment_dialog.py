"""A new desk joins the shop's database with the one-time code the director made on an enrolled
PC, plus the person's own login name and password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.services.auth import AuthService, SignedIn
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, ok_cancel_buttons, paragraph, password_edit, widen
from shopprivacy.ui.workers import Workers


class DeskEnrolmentDialog(QDialog):
    """Calls ``AuthService.enrol_desk`` and emits ``enrolled`` with the signed-in result."""

    enrolled = Signal(object)

    def __init__(
        self, auth: AuthService, workers: Workers, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.auth = auth
        self.workers = workers
        self.setWindowTitle(self.tr("New desk"))
        self.username = QLineEdit(username)
        self.username.setObjectName("desk_username")
        self.password = password_edit()
        self.password.setObjectName("desk_password")
        self.code = QLineEdit()
        self.code.setObjectName("desk_code")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        self.message = MessageLabel()
        self.message.setObjectName("desk_message")
        self.buttons = ok_cancel_buttons(self.tr("Add this desk"), self.tr("Cancel"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Login name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Code from the director:"), self.code)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(
            paragraph(
                self.tr(
                    "This PC cannot open the shop's data yet. On a PC that already can, the "
                    'director opens Settings and chooses "Add another desk…" to get a code. '
                    "Type it here with your own login name and password. The code works once."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        widen(self.code, 30)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        username, password, code = (
            self.username.text().strip(),
            self.password.text(),
            self.code.text(),
        )
        if not username or not password or not code.strip():
            self.message.show_error(
                self.tr("Enter your login name, your password and the code from the director.")
            )
            return
        self.ok_button.setEnabled(False)
        self.message.show_info(self.tr("Checking the code…"))
        auth = self.auth
        self.workers.run(
            lambda: auth.enrol_desk(username, password, code), self._done, self._failed
        )

    def _done(self, result: SignedIn) -> None:
        self.password.clear()
        self.code.clear()
        self.message.clear_message()
        self.accept()
        self.enrolled.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.password.clear()
        self.message.show_error(error_text(error))
        self.password.setFocus()
