"""The director's "Make a new recovery sheet": for a sheet that was lost, seen by someone else or
used. Confirmed first (the old sheet stops working at once), then the new code is shown with its
sheet to print, the same way the first-run wizard shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.errors import ShopPrivacyError
from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.services import Services
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.recovery_sheet_panel import RecoverySheetPanel, audited
from shopprivacy.ui.widgets import MessageLabel, confirmation, paragraph, widen
from shopprivacy.ui.workers import Workers


class NewRecoverySheetDialog(QDialog):
    """The new code, once, with Print… and Save as PDF…; forgets the code when it closes."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        profile: ShopProfile,
        code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery sheet"))
        self.warning = paragraph(
            self.tr(
                "The old recovery sheet no longer works. This new code is shown only now: print "
                "the new sheet or write the code down, keep it locked away, and destroy the old "
                "sheet."
            )
        )
        self.warning.setObjectName("old_sheet_warning")
        bold = self.warning.font()
        bold.setBold(True)
        self.warning.setFont(bold)
        self.sheet = RecoverySheetPanel()
        self.sheet.show_code(profile, code, actor.username, audited(services.vault, actor))
        self.kept = QCheckBox(self.tr("I have printed or written down the new recovery code"))
        self.kept.setObjectName("new_code_kept")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.warning)
        layout.addWidget(self.sheet)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.kept.toggled.connect(self.done_button.setEnabled)
        widen(self.sheet, 60)
        self.buttons.accepted.connect(self.accept)
        # Closed any way (Done, Esc, the idle lock): the code leaves the screen.
        self.finished.connect(lambda _r: self.sheet.forget())


class RecoverySheetBox(QGroupBox):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        workers: Workers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.setTitle(self.tr("Recovery sheet"))
        self.confirm_box: QMessageBox | None = None
        self.confirm_yes: QPushButton | None = None
        self.dialog: NewRecoverySheetDialog | None = None
        self.new_button = QPushButton(self.tr("Make a new recovery sheet"))
        self.new_button.setObjectName("new_recovery_sheet")
        self.message = MessageLabel()
        self.message.setObjectName("recovery_sheet_message")
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The recovery sheet lets the director back in when the password is "
                    "forgotten or this PC is lost. Make a new one if the sheet was lost, if "
                    "someone else may have seen it, or after it was used."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(self.new_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.new_button.clicked.connect(self.ask)

    def ask(self) -> None:
        box, self.confirm_yes = confirmation(
            self,
            "confirm_new_recovery_sheet",
            self.tr("Make a new recovery sheet"),
            self.tr("Make a new recovery code?"),
            self.tr(
                "The old recovery sheet stops working at once: its code will not open the "
                "shop's data any more. Have a printer or pen ready: the new code is shown only "
                "once."
            ),
            (self.tr("Make a new sheet"), "new_sheet_yes"),
            self.tr("Cancel"),
        )
        box.buttonClicked.connect(self._confirm_clicked)
        self.confirm_box = box
        box.open()

    def _confirm_clicked(self, button: object) -> None:
        if button is not self.confirm_yes:
            return
        self.new_button.setEnabled(False)
        self.message.show_info(self.tr("Making the new recovery code…"))
        services, actor = self.services, self.actor

        def replace() -> tuple[ShopProfile, str]:
            code = services.recovery.replace_recovery_code(actor)
            try:
                profile = services.shop.profile()  # heads the new sheet
            except ShopPrivacyError:
                # The old code is void already: the new one must reach the screen regardless.
                profile = ShopProfile(name="")
            return profile, code

        self.workers.run(replace, self._made, self._failed)

    def _made(self, made: tuple[ShopProfile, str]) -> None:
        profile, code = made
        self.new_button.setEnabled(True)
        self.message.show_ok(
            self.tr("A new recovery code was made. The old recovery sheet no longer works.")
        )
        self.dialog = NewRecoverySheetDialog(self.services, self.actor, profile, code, self)
        self.dialog.setObjectName("new_recovery_sheet_dialog")
        self.dialog.open()

    def _failed(self, error: BaseException) -> None:
        self.new_button.setEnabled(True)
        self.message.show_error(error_text(error))
