"""Settings: which customer details the shop collects, how long customers without orders are
kept, and the age below which a guardian is needed. The privacy policy declares each of
these, and "policy against practice" sends the director here when one no longer matches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from shopprivacy.domain.customer_rules import MINOR_AGE, RETENTION_MONTHS_WITHOUT_ORDER
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.settings import IntSetting
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.desk.labels import field_label
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, paragraph


def _spin(setting: IntSetting, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(setting.key)
    box.setRange(setting.minimum, setting.maximum)
    box.setValue(value)
    return box


class DataRulesBox(QGroupBox):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setTitle(self.tr("Customer data the shop collects"))
        rules = services.customer_rules.rules()
        self.fields: dict[OptionalField, QCheckBox] = {}
        grid = QGridLayout()
        for n, f in enumerate(OptionalField):
            box = QCheckBox(field_label(f))
            box.setObjectName(f"collect_{f.value}")
            box.setChecked(rules.collects(f))
            self.fields[f] = box
            grid.addWidget(box, n // 3, n % 3)
        self.months = _spin(RETENTION_MONTHS_WITHOUT_ORDER, rules.retention_months_without_order)
        self.minor_age = _spin(MINOR_AGE, rules.minor_age)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_data_rules")
        self.message = MessageLabel()
        self.message.setObjectName("data_rules_message")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            paragraph(
                self.tr(
                    "Name and mobile phone are always collected. Collect only what the shop "
                    "needs; the privacy policy lists what is ticked here."
                )
            )
        )
        form.addRow(grid)
        for setting, spin in ((RETENTION_MONTHS_WITHOUT_ORDER, self.months),
                              (MINOR_AGE, self.minor_age)):  # fmt: skip
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addStretch(1)
            form.addRow(QCoreApplication.translate("settings", setting.label) + ":", row)
        form.addRow(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        """Saves what changed, one rule at a time (each is checked and audited by the service);
        the first refusal stops and is shown with its field."""
        self.message.clear_message()
        rules = self.services.customer_rules.rules()
        changed = False
        try:
            for f, box in self.fields.items():
                if box.isChecked() != rules.collects(f):
                    self.services.customer_rules.set_field_collected(self.actor, f, box.isChecked())
                    changed = True
            if self.months.value() != rules.retention_months_without_order:
                self.services.customer_rules.set_retention_months(self.actor, self.months.value())
                changed = True
            if self.minor_age.value() != rules.minor_age:
                self.services.customer_rules.set_minor_age(self.actor, self.minor_age.value())
                changed = True
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        if not changed:
            self.message.show_info(self.tr("Nothing changed."))
            return
        self.message.show_ok(
            self.tr(
                "Saved. If the published privacy policy says otherwise, draft and publish a "
                "new version."
            )
        )
