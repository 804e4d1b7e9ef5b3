"""The signed confidentiality undertaking on the staff screen: the fields (date signed, version)
shared by the add dialog and the dialog that records it later."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.shop_clock import shop_today
from shopprivacy.domain.staff import Actor, StaffInfo, Undertaking
from shopprivacy.services import Services
from shopprivacy.ui.date_field import DateField
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, ok_cancel_buttons, paragraph, widen


class UndertakingFields(QObject):
    """Date signed and version; with ``optional`` a box to tick first (adding an account
    before the paper is signed stays possible: the access review then flags it)."""

    def __init__(self, parent: QWidget, optional: bool, current: Undertaking | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.signed = QCheckBox(self.tr("The confidentiality undertaking is signed"))
        self.signed.setObjectName("undertaking_signed")
        self.signed.setChecked(not optional)
        today = shop_today(datetime.now(UTC))
        self.signed_on = DateField(today, today)
        self.signed_on.setObjectName("undertaking_signed_on")
        self.signed_on.set_range(last=today)
        self.version = QLineEdit()
        self.version.setObjectName("undertaking_version")
        self.version.setPlaceholderText(self.tr("e.g. CK-2026"))
        widen(self.version, 20)
        if current is not None:
            self.signed_on.set_value(current.signed_on)
            self.version.setText(current.version)
        self.signed.toggled.connect(self._enable)
        self._enable(self.signed.isChecked())

    def _enable(self, on: bool) -> None:
        self.signed_on.setEnabled(on)
        self.version.setEnabled(on)

    def add_to(self, form: QFormLayout) -> None:
        if self.optional:
            form.addRow(self.signed)
        form.addRow(self.tr("Signed on:"), self.signed_on)
        form.addRow(self.tr("Undertaking version:"), self.version)

    def value(self) -> Undertaking | None:
        if not self.signed.isChecked():
            return None
        day = self.signed_on.checked_value() or self.signed_on.today  # may say it is unreadable
        return Undertaking(day, self.version.text())


class UndertakingDialog(QDialog):
    """Calls ``StaffService.record_undertaking`` for one account."""

    def __init__(
        self, services: Services, actor: Actor, target: StaffInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.target = services, actor, target
        self.saved: StaffInfo | None = None
        self.setWindowTitle(self.tr("Confidentiality undertaking"))
        self.fields = UndertakingFields(self, optional=False, current=target.undertaking)
        self.message = MessageLabel()
        self.message.setObjectName("undertaking_message")
        self.buttons = ok_cancel_buttons(self.tr("Record"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The confidentiality undertaking {username} signed. Keep the signed paper "
                    "in their staff file; the change is written in the audit log."
                ).format(username=target.username)
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields.add_to(form)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        try:
            value = self.fields.value()
            assert value is not None  # not optional here
            self.saved = self.services.staff.record_undertaking(self.actor, self.target.id, value)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            self.fields.version.setFocus()
            return
        self.accept()
