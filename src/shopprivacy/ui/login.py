"""The sign-in screen, with the way in for a forgotten password or a new PC."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.errors import AuditLogBroken, DeviceNotEnrolled
from shopprivacy.services.auth import AuthService, SignedIn
from shopprivacy.ui.desk_enrolment_dialog import DeskEnrolmentDialog
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.recovery_dialog import RecoveryDialog
from shopprivacy.ui.widgets import MessageLabel, heading, paragraph, password_edit, widen
from shopprivacy.ui.workers import Workers


class LoginWindow(QWidget):
    """Emits ``signed_in`` with the unlocked vault; the password is derived off the GUI thread."""

    signed_in = Signal(object)

    def __init__(
        self,
        auth: AuthService,
        workers: Workers,
        username: str = "",
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.auth = auth
        self.workers = workers
        self.recovery: RecoveryDialog | None = None
        self.new_desk: DeskEnrolmentDialog | None = None
        self.setWindowTitle(self.tr("ShopPrivacy — sign in"))

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = password_edit()
        self.password.setObjectName("password")
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.setDefault(True)
        self.message = MessageLabel()
        self.message.setObjectName("login_message")
        # Shown only when sign-in found the audit log tampered with: the director may carry on,
        # writing what was found into the log (other roles are refused by the service anyway).
        self.record_break_button = QPushButton(
            self.tr("I am the director: write this into the audit log and sign in")
        )
        self.record_break_button.setObjectName("record_break")
        self.record_break_button.setVisible(False)
        self.record_break_button.clicked.connect(self.sign_in_over_break)
        self.notice = paragraph(notice)
        self.notice.setVisible(bool(notice))
        self.recover_link = QPushButton(
            self.tr("Forgot your password, or a new PC? Use the recovery code")
        )
        self.recover_link.setObjectName("recover_link")
        self.recover_link.setFlat(True)
        self.recover_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recover_link.setStyleSheet("text-decoration: underline; text-align: left;")
        self.new_desk_link = QPushButton(
            QCoreApplication.translate(
                "DeskEnrolmentDialog", "This is a new desk: enter the code from the director"
            )
        )
        self.new_desk_link.setObjectName("new_desk_link")
        self.new_desk_link.setFlat(True)
        self.new_desk_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.new_desk_link.setStyleSheet("text-decoration: underline; text-align: left;")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Login name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)

        layout = QVBoxLayout(self)
        # Grow when inline messages appear instead of squeezing them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(heading(self.tr("Sign in")))
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.record_break_button)
        layout.addWidget(self.sign_in_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        layout.addWidget(self.new_desk_link)
        layout.addWidget(self.recover_link)

        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.sign_in_button)
        self.setTabOrder(self.sign_in_button, self.new_desk_link)
        self.setTabOrder(self.new_desk_link, self.recover_link)
        self.sign_in_button.clicked.connect(lambda: self.sign_in())
        self.password.returnPressed.connect(lambda: self.sign_in())
        self.username.returnPressed.connect(self.password.setFocus)
        self.recover_link.clicked.connect(self.open_recovery)
        self.new_desk_link.clicked.connect(self.open_new_desk)
        (self.password if username else self.username).setFocus()
        widen(self.username, 40)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        (self.password if self.username.text() else self.username).setFocus()

    def sign_in(self, accept_audit_break: bool = False) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.show_error(self.tr("Enter your login name and password."))
            return
        self._set_busy(True)
        self.record_break_button.setVisible(False)
        self.message.show_info(self.tr("Signing in…"))
        self.workers.run(
            lambda: self.auth.sign_in(username, password, accept_audit_break=accept_audit_break),
            self._signed_in,
            self._failed,
        )

    def sign_in_over_break(self) -> None:
        self.sign_in(accept_audit_break=True)

    def _signed_in(self, result: SignedIn) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.clear_message()
        self.signed_in.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.show_error(error_text(error))
        if isinstance(error, AuditLogBroken):
            # The password is kept for the director's "carry on" click, and only for that.
            self.record_break_button.setVisible(True)
            return
        self.password.clear()
        if isinstance(error, DeviceNotEnrolled):
            # The usual way in for one more desk; the recovery code stays for emergencies.
            self.new_desk_link.setFocus()
        else:
            self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.username,
            self.password,
            self.sign_in_button,
            self.new_desk_link,
            self.recover_link,
        ):
            widget.setEnabled(not busy)

    def open_recovery(self) -> None:
        self.recovery = RecoveryDialog(self.auth, self.workers, self.username.text(), self)
        self.recovery.recovered.connect(self.signed_in)
        self.recovery.open()

    def open_new_desk(self) -> None:
        self.new_desk = DeskEnrolmentDialog(self.auth, self.workers, self.username.text(), self)
        self.new_desk.enrolled.connect(self.signed_in)
        self.new_desk.open()
