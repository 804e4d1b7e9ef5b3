"""The part of a disclosure form that every screen recording one shares: the details given
(ticked one by one), the partner, the basis, the reference and the purpose.

The form only collects what the person chose; the service decides whether it may go out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from shopprivacy.domain.disclosures import Basis, DisclosedField, NewDisclosure, PartnerInfo
from shopprivacy.ui.director.partners import agreement_state, kind_text

FIELDS_PER_ROW = 4


def label(source: str) -> str:
    """A field's, basis' or kind's name from ``domain.disclosures``, in the user's language."""
    return QCoreApplication.translate("disclosures", source)


class DisclosureForm(QWidget):
    """``choices``: the details offered (all by default), ``ticked`` those ticked at the start.
    Without ``with_basis`` there is no basis or reference to choose (the caller's use case
    fixes them, as a job sheet does). Its ``form`` layout takes more rows from the caller."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choices: Iterable[DisclosedField] = tuple(DisclosedField),
        ticked: Iterable[DisclosedField] = (),
        with_basis: bool = True,
        fields_text: str = "",
        purpose_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("disclosure_form")
        start = set(ticked)
        self.fields: dict[DisclosedField, QCheckBox] = {}
        fields_box = QGridLayout()
        for i, field in enumerate(choices):
            box = QCheckBox(label(field.label))
            box.setObjectName(f"field_{field.value}")
            box.setChecked(field in start)
            self.fields[field] = box
            fields_box.addWidget(box, i // FIELDS_PER_ROW, i % FIELDS_PER_ROW)
        self.partner = QComboBox()
        self.partner.setObjectName("partner")
        self.basis = QComboBox()
        self.basis.setObjectName("basis")
        for basis in Basis:
            self.basis.addItem(label(basis.label), basis)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(
            self.tr("Document no. of a written request, contract no.")
        )
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        intro = QLabel(fields_text or self.tr("Tick only the details the third party needs:"))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow(fields_box)
        self.form.addRow(self.tr("Given to:"), self.partner)
        if with_basis:
            self.form.addRow(self.tr("Basis:"), self.basis)
            self.form.addRow(self.tr("Reference:"), self.reference)
        else:
            self.basis.hide()
            self.reference.hide()
        self.form.addRow(purpose_text or self.tr("Purpose:"), self.purpose)

    def set_partners(self, partners: Iterable[PartnerInfo], today: date) -> None:
        """Each partner with its kind and the state of its agreement today, in words."""
        self.partner.clear()
        for p in partners:
            word, _valid = agreement_state(p, today)
            self.partner.addItem(f"{p.name} ({kind_text(p.kind)}, {word})", p.id)

    def partner_id(self) -> int | None:
        return None if self.partner.currentIndex() < 0 else int(self.partner.currentData())

    def chosen_fields(self) -> tuple[DisclosedField, ...]:
        return tuple(f for f, box in self.fields.items() if box.isChecked())

    def new_disclosure(self, customer_ids: tuple[int, ...], partner_id: int) -> NewDisclosure:
        return NewDisclosure(
            customer_ids=customer_ids,
            partner_id=partner_id,
            fields=self.chosen_fields(),
            basis=Basis(self.basis.currentData()),
            purpose=self.purpose.text(),
            reference=self.reference.text(),
        )
