"""Logging a request as it comes in: who (a customer found by name, phone or email, or a person
not matched yet), what they ask, how it came, and what they said."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from shopprivacy.domain.requests import Channel, NewRequest, RequestType
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel


class NewRequestDialog(QDialog):
    """``opened`` carries the new RequestInfo."""

    opened = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setObjectName("new_request_dialog")
        self.setWindowTitle(self.tr("New request"))
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Name, phone or email"))
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("find_customer")
        self.customer = QComboBox()
        self.customer.setObjectName("customer")
        self.customer.addItem(self.tr("Not matched yet (write the name below)"), None)
        self.requester_name = QLineEdit()
        self.requester_name.setObjectName("requester_name")
        self.requester_contact = QLineEdit()
        self.requester_contact.setObjectName("requester_contact")
        self.kind = QComboBox()
        self.kind.setObjectName("request_type")
        for t in RequestType:
            self.kind.addItem(QCoreApplication.translate("requests", t.label), t)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(QCoreApplication.translate("requests", c.label), c)
        self.processor = QCheckBox(self.tr("A partner that handles the data must act too"))
        self.processor.setObjectName("processor_involved")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What the customer asked, in their words"))
        self.error = MessageLabel()
        self.error.setObjectName("new_request_error")
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.find_button)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.error)
        form.addRow(self.tr("Find the customer:"), find_row)
        form.addRow(self.tr("Customer:"), self.customer)
        form.addRow(self.tr("Or the person's name:"), self.requester_name)
        form.addRow(self.tr("And how to reach them:"), self.requester_contact)
        form.addRow(self.tr("Request:"), self.kind)
        form.addRow(self.tr("Came in by:"), self.channel)
        form.addRow(self.processor)
        form.addRow(self.tr("What they said:"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log the request"))
        ok.setObjectName("log_request")
        form.addRow(self.buttons)
        self.find_button.clicked.connect(self.find_customer)
        self.search.returnPressed.connect(self.find_customer)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def find_customer(self) -> None:
        """Search as the desk does (audited there for a full phone or email)."""
        self.error.clear_message()
        try:
            found = self.services.customers.search_customers(self.actor, self.search.text(), 20)
        except Exception as exc:
            self.error.show_error(error_text(exc))
            return
        while self.customer.count() > 1:
            self.customer.removeItem(1)
        for c in found:
            contact = c.phone or c.email
            self.customer.addItem(f"#{c.id} {c.full_name}  {contact}".rstrip(), c.id)
        if found:
            self.customer.setCurrentIndex(1)
        else:
            self.error.show_error(self.tr("No customer found. Write the person's name below."))

    def submit(self) -> None:
        new = NewRequest(
            type=self.kind.currentData(),
            channel=self.channel.currentData(),
            customer_id=self.customer.currentData(),
            requester_name=self.requester_name.text(),
            requester_contact=self.requester_contact.text(),
            note=self.note.toPlainText(),
            processor_involved=self.processor.isChecked(),
        )
        try:
            info = self.services.requests.open_request(self.actor, new)
        except Exception as exc:
            self.error.show_error(error_text(exc))
            return
        self.opened.emit(info)
        self.accept()
