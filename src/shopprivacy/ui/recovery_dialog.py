"""Recovery with the printed code: a forgotten director password or a new PC."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.errors import ShopPrivacyError
from shopprivacy.domain.staff import ShopProfile
from shopprivacy.i18n.markers import Message
from shopprivacy.security.passwords import check_password
from shopprivacy.services.auth import AuthService, Recovered
from shopprivacy.services.shop import ShopService
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.recovery_sheet_panel import RecoverySheetPanel, audited
from shopprivacy.ui.widgets import (
    MessageLabel,
    NewPasswordFields,
    ok_cancel_buttons,
    paragraph,
    widen,
)
from shopprivacy.ui.workers import Workers


class RecoveryDialog(QDialog):
    """Calls ``AuthService.recover``: enrolls this PC and sets the director's new password.

    The typed code is spent by then, so the dialog then shows the new one with its sheet to
    print, and emits ``recovered`` only once the director says it is kept."""

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
        self.buttons = ok_cancel_buttons(self.tr("Recover"), self.tr("Cancel"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Recovery code:"), self.code)
        form.addRow(self.tr("Director's login name:"), self.director)
        # First the form; once the code is spent, the new code in its place.
        self.form_part = QWidget()
        form_layout = QVBoxLayout(self.form_part)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(
            paragraph(
                self.tr(
                    "Type the code from the shop's latest recovery sheet. It lets the director "
                    "choose a new password and lets this PC open the shop's database."
                )
            )
        )
        self.passwords.add_to(form)
        form_layout.addLayout(form)

        self.recovered_with: Recovered | None = None
        self.new_code_part = QWidget()
        self.new_code_part.setObjectName("new_recovery_code")
        self.used_warning = paragraph(
            self.tr(
                "The code you typed is used up: the old recovery sheet no longer works. "
                "Here is the new code. Print the new sheet or write the code down, keep it "
                "locked away, and destroy the old sheet."
            )
        )
        self.used_warning.setObjectName("old_sheet_warning")
        bold = self.used_warning.font()
        bold.setBold(True)
        self.used_warning.setFont(bold)
        self.sheet = RecoverySheetPanel()
        self.kept = QCheckBox(self.tr("I have printed or written down the new recovery code"))
        self.kept.setObjectName("new_code_kept")
        new_layout = QVBoxLayout(self.new_code_part)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(self.used_warning)
        new_layout.addWidget(self.sheet)
        new_layout.addWidget(self.kept)
        self.new_code_part.hide()

        layout = QVBoxLayout(self)
        # Grow when inline messages appear instead of squeezing them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.form_part)
        layout.addWidget(self.new_code_part)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.kept.toggled.connect(self.ok_button.setEnabled)
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
        self.message.show_info(self.tr("Checking the recovery code…"))
        auth = self.auth

        def recover() -> tuple[Recovered, ShopProfile]:
            result = auth.recover(code, username, password)
            try:
                profile = ShopService(result.vault).profile()  # heads the new sheet
            except ShopPrivacyError:
                # The code is spent already: the new one must reach the screen regardless.
                profile = ShopProfile(name="")
            return result, profile

        self.workers.run(recover, self._done, self._failed)

    def _ok(self) -> None:
        if self.recovered_with is None:
            self.submit()
        elif self.kept.isChecked():
            self._finish()

    def _done(self, outcome: tuple[Recovered, ShopProfile]) -> None:
        result, profile = outcome
        self.recovered_with = result
        self.message.clear_message()
        self.code.clear()
        self.passwords.clear()
        self.form_part.hide()
        self.sheet.show_code(
            profile,
            result.recovery_code,
            result.actor.username,
            audited(result.vault, result.actor),
        )
        self.new_code_part.show()
        self.ok_button.setText(self.tr("Continue"))
        self.ok_button.setEnabled(self.kept.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.kept.setFocus()

    def _finish(self) -> None:
        result = self.recovered_with
        assert result is not None
        self.sheet.forget()
        self.accept()
        self.recovered.emit(result)

    def reject(self) -> None:
        # Once the code is spent, the only way on is past the new code, as in the wizard.
        if self.recovered_with is None:
            super().reject()
        elif self.kept.isChecked():
            self._finish()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message.show_error(error_text(error))
