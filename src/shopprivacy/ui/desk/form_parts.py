"""Pieces of the customer form: an address, the guardian section."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from shopprivacy.domain.consents import ConsentMethod
from shopprivacy.domain.customers import Address, AddressKind, Guardian
from shopprivacy.domain.minors import GuardianRule
from shopprivacy.ui.desk.labels import method_label
from shopprivacy.ui.widgets import MessageLabel, paragraph


class AddressFields(QGroupBox):
    """Street, ward or commune, province (since the 2025 reform), or the address as written."""

    def __init__(self, kind: AddressKind, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.kind = kind
        self.street = QLineEdit()
        self.ward = QLineEdit()
        self.province = QLineEdit()
        self.free_text = QLineEdit()
        self.free_text.setPlaceholderText(self.tr("or the whole address as the customer said it"))
        for name, edit in (
            ("street", self.street),
            ("ward", self.ward),
            ("province", self.province),
            ("text", self.free_text),
        ):
            edit.setObjectName(f"{kind.value}_{name}")
        self.error = MessageLabel()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("House number, street:"), self.street)
        form.addRow(self.tr("Ward or commune:"), self.ward)
        form.addRow(self.tr("Province or city:"), self.province)
        form.addRow(self.tr("Free text:"), self.free_text)
        form.addRow(self.error)

    def value(self) -> Address:
        return Address(
            self.kind,
            self.street.text(),
            self.ward.text(),
            self.province.text(),
            self.free_text.text(),
        )

    def set_value(self, address: Address | None) -> None:
        a = address or Address(self.kind)
        self.street.setText(a.street)
        self.ward.setText(a.ward)
        self.province.setText(a.province)
        self.free_text.setText(a.free_text)


GUARDIAN_METHODS = (
    ConsentMethod.SIGNED_FORM,
    ConsentMethod.PHONE,
    ConsentMethod.WEB_FORM,
    ConsentMethod.EMAIL,
    ConsentMethod.LETTER,
)


class GuardianBox(QGroupBox):
    """Shown when the birth date makes the customer a child in the shop's rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Parent or guardian (required for a child)"), parent)
        self.explain = paragraph("")
        self.name = QLineEdit()
        self.name.setObjectName("guardian_name")
        self.phone = QLineEdit()
        self.phone.setObjectName("guardian_phone")
        self.email = QLineEdit()
        self.email.setObjectName("guardian_email")
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(self.tr("mother, father, guardian…"))
        self.method = QComboBox()
        self.method.setObjectName("guardian_method")
        self.method.addItem(self.tr("Not recorded yet"), None)
        for m in GUARDIAN_METHODS:
            self.method.addItem(method_label(m), m.value)
        self.child_agreed = QCheckBox(self.tr("The child also agrees (from 7 years old)"))
        self.child_agreed.setObjectName("child_agreed")
        self.errors = {
            key: MessageLabel()
            for key in ("guardian", "guardian_name", "guardian_phone", "guardian_email")
        }
        self.needed = self.child_too = False
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.explain)
        form.addRow(self.errors["guardian"])
        form.addRow(self.tr("Guardian's full name:"), self.name)
        form.addRow(self.errors["guardian_name"])
        form.addRow(self.tr("Guardian's phone:"), self.phone)
        form.addRow(self.errors["guardian_phone"])
        form.addRow(self.tr("Guardian's email:"), self.email)
        form.addRow(self.errors["guardian_email"])
        form.addRow(self.tr("Relationship:"), self.relationship)
        form.addRow(self.tr("Guardian's consent given by:"), self.method)
        form.addRow(self.child_agreed)

    def set_rule(self, rule: GuardianRule, minor_age: int) -> None:
        self.needed = rule is not GuardianRule.NONE
        self.child_too = rule is GuardianRule.CHILD_AND_GUARDIAN
        # A guardian already on file stays visible (and kept) even when not needed any more:
        # an edit must not drop it silently; the user can empty the fields to remove it.
        self.setVisible(self.needed or self.has_values())
        self.child_agreed.setVisible(self.child_too or self.child_agreed.isChecked())
        self.explain.setText(
            self.tr(
                "ℹ This customer is under {age}. The shop needs a parent or guardian's name, a "
                "way to reach them and their consent before saving."
            ).format(age=minor_age)
        )
        self.explain.setVisible(rule is not GuardianRule.NONE)

    def value(self) -> Guardian | None:
        if not (self.needed or self.has_values()):
            return None  # nothing typed: an adult's record needs no guardian
        raw = self.method.currentData()
        guardian = Guardian(
            self.name.text(),
            self.phone.text(),
            self.email.text(),
            self.relationship.text(),
            ConsentMethod(raw) if raw else None,
            self.child_agreed.isChecked() and not self.child_agreed.isHidden(),
        )
        return guardian

    def has_values(self) -> bool:
        return any(e.text().strip() for e in (self.name, self.phone, self.email))

    def set_value(self, guardian: Guardian | None) -> None:
        g = guardian or Guardian("")
        self.name.setText(g.name)
        self.phone.setText(g.phone)
        self.email.setText(g.email)
        self.relationship.setText(g.relationship)
        index = self.method.findData(g.consent_method.value) if g.consent_method else 0
        self.method.setCurrentIndex(max(index, 0))
        self.child_agreed.setChecked(g.child_agreed)
