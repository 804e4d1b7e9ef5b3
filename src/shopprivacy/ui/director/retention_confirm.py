"""Asking before a retention purge: who will be erased (number, keep-until, last contact), and
the number of customers typed by the director before the Erase button works.

Typing the count is the guard against "erase all" by habit; the service checks the same count
again and refuses when the list changed in the meantime (the command line's ``--confirm N``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.reports.text import local_time
from shopprivacy.services.retention import RetentionDue
from shopprivacy.ui.widgets import paragraph, widen


def _day(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def due_table(parent: QWidget, name: str) -> QTableWidget:
    """Customer number, keep-until, last contact: ids and dates only, nothing decrypted."""
    table = QTableWidget(0, 3, parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("RetentionPage", "Customer no."),
            QCoreApplication.translate("RetentionPage", "Keep until"),
            QCoreApplication.translate("RetentionPage", "Last contact"),
        ]
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fill_due_table(table: QTableWidget, rows: list[RetentionDue]) -> None:
    table.setRowCount(len(rows))
    for i, due in enumerate(rows):
        number = QTableWidgetItem(f"#{due.customer_id}")
        number.setData(Qt.ItemDataRole.UserRole, due.customer_id)
        table.setItem(i, 0, number)
        table.setItem(i, 1, QTableWidgetItem(_day(due.retention_until)))
        contact = _day(local_time(due.last_contact_at).date()) if due.last_contact_at else "—"
        table.setItem(i, 2, QTableWidgetItem(contact))


class PurgeConfirmDialog(QDialog):
    """Erase is enabled only once the number of customers listed is typed; Cancel is the
    default and Escape cancels."""

    def __init__(self, rows: list[RetentionDue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_purge")
        self.count = len(rows)
        self.setWindowTitle(self.tr("Erase customers past retention"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning: QIcon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        self.question = paragraph(
            self.tr("Erase the personal data of {n} customers for good?").format(n=self.count)
        )
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.details = paragraph(
            self.tr(
                "Their names, phone numbers, e-mail addresses, addresses and notes are erased "
                "permanently. This cannot be undone, and restoring an older backup erases them "
                "again. Orders stay, without a name, for the shop's accounts (accounting "
                "documents are kept for 10 years)."
            )
        )
        self.table = due_table(self, "purge_list")
        fill_due_table(self.table, rows)
        self.count_edit = QLineEdit()
        self.count_edit.setObjectName("purge_count")
        widen(self.count_edit, 8)
        self.buttons = QDialogButtonBox()
        self.yes = self.buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.yes.setObjectName("purge_yes")
        self.no = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.no.setObjectName("purge_no")
        self.no.setDefault(True)
        self.yes.setAutoDefault(False)
        self.yes.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.question)
        texts.addWidget(self.details)
        top.addLayout(texts, 1)
        form = QFormLayout()
        form.addRow(
            self.tr("To confirm, type the number of customers to erase ({n}):").format(
                n=self.count
            ),
            self.count_edit,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.count_edit.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 420)

    def _check(self, text: str) -> None:
        self.yes.setEnabled(text.strip() == str(self.count))

    def accept(self) -> None:
        # The button is disabled until the count matches; Enter in the field must not bypass it.
        if self.count_edit.text().strip() == str(self.count):
            super().accept()
