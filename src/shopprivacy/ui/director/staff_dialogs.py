"""Dialogs of the staff screen: add an account, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.staff import ROLE_LABELS, Actor, NewStaff, Role, StaffInfo
from shopprivacy.i18n.markers import Message
from shopprivacy.security.passwords import check_password
from shopprivacy.services import Services
from shopprivacy.ui.director.staff_undertaking import UndertakingFields
from shopprivacy.ui.errors import error_field, error_text
from shopprivacy.ui.widgets import (
    MessageLabel,
    NewPasswordFields,
    ok_cancel_buttons,
    paragraph,
    widen,
)
from shopprivacy.ui.workers import Workers


class AddStaffDialog(QDialog):
    """Calls ``StaffService.add_staff``; the person picks their own password at first sign-in."""

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.added: StaffInfo | None = None
        self.setWindowTitle(self.tr("Add a staff account"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in (Role.SALES, Role.CARE, Role.DIRECTOR):
            self.role.addItem(QCoreApplication.translate("roles", ROLE_LABELS[role]), role)
        self.passwords = NewPasswordFields(self._policy, self)
        for edit in (self.username, self.full_name, self.phone):
            edit.textChanged.connect(lambda _t: self.passwords.set_check(self._policy))
        self.message = MessageLabel()
        self.message.setObjectName("add_staff_message")
        self.buttons = ok_cancel_buttons(self.tr("Add"), self.tr("Cancel"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Login name:"), self.username)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(
            paragraph(self.tr("A first password; the person must change it at first sign-in."))
        )
        self.passwords.add_to(form)
        self.undertaking = UndertakingFields(self, optional=True)
        self.undertaking.add_to(form)
        layout = QVBoxLayout(self)
        # Grow when inline messages appear instead of squeezing them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        widen(self.username, 40)

    def _policy(self, password: str) -> list[Message]:
        return check_password(
            password,
            username=self.username.text().strip() or "-",
            full_name=self.full_name.text(),
            phone=self.phone.text(),
        )

    def new_staff(self) -> NewStaff:
        return NewStaff(
            username=self.username.text().strip(),
            role=Role(self.role.currentData()),
            full_name=self.full_name.text().strip(),
            phone=self.phone.text().strip() or None,
            undertaking=self.undertaking.value(),
        )

    def submit(self) -> None:
        if self.passwords.mismatch():
            self.message.show_error(self.passwords.mismatch_text())
            return
        try:
            new = self.new_staff()  # an unreadable date signed is said here
        except ValidationError as exc:
            self._failed(exc)
            return
        password = self.passwords.value()
        self.buttons.setEnabled(False)
        self.workers.run(
            lambda: self.services.staff.add_staff(self.actor, new, password),
            self._done,
            self._failed,
        )

    def _done(self, info: StaffInfo) -> None:
        self.buttons.setEnabled(True)
        self.added = info
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(error_text(error))
        focus = {
            "username": self.username,
            "full_name": self.full_name,
            "undertaking_version": self.undertaking.version,
            "undertaking_signed_on": self.undertaking.signed_on,
        }.get(error_field(error) or "", self.passwords.password)
        focus.setFocus()


class ResetPasswordDialog(QDialog):
    """Calls ``StaffService.reset_password``: a temporary password, changed at next sign-in."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        workers: Workers,
        target: StaffInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers, self.target = services, actor, workers, target
        self.setWindowTitle(self.tr("Reset password"))
        self.passwords = NewPasswordFields(self._policy, self)
        self.message = MessageLabel()
        self.message.setObjectName("reset_message")
        self.buttons = ok_cancel_buttons(self.tr("Reset password"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        # Grow when inline messages appear instead of squeezing them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A temporary password for {username}. They must choose their own at the "
                    "next sign-in. This also unlocks the account."
                ).format(username=target.username)
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.passwords.add_to(form)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        widen(self.passwords.password, 40)

    def _policy(self, password: str) -> list[Message]:
        return check_password(
            password,
            username=self.target.username,
            full_name=self.target.full_name,
            phone=self.target.phone,
        )

    def submit(self) -> None:
        if self.passwords.mismatch():
            self.message.show_error(self.passwords.mismatch_text())
            return
        password = self.passwords.value()
        self.buttons.setEnabled(False)
        self.workers.run(
            lambda: self.services.staff.reset_password(self.actor, self.target.id, password),
            self._done,
            self._failed,
        )

    def _done(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.show_error(error_text(error))
