"""Adding an order: the date, what was sold or installed, the warranty in months."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from shopprivacy.domain.orders import MAX_WARRANTY_MONTHS, NewOrder
from shopprivacy.domain.shop_clock import shop_today
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.date_field import DateField
from shopprivacy.ui.errors import error_field, error_text
from shopprivacy.ui.widgets import MessageLabel


class OrderDialog(QDialog):
    """``added`` carries the new OrderInfo."""

    added = Signal(object)

    def __init__(
        self, services: Services, actor: Actor, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.customer_id = services, actor, customer_id
        self.setObjectName("order_dialog")
        self.setWindowTitle(self.tr("Add an order"))
        today = shop_today(services.vault.now())
        self.sold_on = DateField(today, today)
        self.sold_on.setObjectName("sold_on")
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("e.g. 4 cameras installed, recorder 1 TB"))
        self.warranty = QSpinBox()
        self.warranty.setObjectName("warranty_months")
        self.warranty.setRange(0, MAX_WARRANTY_MONTHS)
        self.warranty.setValue(12)
        self.warranty.setSuffix(self.tr(" months"))
        self.errors = {k: MessageLabel() for k in ("sold_on", "description", "warranty_months")}
        self.general = MessageLabel()
        self.general.setObjectName("order_error")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.general)
        form.addRow(self.tr("Date of sale:"), self.sold_on)
        form.addRow(self.errors["sold_on"])
        form.addRow(self.tr("Sold or installed:"), self.description)
        form.addRow(self.errors["description"])
        form.addRow(self.tr("Warranty:"), self.warranty)
        form.addRow(self.errors["warranty_months"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Add order"))
        self.save_button.setObjectName("save_order")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form.addRow(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.description.setFocus()

    def save(self) -> None:
        self.general.clear_message()
        for label in self.errors.values():
            label.clear_message()
        try:
            sold_on = self.sold_on.checked_value() or self.sold_on.today
            order = NewOrder(sold_on, self.description.text(), self.warranty.value())
            info = self.services.orders.add_order(self.actor, self.customer_id, order)
        except Exception as exc:
            self.errors.get(error_field(exc) or "", self.general).show_error(error_text(exc))
            return
        self.added.emit(info)
        self.accept()
