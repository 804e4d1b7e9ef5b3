"""The director's "Add another desk…": a one-time code that lets one more PC open the shop's
database, shown large with its expiry, so the recovery sheet stays in the drawer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.staff import Actor
from shopprivacy.reports.text import format_datetime
from shopprivacy.services import Services
from shopprivacy.services.desk_enrolment import EnrolmentCode
from shopprivacy.ui.director.access_review_model import screen_language
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, paragraph
from shopprivacy.ui.workers import Workers


class DeskCodeDialog(QDialog):
    """The code, once, in large type; forgets it when it closes."""

    def __init__(self, issued: EnrolmentCode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add another desk"))
        self.code = QLabel(issued.code)
        self.code.setObjectName("desk_code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 2.2)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expiry = paragraph(
            self.tr("Valid once, until {time}.").format(
                time=format_datetime(issued.expires_at, screen_language())
            )
        )
        self.expiry.setObjectName("desk_code_expiry")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        done = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(self.tr("Done"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(
            paragraph(
                self.tr(
                    'On the new PC, open ShopPrivacy, choose "This is a new desk" and type '
                    "this code with your own login name and password (any staff member can do "
                    "it). The code works for one PC only. It lets that PC open the shop's data "
                    "but is no password: each person still signs in with their own."
                )
            )
        )
        layout.addWidget(self.code)
        layout.addWidget(self.expiry)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Do not write it on the recovery sheet. If it is not used in time, or you "
                    "make a new one, this code stops working."
                )
            )
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.finished.connect(lambda _r: self.code.clear())


class DeskEnrolmentBox(QGroupBox):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        workers: Workers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.setTitle(self.tr("Other desks"))
        self.dialog: DeskCodeDialog | None = None
        self.add_button = QPushButton(self.tr("Add another desk…"))
        self.add_button.setObjectName("add_desk")
        self.message = MessageLabel()
        self.message.setObjectName("add_desk_message")
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "To use the shop's database on one more PC, make a one-time desk code here "
                    "and type it on that PC. The recovery sheet is not needed and stays valid."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self.issue)

    def issue(self) -> None:
        self.add_button.setEnabled(False)
        self.message.show_info(self.tr("Making the desk code…"))
        services, actor = self.services, self.actor
        self.workers.run(
            lambda: services.desk_enrolment.issue_enrolment_code(actor), self._made, self._failed
        )

    def _made(self, issued: EnrolmentCode) -> None:
        self.add_button.setEnabled(True)
        self.message.show_ok(self.tr("A desk code was made. An older unused one no longer works."))
        self.dialog = DeskCodeDialog(issued, self)
        self.dialog.setObjectName("desk_code_dialog")
        self.dialog.open()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.message.show_error(error_text(error))
