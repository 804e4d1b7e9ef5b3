"""The director's breach register: the list with each breach's 72-hour clock, a "New breach…"
dialog, and a detail panel with the next step and the papers (notice to A05, incident record,
letters to customers) rendered in a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.breaches import (
    CTX,
    NEXT_STATUS,
    BreachInfo,
    BreachStatus,
    BreachSummary,
    Clock,
    ClockState,
    clock,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.breach_notice import BreachPaper, export_breach_paper, print_breach_paper
from shopprivacy.reports.text import format_datetime
from shopprivacy.services import Services
from shopprivacy.ui.director.breach_dialogs import NewBreachDialog, StepDialog
from shopprivacy.ui.errors import error_text, tr_message
from shopprivacy.ui.widgets import ERROR_STYLE, OK_STYLE, MessageLabel, heading, paragraph
from shopprivacy.ui.workers import Workers

AMBER_STYLE = "color: #8a5300;"
CLOCK_STYLES = {
    ClockState.RUNNING: "",
    ClockState.DUE_SOON: AMBER_STYLE,
    ClockState.OVERDUE: ERROR_STYLE,
    ClockState.NOTIFIED_IN_TIME: OK_STYLE,
    ClockState.NOTIFIED_LATE: AMBER_STYLE,
}


def _lang() -> str:
    """Dates and papers in the language the screens are showing."""
    probe = "Open"
    return "vi" if QCoreApplication.translate(CTX, probe) != probe else "en"


def clock_text(state: Clock) -> str:
    return f"{state.icon} {tr_message(state.words())}"


class BreachesPage(QWidget):
    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.rows: list[BreachSummary] = []
        self.info: BreachInfo | None = None
        self.dialog: QDialog | None = None
        # Replaced in tests; a person gets the file dialog.
        self.ask_save_path: Callable[[str], str] = self._file_dialog

        self.new_button = QPushButton(self.tr("New breach…"))
        self.new_button.setObjectName("new_breach")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("breach_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Found"),
                self.tr("Status"),
                self.tr("Customers"),
                self.tr("72-hour clock"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = MessageLabel()
        self.message.setObjectName("breaches_message")

        self.detail = QLabel()
        self.detail.setObjectName("breach_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("breach_clock")
        self.clock_label.setWordWrap(True)
        self.step_button = QPushButton()
        self.step_button.setObjectName("next_step")
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("Notification to A05"), BreachPaper.AUTHORITY_NOTICE)
        self.paper.addItem(self.tr("Incident record (biên bản)"), BreachPaper.INCIDENT_RECORD)
        self.paper.addItem(self.tr("Letters to the customers"), BreachPaper.CUSTOMER_LETTERS)
        self.paper_lang = QComboBox()
        self.paper_lang.setObjectName("paper_language")
        self.paper_lang.addItem("Tiếng Việt", "vi")
        self.paper_lang.addItem("English", "en")
        self.paper_lang.setCurrentIndex(0 if _lang() == "vi" else 1)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print_paper")

        steps_box = QGroupBox(self.tr("Next step"))
        steps = QVBoxLayout(steps_box)
        steps.addWidget(self.clock_label)
        steps.addWidget(self.step_button, alignment=Qt.AlignmentFlag.AlignLeft)
        papers_box = QGroupBox(self.tr("Papers"))
        papers = QVBoxLayout(papers_box)
        papers.addWidget(self.paper)
        row = QHBoxLayout()
        row.addWidget(self.paper_lang)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        papers.addLayout(row)
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.addWidget(self.detail, 1)
        side.addWidget(steps_box)
        side.addWidget(papers_box)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Breach register")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Record every personal data breach here: a lost phone or laptop, a wrong "
                    "message, a break-in. From the moment it is found, the shop has 72 hours "
                    "to notify A05 (Ministry of Public Security)."
                )
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.open_new)
        self.step_button.clicked.connect(self.open_step)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.print_button.clicked.connect(self.ask_print)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # The clocks move: redraw them every minute without reading the database.
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self._redraw_clocks)
        self.timer.start()
        self.reload()

    # -- the list --------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        try:
            self.rows = self.services.breaches.list_breaches(self.actor)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            self.rows = []
        # Cleared quietly, so selecting the same row again reads the breach afresh.
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self.table.setRowCount(len(self.rows))
        lang = _lang()
        for n, b in enumerate(self.rows):
            count = (
                self.tr("All ({n})").format(n=b.customer_count)
                if b.all_customers
                else str(b.customer_count)
            )
            cells = (
                f"#{b.id}",
                format_datetime(b.found_at, lang),
                QCoreApplication.translate(CTX, b.status.label),
                count,
            )
            for col, text in enumerate(cells):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self._redraw_clocks()
        wanted = select_id if select_id is not None else (self.info.id if self.info else None)
        for n, b in enumerate(self.rows):
            if b.id == wanted:
                self.table.selectRow(n)
                break
        else:
            self.show_breach(None)

    def _redraw_clocks(self) -> None:
        now = self.services.vault.now()
        for n, b in enumerate(self.rows):
            state = clock(b.found_at, b.authority_notified_at, now)
            item = QTableWidgetItem(clock_text(state))
            if state.state is ClockState.OVERDUE:
                item.setForeground(Qt.GlobalColor.red)
            self.table.setItem(n, 4, item)
        if self.info is not None:
            self._show_clock(self.info)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.show_breach(None)
            return
        breach_id = self.rows[rows[0].row()].id
        if self.info is not None and self.info.id == breach_id:
            return
        try:
            self.show_breach(self.services.breaches.get_breach(self.actor, breach_id))
        except Exception as exc:
            self.show_breach(None)
            self.message.show_error(error_text(exc))

    # -- the detail panel ------------------------------------------------------------------
    def show_breach(self, info: BreachInfo | None) -> None:
        self.info = info
        for button in (self.pdf_button, self.print_button, self.step_button):
            button.setEnabled(info is not None)
        if info is None:
            self.detail.setText(self.tr("Choose a breach in the list to see it."))
            self.clock_label.clear()
            self.step_button.setText(self.tr("Next step…"))
            return
        lang = _lang()
        categories = ", ".join(QCoreApplication.translate(CTX, c.label) for c in info.categories)
        customers = (
            self.tr("all customers ({n})").format(n=len(info.customer_ids))
            if info.all_customers
            else ", ".join(f"#{c}" for c in info.customer_ids)
        )
        lines = [
            self.tr("Breach #{id} · {status}").format(
                id=info.id, status=QCoreApplication.translate(CTX, info.status.label)
            ),
            self.tr("Happened: {at}").format(at=format_datetime(info.happened_at, lang)),
            self.tr("Found: {at}").format(at=format_datetime(info.found_at, lang)),
            self.tr("Notify A05 by: {at}").format(at=format_datetime(info.deadline, lang)),
            self.tr("Data: {list}").format(list=categories),
            self.tr("Customers: {list}").format(list=customers),
            "",
            self.tr("What happened: {text}").format(text=info.description),
            self.tr("Measures taken: {text}").format(text=info.measures or "—"),
        ]
        if info.authority_notified_at is not None:
            lines.append(
                self.tr("A05 notified: {at}, reference {ref}").format(
                    at=format_datetime(info.authority_notified_at, lang),
                    ref=info.authority_reference,
                )
            )
        if info.customers_notified_at is not None:
            lines.append(
                self.tr("Customers notified: {at}").format(
                    at=format_datetime(info.customers_notified_at, lang)
                )
            )
        if info.closed_at is not None:
            lines.append(
                self.tr("Closed: {at}. {note}").format(
                    at=format_datetime(info.closed_at, lang), note=info.closing_note
                )
            )
        self.detail.setText("\n".join(lines))
        step = NEXT_STATUS.get(info.status)
        labels = {
            BreachStatus.AUTHORITY_NOTIFIED: self.tr("A05 notified…"),
            BreachStatus.CUSTOMERS_NOTIFIED: self.tr("Customers notified…"),
            BreachStatus.CLOSED: self.tr("Close the breach…"),
        }
        self.step_button.setText(labels[step] if step else self.tr("Closed"))
        self.step_button.setEnabled(step is not None)
        self._show_clock(info)

    def _show_clock(self, info: BreachInfo) -> None:
        state = clock(info.found_at, info.authority_notified_at, self.services.vault.now())
        self.clock_label.setStyleSheet(CLOCK_STYLES[state.state])
        self.clock_label.setText(clock_text(state))

    def open_new(self) -> None:
        self.message.clear_message()
        dialog = NewBreachDialog(self.services, self.actor, self.workers, self)
        dialog.accepted.connect(lambda: self._recorded(dialog))
        self.dialog = dialog
        dialog.open()

    def _recorded(self, dialog: NewBreachDialog) -> None:
        if dialog.recorded is not None:
            self.info = None
            self.reload(dialog.recorded.id)
            self.message.show_ok(
                self.tr("Breach #{id} recorded. The 72-hour clock is running.").format(
                    id=dialog.recorded.id
                )
            )

    def open_step(self) -> None:
        info = self.info
        step = NEXT_STATUS.get(info.status) if info else None
        if info is None or step is None:
            return
        self.message.clear_message()
        dialog = StepDialog(self.services, self.actor, self.workers, info, step, self)
        dialog.accepted.connect(lambda: self._stepped(dialog))
        self.dialog = dialog
        dialog.open()

    def _stepped(self, dialog: StepDialog) -> None:
        if dialog.result_info is not None:
            self.info = None
            self.reload(dialog.result_info.id)
            self.message.show_ok(self.tr("Step saved."))

    # -- papers ----------------------------------------------------------------------------
    def _file_dialog(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        return path

    def ask_pdf(self) -> None:
        if self.info is None:
            return
        paper = BreachPaper(self.paper.currentData())
        chosen = self.ask_save_path(f"{paper}-{self.info.id}.pdf")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        services, actor, bid, lang = self.services, self.actor, self.info.id, self.paper_lang_code()
        self._run(
            lambda: export_breach_paper(services, actor, bid, paper, path, lang),
            self.tr("Saved: {file}").format(file=path.name),
        )

    def ask_print(self) -> None:
        if self.info is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        paper = BreachPaper(self.paper.currentData())
        services, actor, bid, lang = self.services, self.actor, self.info.id, self.paper_lang_code()
        self._run(
            lambda: print_breach_paper(services, actor, bid, paper, printer, lang),
            self.tr("Sent to the printer."),
        )

    def paper_lang_code(self) -> str:
        return str(self.paper_lang.currentData())

    def _run(self, work: Callable[[], int], done_text: str) -> None:
        self.message.clear_message()
        self.pdf_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.workers.run(
            work, lambda _pages: self._end(done_text, None), lambda e: self._end("", e)
        )

    def _end(self, text: str, error: BaseException | None) -> None:
        enabled = self.info is not None
        self.pdf_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)
        if error is not None:
            self.message.show_error(error_text(error))
        else:
            self.message.show_ok(text)
