"""The access review's filter bar: staff, customer number, action and period (dd/MM/yyyy)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from shopprivacy.reports.labels import ACTION_LABELS, action_label
from shopprivacy.services.access_review import ReviewQuery
from shopprivacy.ui.date_field import DateField
from shopprivacy.ui.director.access_review_model import screen_language
from shopprivacy.ui.widgets import widen


def date_edit(today: date, day: date, name: str) -> DateField:
    edit = DateField(today, day)
    edit.setObjectName(name)
    return edit


class FilterBar(QWidget):
    """``requested`` fires when the person asks to show the review for the chosen filters."""

    requested = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = QComboBox()
        self.staff.setObjectName("filter_staff")
        self.staff.addItem(self.tr("Everyone"), None)
        self.customer = QLineEdit()
        self.customer.setObjectName("filter_customer")
        self.customer.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.customer.setPlaceholderText(self.tr("any"))
        widen(self.customer, 10)
        self.action = QComboBox()
        self.action.setObjectName("filter_action")
        self.action.addItem(self.tr("All actions"), None)
        lang = screen_language()
        for code in sorted(ACTION_LABELS, key=lambda c: action_label(c, lang).casefold()):
            self.action.addItem(action_label(code, lang), str(code))
        self.first_of_month, self.today = today.replace(day=1), today
        self.date_from = date_edit(today, self.first_of_month, "filter_from")
        self.date_to = date_edit(today, today, "filter_to")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("filter_show")
        self.show_button.setDefault(True)

        row1 = QHBoxLayout()
        row1.addWidget(self.staff)
        row1.addWidget(QLabel(self.tr("Customer no.:")))
        row1.addWidget(self.customer)
        row1.addWidget(QLabel(self.tr("Action:")))
        row1.addWidget(self.action, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.date_from)
        row2.addWidget(QLabel(self.tr("to")))
        row2.addWidget(self.date_to)
        row2.addWidget(self.show_button)
        row2.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Staff:"), row1)
        form.addRow(self.tr("From:"), row2)
        self.show_button.clicked.connect(self.requested)
        self.customer.returnPressed.connect(self.requested)

    def set_staff(self, names: dict[int, str]) -> None:
        """Login names, keeping the current choice when it still exists."""
        current = self.staff.currentData()
        self.staff.blockSignals(True)
        while self.staff.count() > 1:
            self.staff.removeItem(1)
        for staff_id, name in sorted(names.items(), key=lambda kv: kv[1]):
            self.staff.addItem(name, staff_id)
        self.staff.setCurrentIndex(max(self.staff.findData(current), 0))
        self.staff.blockSignals(False)

    def query(self) -> ReviewQuery:
        customer = self.customer.text().strip()
        return ReviewQuery(
            # A date not readable (marked in red) counts as the bar's default.
            date_from=self.date_from.value() or self.first_of_month,
            date_to=self.date_to.value() or self.today,
            staff_id=self.staff.currentData(),
            customer_id=int(customer) if customer.isdigit() else None,
            action=self.action.currentData(),
        )
