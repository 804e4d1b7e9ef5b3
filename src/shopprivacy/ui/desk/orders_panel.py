"""A customer's orders with their warranty ends, the retention date they set, and Add order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.customers import CustomerDetails
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import Services
from shopprivacy.ui.desk.labels import day_text
from shopprivacy.ui.desk.order_dialog import OrderDialog
from shopprivacy.ui.widgets import paragraph


class OrdersPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        details: CustomerDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.details = services, actor, details
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("orders")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Sold or installed"),
                self.tr("Warranty"),
                self.tr("Warranty until"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.retention = paragraph("")
        self.retention.setObjectName("retention")
        self.add_button = QPushButton(self.tr("Add order…"))
        self.add_button.setObjectName("add_order")
        self.add_button.setVisible(allows(actor.role, Permission.MANAGE_ORDERS))
        row = QHBoxLayout()
        row.addWidget(self.retention, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.ask_order)
        self.show_details(details)

    def show_details(self, details: CustomerDetails) -> None:
        self.details = details
        self.table.setRowCount(len(details.orders))
        for r, o in enumerate(details.orders):
            cells = (
                day_text(o.sold_on),
                o.description,
                self.tr("{n} months").format(n=o.warranty_months),
                day_text(o.warranty_until),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.retention.setText(
            self.tr("The record is kept until {day} (the shop's rule).").format(
                day=day_text(details.retention_until)
            )
            if details.retention_until
            else ""
        )

    def ask_order(self) -> None:
        self.dialog = OrderDialog(self.services, self.actor, self.details.id, self)
        self.dialog.added.connect(lambda _o: self.changed.emit())
        self.dialog.open()
