"""The director's disclosure register: the disclosures of a period, recording a new one, and
printing the register (to a printer or a PDF, in a worker). The rules live in the service; this
screen only shows its answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.disclosures import DisclosureInfo
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.access_review import period_bounds
from shopprivacy.reports.disclosure_report import (
    export_disclosure_register_pdf,
    print_disclosure_register,
)
from shopprivacy.reports.text import format_datetime
from shopprivacy.services import Services
from shopprivacy.ui.date_field import DateField
from shopprivacy.ui.director.partners import kind_text, shop_today, ui_lang
from shopprivacy.ui.disclosure_form import DisclosureForm, label
from shopprivacy.ui.enter_keys import SaveOnlyFromButton
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, heading, ok_cancel_buttons, widen
from shopprivacy.ui.workers import Workers

Index = QModelIndex | QPersistentModelIndex
CTX = "DisclosureTableModel"
HEADERS = (
    QT_TRANSLATE_NOOP("DisclosureTableModel", "When"),
    QT_TRANSLATE_NOOP("DisclosureTableModel", "Given to"),
    QT_TRANSLATE_NOOP("DisclosureTableModel", "Customers"),
    QT_TRANSLATE_NOOP("DisclosureTableModel", "Details"),
    QT_TRANSLATE_NOOP("DisclosureTableModel", "Basis"),
    QT_TRANSLATE_NOOP("DisclosureTableModel", "Purpose"),
)


class DisclosureTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DisclosureInfo] = []

    def set_rows(self, rows: list[DisclosureInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        d = self.rows[index.row()]
        basis = label(d.basis.label) + (f" ({d.reference})" if d.reference else "")
        values = (
            format_datetime(d.at, ui_lang()),
            f"{d.partner_name} ({kind_text(d.partner_kind)})",
            ", ".join(f"#{c}" for c in d.customer_ids),
            ", ".join(label(f.label) for f in d.fields),
            basis,
            d.purpose,
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, HEADERS[section])
        return None


class RecordDisclosureDialog(QDialog):
    """Choose customers by search, tick the details, choose the partner and the basis."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.recorded: DisclosureInfo | None = None
        self.setWindowTitle(self.tr("Record a disclosure"))
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Name, phone or email"))
        self.search_button = QPushButton(self.tr("Find"))
        self.search_button.setObjectName("find_customers")
        self.found = QListWidget()
        self.found.setObjectName("found_customers")
        self.details = DisclosureForm()
        self.details.set_partners(services.partners.list_partners(actor), shop_today(services))
        d = self.details
        self.fields, self.partner, self.basis = d.fields, d.partner, d.basis
        self.reference, self.purpose = d.reference, d.purpose
        self.message = MessageLabel()
        self.message.setObjectName("record_message")
        self.buttons = ok_cancel_buttons(self.tr("Record"), self.tr("Cancel"))

        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.search_button)
        self.details.form.insertRow(0, self.tr("Customers:"), find)
        self.details.form.insertRow(1, "", self.found)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        widen(self.search, 36)
        # The search row was moved into the form after the form's own fields were made, which
        # put it last for Tab: give it back its place at the top.
        chain: list[QWidget] = [self.search, self.search_button, self.found, *d.fields.values()]
        chain += [d.partner, d.basis, d.reference, d.purpose]
        for earlier, later in pairwise(chain):
            QWidget.setTabOrder(earlier, later)
        self.found.setMinimumHeight(self.fontMetrics().height() * 6)
        self.search_button.clicked.connect(self.find_customers)
        self.search.returnPressed.connect(self.find_customers)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.enter_keys = SaveOnlyFromButton(self, self.submit)

    def find_customers(self) -> None:
        """Keeps the ticked customers and lists the new search's results under them."""
        self.message.clear_message()
        ticked = [self.found.item(i) for i in range(self.found.count())]
        kept = [(it.data(Qt.ItemDataRole.UserRole), it.text()) for it in ticked
                if it.checkState() == Qt.CheckState.Checked]  # fmt: skip
        try:
            rows = self.services.customers.search_customers(self.actor, self.search.text(), 30)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.found.clear()
        shown = set()
        for cid, text in kept:
            self._add_item(cid, text, True)
            shown.add(cid)
        for r in rows:
            if r.id not in shown:
                self._add_item(r.id, f"#{r.id}  {r.full_name}  {r.phone}  {r.province}", False)

    def _add_item(self, customer_id: int, text: str, checked: bool) -> None:
        item = QListWidgetItem(text.strip())
        item.setData(Qt.ItemDataRole.UserRole, customer_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.found.addItem(item)

    def chosen_customers(self) -> tuple[int, ...]:
        items = [self.found.item(i) for i in range(self.found.count())]
        return tuple(int(it.data(Qt.ItemDataRole.UserRole)) for it in items
                     if it.checkState() == Qt.CheckState.Checked)  # fmt: skip

    def submit(self) -> None:
        self.message.clear_message()
        partner_id = self.details.partner_id()
        if partner_id is None:
            self.message.show_error(self.tr("Add the third party to the register first."))
            return
        new = self.details.new_disclosure(self.chosen_customers(), partner_id)
        try:
            self.recorded = self.services.disclosures.record_disclosure(self.actor, new)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()


class DisclosuresPage(QWidget):
    """``printed`` fires after each print or save attempt (done or failed)."""

    printed = Signal()

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.dialog: RecordDisclosureDialog | None = None
        today = shop_today(services)
        self.default_period = (today - timedelta(days=30), today)
        self.date_from = DateField(today, self.default_period[0])
        self.date_from.setObjectName("date_from")
        self.date_to = DateField(today, today)
        self.date_to.setObjectName("date_to")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("show_period")
        self.record_button = QPushButton(self.tr("Record disclosure…"))
        self.record_button.setObjectName("record_disclosure")
        self.print_button = QPushButton(self.tr("Print register…"))
        self.print_button.setObjectName("print_register")
        self.pdf_button = QPushButton(self.tr("Save register as PDF…"))
        self.pdf_button.setObjectName("save_register_pdf")
        self.model = DisclosureTableModel()
        self.table = QTableView()
        self.table.setObjectName("disclosures_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = MessageLabel()
        self.message.setObjectName("disclosures_message")

        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From:")))
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to:")))
        period.addWidget(self.date_to)
        period.addWidget(self.show_button)
        period.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.record_button, self.print_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Disclosures to third parties")))
        layout.addLayout(period)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.show_button.clicked.connect(self.reload)
        self.record_button.clicked.connect(self.open_record)
        self.print_button.clicked.connect(self.ask_printer)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.reload()

    def period(self) -> tuple[date, date]:
        """The dates typed; one not readable (marked in red) counts as the default period's."""
        first, last = self.default_period
        return self.date_from.value() or first, self.date_to.value() or last

    def reload(self) -> None:
        start, end = self.period()
        since, until = period_bounds(min(start, end), max(start, end))
        try:
            rows = self.services.disclosures.list_disclosures(self.actor, since, until)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            rows = []
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()

    def open_record(self) -> None:
        self.message.clear_message()
        dialog = RecordDisclosureDialog(self.services, self.actor, self)
        dialog.accepted.connect(lambda: self._recorded(dialog))
        self.dialog = dialog
        dialog.open()

    def _recorded(self, dialog: RecordDisclosureDialog) -> None:
        self.reload()
        if dialog.recorded is not None:
            self.message.show_ok(
                self.tr("Disclosure no. {id} recorded.").format(id=dialog.recorded.id)
            )

    def ask_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        services, actor, lang = self.services, self.actor, ui_lang()
        start, end = self.period()
        self._run(
            lambda: print_disclosure_register(services, actor, start, end, printer, lang),
            self.tr("The register was sent to the printer."),
        )

    def ask_pdf_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the disclosure register"),
            self.tr("disclosure-register.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        services, actor, lang = self.services, self.actor, ui_lang()
        start, end = self.period()
        self._run(
            lambda: export_disclosure_register_pdf(services, actor, start, end, path, lang),
            self.tr("The register was saved: {file}").format(file=path.name),
        )

    def _run(self, work: Callable[[], int], done_text: str) -> None:
        self.message.clear_message()
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.workers.run(
            work, lambda _pages: self._end(done_text, None), lambda exc: self._end("", exc)
        )

    def _end(self, text: str, error: BaseException | None) -> None:
        if error is not None:
            self.message.show_error(error_text(error))
        else:
            self.message.show_ok(text)
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.printed.emit()
