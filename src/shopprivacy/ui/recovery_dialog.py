"""Recovery with the printed code: a forgotten director password or a new PC."""

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

from shopprivacy.i18n.markers import Message
from shopprivacy.security.passwords import check_password
from shopprivacy.services.auth import AuthService, SignedIn
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, NewPasswordFields, paragraph, widen
from shopprivacy.ui.workers import Workers


class RecoveryDialog(QDialog):
    """Calls ``AuthService.recover``: enrolls this PC and sets the director's new password."""

    recovered = Signal(object)

    def __init__(
        self, auth: AuthService, workers: Workers, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.auth = auth
        self.workers = workers
        self.setWindowTitle(self.tr("Recovery code"))
        self.code = QLineEdit()
        self.code.setObjectName("recovery_code")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.director = QLineEdit(username)
        self.director.setObjectName("director_username")
        self.passwords = NewPasswordFields(self._policy, self)
        self.director.textChanged.connect(lambda _t: self.passwords.set_check(self._policy))
        self.message = MessageLabel()
        self.message.setObjectName("recovery_message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Recover"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("Director's login name:"), self.director)
        layout = QVBoxLayout(self)
        # Grow when inline messages appear instead of squeezing them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Type the recovery code from the sheet printed when the shop was set up. "
                    "It lets the director choose a new password and lets this PC open the "
                    "shop's database."
                )
            )
        )
        self.passwords.add_to(form)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        widen(self.code, 45)

    def _policy(self, password: str) -> list[Message]:
        # Name, phone and birth date are sealed until the vault opens; the service checks them.
        return check_password(password, username=self.director.text().strip() or "-")

    def submit(self) -> None:
        if self.passwords.mismatch():
            self.message.show_error(self.passwords.mismatch_text())
            return
        code, username, password = (
            self.code.text(),
            self.director.text().strip(),
            self.passwords.value(),
        )
        self.ok_button.setEnabled(False)
        self.message.show_ok(self.tr("Checking the recovery code…"))
        self.workers.run(
            lambda: self.auth.recover(code, username, password), self._done, self._failed
        )

    def _done(self, result: SignedIn) -> None:
        self.ok_button.setEnabled(True)
        self.message.clear_message()
        self.accept()
        self.recovered.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message.show_error(error_text(error))
