"""The register of processing purposes: why the shop uses customers' data, on which legal
basis, which data each purpose uses and how long it is kept. The drafted policy is built from
it, so the director edits it here (the service checks and audits every save)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.policy import LegalBasis, ProcessingPurpose
from shopprivacy.domain.policy_text import purpose_name, purpose_retention
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.services import Services
from shopprivacy.ui.desk.labels import field_label, purpose_label
from shopprivacy.ui.director.access_review_model import screen_language
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, ok_cancel_buttons, paragraph, widen

Index = QModelIndex | QPersistentModelIndex
CTX = "PurposeTableModel"
HEADERS = (
    QT_TRANSLATE_NOOP("PurposeTableModel", "Purpose"),
    QT_TRANSLATE_NOOP("PurposeTableModel", "Legal basis"),
    QT_TRANSLATE_NOOP("PurposeTableModel", "Data used"),
    QT_TRANSLATE_NOOP("PurposeTableModel", "Kept for"),
    QT_TRANSLATE_NOOP("PurposeTableModel", "In use"),
)
# Data codes that are not switchable fields: always collected, or the shop's own records.
BASE_DATA = {
    "name": QT_TRANSLATE_NOOP("PurposeTableModel", "Full name"),
    "mobile_phone": QT_TRANSLATE_NOOP("PurposeTableModel", "Mobile phone"),
    "orders": QT_TRANSLATE_NOOP("PurposeTableModel", "Orders and warranty"),
}
DATA_CODES: tuple[str, ...] = (*BASE_DATA, *(f.value for f in OptionalField))


def name_text(p: ProcessingPurpose) -> str:
    """A default purpose in the reader's language (as the drafted policy words it); the shop's
    own name as typed."""
    return purpose_name(p, screen_language())


def retention_text(p: ProcessingPurpose) -> str:
    return purpose_retention(p, screen_language())


def basis_text(basis: LegalBasis) -> str:
    return QCoreApplication.translate("policy", basis.label)


def data_text(code: str) -> str:
    if code in BASE_DATA:
        return QCoreApplication.translate(CTX, BASE_DATA[code])
    try:
        return field_label(OptionalField(code))
    except ValueError:
        return code


def key_from_name(name: str, taken: set[str]) -> str:
    """A stable code for a new purpose, from the shop's own words (Vietnamese letters without
    their marks), unique in the register: the director never has to invent one."""
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_only = plain.encode("ascii", "ignore").decode().lower()
    key = ""
    for part in re.findall(r"[a-z0-9]+", ascii_only):
        if len(key) + len(part) + 1 > 36:
            break
        key = f"{key}_{part}" if key else part
    key = key or "purpose"
    candidate, n = key, 1
    while candidate in taken:
        n += 1
        candidate = f"{key}_{n}"
    return candidate


class PurposeTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ProcessingPurpose] = []

    def set_rows(self, rows: list[ProcessingPurpose]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        p = self.rows[index.row()]
        values = (
            name_text(p),
            basis_text(p.basis),
            ", ".join(data_text(c) for c in p.data_used),
            retention_text(p),
            QCoreApplication.translate(CTX, "Yes")
            if p.active
            else QCoreApplication.translate(CTX, "No"),
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, HEADERS[section])
        return None


class PurposeDialog(QDialog):
    """Adds a purpose or edits one (``purpose`` given); ``saved`` holds what the service kept."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        purpose: ProcessingPurpose | None = None,
        parent: QWidget | None = None,
        taken_keys: set[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.purpose = services, actor, purpose
        self.taken_keys = taken_keys or set()
        self.saved: ProcessingPurpose | None = None
        self.setWindowTitle(self.tr("Edit a purpose") if purpose else self.tr("Add a purpose"))
        self.name = QLineEdit(name_text(purpose) if purpose else "")
        self.name.setObjectName("purpose_name")
        widen(self.name, 50)
        self.basis = QComboBox()
        self.basis.setObjectName("purpose_basis")
        for basis in LegalBasis:
            self.basis.addItem(basis_text(basis), basis.value)
        self.consent = QComboBox()
        self.consent.setObjectName("purpose_consent")
        for p in Purpose:
            self.consent.addItem(purpose_label(p), p.value)
        self.data: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, code in enumerate(DATA_CODES):
            box = QCheckBox(data_text(code))
            box.setObjectName(f"data_{code}")
            self.data[code] = box
            grid.addWidget(box, n // 3, n % 3)
        self.retention = QLineEdit(retention_text(purpose) if purpose else "")
        self.retention.setObjectName("purpose_retention")
        self.retention.setPlaceholderText(self.tr("for example: 24 months after the last order"))
        self.months = QSpinBox()
        self.months.setObjectName("purpose_months")
        self.months.setRange(0, 600)
        self.months.setSpecialValueText(self.tr("not a fixed number"))
        self.active = QCheckBox(self.tr("The shop does this now"))
        self.active.setObjectName("purpose_active")
        self.message = MessageLabel()
        self.message.setObjectName("purpose_message")
        self.buttons = ok_cancel_buttons(self.tr("Save"), self.tr("Cancel"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Purpose:"), self.name)
        form.addRow(self.tr("Legal basis:"), self.basis)
        form.addRow(self.tr("Consent asked at the desk:"), self.consent)
        form.addRow(paragraph(self.tr("Data used:")))
        form.addRow(grid)
        form.addRow(self.tr("Kept for:"), self.retention)
        form.addRow(self.tr("Months (if fixed):"), self.months)
        form.addRow(self.active)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.basis.currentIndexChanged.connect(lambda _i: self._enable())
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if purpose is not None:
            self.basis.setCurrentIndex(self.basis.findData(purpose.basis.value))
            if purpose.consent_purpose is not None:
                self.consent.setCurrentIndex(self.consent.findData(purpose.consent_purpose.value))
            for code in purpose.data_used:
                if code in self.data:
                    self.data[code].setChecked(True)
            self.months.setValue(purpose.retention_months or 0)
        self.active.setChecked(purpose.active if purpose else True)
        self._enable()

    def _enable(self) -> None:
        self.consent.setEnabled(self.basis.currentData() == LegalBasis.CONSENT.value)

    def draft(self) -> ProcessingPurpose:
        basis = LegalBasis(self.basis.currentData())
        name = self.name.text().strip()
        retention = self.retention.text().strip()
        old = self.purpose
        # An untouched default name stays as stored, so it keeps being worded per language.
        if old is not None and name == name_text(old):
            name = old.name
        if old is not None and retention == retention_text(old):
            retention = old.retention
        return ProcessingPurpose(
            id=old.id if old else None,
            key=old.key if old else key_from_name(name, self.taken_keys),
            name=name,
            basis=basis,
            data_used=tuple(c for c, box in self.data.items() if box.isChecked()),
            retention=retention,
            retention_months=self.months.value() or None,
            consent_purpose=Purpose(self.consent.currentData())
            if basis is LegalBasis.CONSENT
            else None,
            active=self.active.isChecked(),
        )

    def submit(self) -> None:
        self.message.clear_message()
        try:
            self.saved = self.services.policies.save_purpose(self.actor, self.draft())
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()


class PurposesBox(QWidget):
    """The register as a table, with Add and Edit."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.dialog: PurposeDialog | None = None
        self.model = PurposeTableModel()
        self.table = QTableView()
        self.table.setObjectName("purposes_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped rows take the height their text needs at the columns' current widths.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add purpose…"))
        self.add_button.setObjectName("add_purpose")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_purpose")
        self.message = MessageLabel()
        self.message.setObjectName("purposes_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Why the shop uses customers' data. Each purpose needs a legal basis; "
                    "those based on consent are the ones the desk asks customers about."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self.open_dialog(self.selected()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def reload(self) -> None:
        try:
            rows = self.services.policies.purposes(self.actor)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            rows = []
        self.model.set_rows(rows)
        metrics = self.table.fontMetrics()
        for column, chars in ((0, 34), (1, 24), (3, 22)):
            self.table.setColumnWidth(column, metrics.averageCharWidth() * chars)
        self._update_buttons()

    def selected(self) -> ProcessingPurpose | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def open_dialog(self, purpose: ProcessingPurpose | None) -> None:
        self.message.clear_message()
        taken = {p.key for p in self.model.rows}
        dialog = PurposeDialog(self.services, self.actor, purpose, self, taken)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = dialog
        dialog.open()

    def _saved(self, dialog: PurposeDialog) -> None:
        self.reload()
        if dialog.saved is None:
            return
        for row, p in enumerate(self.model.rows):
            if p.id == dialog.saved.id:
                self.table.selectRow(row)
        self.message.show_ok(
            self.tr("{name} saved. Draft a new version so the policy says it.").format(
                name=name_text(dialog.saved)
            )
        )
