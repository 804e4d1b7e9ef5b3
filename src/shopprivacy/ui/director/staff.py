"""The director's staff screen: the accounts, and adding, deactivating, unlocking, resetting, and
recording each one's signed confidentiality undertaking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.staff import Actor, StaffInfo
from shopprivacy.services import Services
from shopprivacy.ui.director.staff_dialogs import AddStaffDialog, ResetPasswordDialog
from shopprivacy.ui.director.staff_model import StaffTableModel
from shopprivacy.ui.director.staff_undertaking import UndertakingDialog
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, heading
from shopprivacy.ui.workers import Workers


class StaffAdmin(QWidget):
    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.dialog: AddStaffDialog | ResetPasswordDialog | UndertakingDialog | None = None
        self.confirm: QMessageBox | None = None
        self.model = StaffTableModel()
        self.table = QTableView()
        self.table.setObjectName("staff_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add staff…"))
        self.add_button.setObjectName("add_staff")
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.deactivate_button.setObjectName("deactivate")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.setObjectName("reset_password")
        self.undertaking_button = QPushButton(self.tr("Confidentiality undertaking…"))
        self.undertaking_button.setObjectName("record_undertaking")
        self.message = MessageLabel()
        self.message.setObjectName("staff_message")

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.deactivate_button,
            self.unlock_button,
            self.reset_button,
            self.undertaking_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Staff accounts")))
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self.open_add)
        self.deactivate_button.clicked.connect(self.ask_deactivate)
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button.clicked.connect(self.open_reset)
        self.undertaking_button.clicked.connect(self.open_undertaking)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(self.services.staff.list_staff(self.actor))
        except Exception as exc:
            self.message.show_error(error_text(exc))
        self._update_buttons()

    def select_username(self, username: str) -> None:
        for row, info in enumerate(self.model.rows):
            if info.username == username:
                self.table.selectRow(row)
                return

    def selected(self) -> StaffInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        usable = info is not None and info.active
        self.deactivate_button.setEnabled(usable and info.id != self.actor.staff_id)  # type: ignore[union-attr]
        self.unlock_button.setEnabled(usable and info.locked)  # type: ignore[union-attr]
        self.reset_button.setEnabled(usable)
        self.undertaking_button.setEnabled(usable)

    def open_add(self) -> None:
        self.message.clear_message()
        dialog = AddStaffDialog(self.services, self.actor, self.workers, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        self.dialog = dialog
        dialog.open()

    def _added(self, dialog: AddStaffDialog) -> None:
        self.reload()
        if dialog.added is not None:
            self.select_username(dialog.added.username)
            self.message.show_ok(
                self.tr("Account {username} added.").format(username=dialog.added.username)
            )

    def ask_deactivate(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate {username}? They will no longer be able to sign in anywhere. "
                "What they recorded stays."
            ).format(username=info.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Deactivate"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda _r: (
                self._deactivate(info)
                if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
                else None
            )
        )
        self.confirm = box
        box.open()

    def _deactivate(self, info: StaffInfo) -> None:
        self._act(
            lambda: self.services.staff.deactivate(self.actor, info.id),
            self.tr("Account {username} deactivated.").format(username=info.username),
            info.username,
        )

    def unlock(self) -> None:
        info = self.selected()
        if info is None:
            return
        self._act(
            lambda: self.services.staff.unlock(self.actor, info.id),
            self.tr("Account {username} unlocked.").format(username=info.username),
            info.username,
        )

    def _act(self, call: Callable[[], object], done_text: str, username: str) -> None:
        try:
            call()
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.reload()
        self.select_username(username)
        self.message.show_ok(done_text)

    def open_reset(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.message.clear_message()
        dialog = ResetPasswordDialog(self.services, self.actor, self.workers, info, self)
        dialog.accepted.connect(
            lambda: self._act(
                lambda: None,
                self.tr("A new password is set for {username}.").format(username=info.username),
                info.username,
            )
        )
        self.dialog = dialog
        dialog.open()

    def open_undertaking(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.message.clear_message()
        dialog = UndertakingDialog(self.services, self.actor, info, self)
        dialog.accepted.connect(
            lambda: self._act(
                lambda: None,
                self.tr("Confidentiality undertaking recorded for {username}.").format(
                    username=info.username
                ),
                info.username,
            )
        )
        self.dialog = dialog
        dialog.open()
