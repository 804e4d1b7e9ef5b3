"""Logging a request as it comes in: who (a customer found by name, phone or email, or a person
not matched yet), what they ask, how and when it came, and what they said.

Enter in the search box searches; only "Log the request" (or Ctrl+Enter) logs. A second open
request of the same type for the same customer is caught by the service; the dialog then asks
whether to link the new one to the first or to go to the first. A consent withdrawal takes
effect the moment it is logged, so it is confirmed first, naming the customer.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.requests import (
    WITHDRAWAL_TYPES,
    Channel,
    Honorific,
    NewRequest,
    RequestInfo,
    RequestType,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.date_field import DateField
from shopprivacy.ui.director.partners import shop_today
from shopprivacy.ui.enter_keys import SaveOnlyFromButton
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, confirmation, ok_cancel_buttons

RECEIVED_DAYS_BACK = 365  # a letter found late is still logged on the day it came


def received_moment(day: date, today: date) -> datetime | None:
    """None (now) for today; noon on the shop's clock for an earlier day."""
    if day >= today:
        return None
    return datetime.combine(day, time(12, 0), tzinfo=SHOP_ZONE).astimezone(UTC)


class NewRequestDialog(QDialog):
    """``opened`` carries the new RequestInfo; ``go_to`` the id of an open request the person
    chose to go to instead of logging a second one."""

    opened = Signal(object)
    go_to = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.names: dict[int, str] = {}
        self.confirm_box: QMessageBox | None = None
        self.confirm_yes: QPushButton | None = None
        self.duplicate_box: QMessageBox | None = None
        self.link_button: QPushButton | None = None
        self.go_button: QPushButton | None = None
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
        self.honorific = QComboBox()
        self.honorific.setObjectName("honorific")
        self.honorific.addItem(self.tr("Not known (the letter says “Quý khách”)"), None)
        for h in Honorific:
            self.honorific.addItem(QCoreApplication.translate("requests", h.label), h)
        self.kind = QComboBox()
        self.kind.setObjectName("request_type")
        for t in RequestType:
            self.kind.addItem(QCoreApplication.translate("requests", t.label), t)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(QCoreApplication.translate("requests", c.label), c)
        today = shop_today(services)
        self.today = today
        self.received = DateField(today, today)
        self.received.setObjectName("received_on")
        self.received.set_range(today - timedelta(days=RECEIVED_DAYS_BACK), today)
        self.received.setToolTip(
            self.tr("The day the request reached the shop: the deadlines count from it.")
        )
        self.processor = QCheckBox(self.tr("A partner that handles the data must act too"))
        self.processor.setObjectName("processor_involved")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
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
        form.addRow(self.tr("Address them as:"), self.honorific)
        form.addRow(self.tr("Request:"), self.kind)
        form.addRow(self.tr("Came in by:"), self.channel)
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(self.processor)
        form.addRow(self.tr("What they said:"), self.note)
        self.buttons = ok_cancel_buttons(self.tr("Log the request"), self.tr("Cancel"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("log_request")
        ok.setToolTip(self.tr("Ctrl+Enter also logs it. Enter alone never does."))
        self.log_button = ok
        form.addRow(self.buttons)
        self.enter_keys = SaveOnlyFromButton(self, self.submit)
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
            self.names[c.id] = c.full_name
            self.customer.addItem(f"#{c.id} {c.full_name}  {contact}".rstrip(), c.id)
        if found:
            self.customer.setCurrentIndex(1)
        else:
            self.error.show_error(self.tr("No customer found. Write the person's name below."))

    def new_request(self) -> NewRequest:
        day = self.received.checked_value() or self.today
        return NewRequest(
            type=self.kind.currentData(),
            channel=self.channel.currentData(),
            customer_id=self.customer.currentData(),
            requester_name=self.requester_name.text(),
            requester_contact=self.requester_contact.text(),
            note=self.note.toPlainText(),
            received_at=received_moment(day, self.today),
            processor_involved=self.processor.isChecked(),
            honorific=self.honorific.currentData(),
        )

    def customer_name(self) -> str:
        cid = self.customer.currentData()
        if cid is None:
            return self.requester_name.text().strip()
        return self.names.get(int(cid), f"#{cid}")

    def submit(self) -> None:
        """Log it; a withdrawal for a known customer is confirmed first."""
        if self.confirm_box is not None and self.confirm_box.isVisible():
            return
        try:
            new = self.new_request()
        except ValidationError as exc:
            self.error.show_error(error_text(exc))
            self.received.setFocus()
            return
        if new.type in WITHDRAWAL_TYPES and new.customer_id is not None:
            self.ask_withdrawal(new)
            return
        self.log(new)

    def ask_withdrawal(self, new: NewRequest) -> None:
        name = self.customer_name()
        box, self.confirm_yes = confirmation(
            self,
            "confirm_withdrawal",
            self.tr("Stop every use the customer agreed to"),
            self.tr("Log this request and withdraw every consent {name} has given?").format(
                name=name
            ),
            self.tr(
                "From now on {name} gets no marketing messages or personalised offers and "
                "nothing is shared with partners on the basis of consent. The consent history "
                "keeps this for good; to start again, {name} must agree anew."
            ).format(name=name),
            (self.tr("Withdraw the consents"), "withdraw_consents"),
            self.tr("Cancel"),
        )
        self.confirm_box = box
        box.buttonClicked.connect(lambda b: self.log(new) if b is self.confirm_yes else None)
        box.open()

    def log(self, new: NewRequest, anyway: bool = False) -> None:
        self.error.clear_message()
        try:
            info = self.services.requests.open_request(self.actor, new, anyway=anyway)
        except Exception as exc:
            existing = getattr(exc, "existing_id", None)
            if isinstance(existing, int) and not anyway:
                self.ask_duplicate(new, existing, error_text(exc))
                return
            self.error.show_error(error_text(exc))
            return
        self.done_with(info)

    def ask_duplicate(self, new: NewRequest, existing: int, message: str) -> None:
        """The service named the open one; the person links the new one or goes to it."""
        box = QMessageBox(self)
        box.setObjectName("duplicate_request")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Already an open request"))
        box.setText(message)
        box.setInformativeText(
            self.tr(
                "Link this new request to request no. {id} (both stay on the list and answer "
                "together), or go to request no. {id} and log nothing new."
            ).format(id=existing)
        )
        self.link_button = box.addButton(
            self.tr("Link to no. {id}").format(id=existing), QMessageBox.ButtonRole.AcceptRole
        )
        self.link_button.setObjectName("link_request")
        self.go_button = box.addButton(
            self.tr("Go to no. {id}").format(id=existing), QMessageBox.ButtonRole.ActionRole
        )
        self.go_button.setObjectName("go_to_request")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.go_button)
        box.setEscapeButton(cancel)
        self.duplicate_box = box
        box.buttonClicked.connect(lambda b: self._duplicate_answer(b, new, existing))
        box.open()

    def _duplicate_answer(self, button: object, new: NewRequest, existing: int) -> None:
        if button is self.link_button:
            self.log(new, anyway=True)
        elif button is self.go_button:
            self.go_to.emit(existing)
            self.accept()

    def done_with(self, info: RequestInfo) -> None:
        self.opened.emit(info)
        self.accept()
