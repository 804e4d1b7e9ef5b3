"""Changing one's own password; forced after a reset or for a new account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import Message
from shopprivacy.security.passwords import check_password
from shopprivacy.services import Services
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, NewPasswordFields, paragraph, password_edit, widen
from shopprivacy.ui.workers import Workers


class ChangePasswordDialog(QDialog):
    """Calls ``StaffService.change_own_password``. When ``forced``, cancelling signs out."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        workers: Workers,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.workers = workers
        self.setWindowTitle(self.tr("Change my password"))
        self.current = password_edit()
        self.current.setObjectName("current_password")
        self.passwords = NewPasswordFields(self._policy, self)
        self.message = MessageLabel()
        self.message.setObjectName("password_message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Sign out") if forced else self.tr("Cancel")
        )

        layout = QVBoxLayout(self)
        # Grow when inline messages appear instead of squeezing them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        if forced:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Your password was set by the director. Choose your own password "
                        "before you continue; only you should know it."
                    )
                )
            )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Current password:"), self.current)
        self.passwords.add_to(form)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        widen(self.current, 40)

    def _policy(self, password: str) -> list[Message]:
        # The person's own name and phone are checked by the service when saving.
        return check_password(password, username=self.actor.username)

    def submit(self) -> None:
        if self.passwords.mismatch():
            self.message.show_error(self.passwords.mismatch_text())
            return
        old, new = self.current.text(), self.passwords.value()
        self.ok_button.setEnabled(False)
        self.workers.run(
            lambda: self.services.staff.change_own_password(self.actor, old, new),
            self._done,
            self._failed,
        )

    def _done(self, _result: object) -> None:
        self.ok_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message.show_error(error_text(error))
