"""The director's access review: who did what, per-staff summaries, flags to look at, and the
audit chain's state. All reading happens in a worker; the service logs each look."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.shop_clock import shop_today
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.access_review import export_access_review_pdf, print_access_review
from shopprivacy.reports.text import format_datetime
from shopprivacy.services import Services
from shopprivacy.services.access_review import AccessReview, ReviewedFlag, ReviewQuery
from shopprivacy.ui.director.access_review_dialogs import FlagReviewDialog, flag_text
from shopprivacy.ui.director.access_review_filters import FilterBar
from shopprivacy.ui.director.access_review_model import EntriesModel, SummaryModel, screen_language
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import ERROR_STYLE, OK_STYLE, MessageLabel, heading
from shopprivacy.ui.workers import Workers


def table_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AccessReviewPage(QWidget):
    """``loaded`` fires after each look at the log (shown or failed); ``output_done`` after
    each print or PDF."""

    loaded = Signal()
    output_done = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        workers: Workers,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.result: AccessReview | None = None
        self.dialog: FlagReviewDialog | None = None
        self.filters = FilterBar(today or shop_today(services.vault.now()))
        self.chain_state = QLabel()
        self.chain_state.setObjectName("chain_state")
        self.chain_state.setWordWrap(True)
        self.chain_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = MessageLabel()
        self.message.setObjectName("review_page_message")

        self.entries_model = EntriesModel(self)
        self.entries_view = table_view("review_entries")
        self.entries_view.setModel(self.entries_model)
        self.summary_model = SummaryModel(self)
        self.summary_view = table_view("review_summary")
        self.summary_view.setModel(self.summary_model)
        self.summary_view.horizontalHeader().setStretchLastSection(False)
        self.flags_list = QListWidget()
        self.flags_list.setObjectName("review_flags")
        self.flags_list.setWordWrap(True)
        self.mark_button = QPushButton(self.tr("Mark reviewed…"))
        self.mark_button.setObjectName("mark_reviewed")
        self.mark_button.setEnabled(False)
        flags_page = QWidget()
        flags_layout = QVBoxLayout(flags_page)
        flags_layout.addWidget(self.flags_list)
        flags_layout.addWidget(self.mark_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.views = QTabWidget()
        self.views.setObjectName("review_views")
        self.views.addTab(self.entries_view, self.tr("Entries"))
        self.views.addTab(self.summary_view, self.tr("Per staff member"))
        self.views.addTab(flags_page, self.tr("Flags"))

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print_review")
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("save_review_pdf")
        paper = QHBoxLayout()
        paper.addWidget(self.chain_state, 1)
        paper.addWidget(self.print_button)
        paper.addWidget(self.pdf_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Access review")))
        layout.addWidget(self.filters)
        layout.addLayout(paper)
        layout.addWidget(self.message)
        layout.addWidget(self.views, 1)

        self.filters.requested.connect(self.refresh)
        self.flags_list.currentRowChanged.connect(self._flag_chosen)
        self.flags_list.itemDoubleClicked.connect(lambda _item: self.open_review_dialog())
        self.mark_button.clicked.connect(self.open_review_dialog)
        self.print_button.clicked.connect(self.ask_printer)
        self.pdf_button.clicked.connect(self.ask_pdf_path)

    def showEvent(self, event: QShowEvent) -> None:
        # The first look happens when the tab is opened, not at every sign-in.
        super().showEvent(event)
        if self.result is None and self.filters.show_button.isEnabled():
            self.refresh()

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        query = self.filters.query()
        self.filters.show_button.setEnabled(False)
        self.message.clear_message()
        services, actor = self.services, self.actor
        self.workers.run(
            lambda: services.access_review.review(actor, query), self._loaded, self._failed
        )

    def _loaded(self, result: AccessReview) -> None:
        self.result = result
        self.filters.show_button.setEnabled(True)
        self.filters.set_staff(result.staff_names)
        self.entries_model.set_entries(result.entries, result.staff_names)
        self.summary_model.set_summaries(result.summaries)
        self._show_flags(result.flags)
        self._show_chain(result)
        if result.truncated:
            self.message.show_error(
                self.tr("This period holds too many entries. Choose a shorter period.")
            )
        self.views.setTabText(0, self.tr("Entries ({n})").format(n=len(result.entries)))
        open_flags = sum(f.review is None for f in result.flags)
        self.views.setTabText(
            2,
            self.tr("Flags ({open} to review of {n})").format(open=open_flags, n=len(result.flags)),
        )
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.filters.show_button.setEnabled(True)
        self.message.show_error(error_text(error))
        self.loaded.emit()

    def _show_chain(self, result: AccessReview) -> None:
        chain = result.chain
        if chain.ok:
            self.chain_state.setStyleSheet(OK_STYLE)
            self.chain_state.setText(
                self.tr("✔ Audit log is whole: {n} entries. Head hash: {hash}").format(
                    n=chain.head_seq, hash=chain.head_hash
                )
            )
        else:
            self.chain_state.setStyleSheet(ERROR_STYLE)
            self.chain_state.setText(
                self.tr("✖ BROKEN: the audit log is not whole from entry no. {seq}.").format(
                    seq=chain.broken_seq
                )
            )

    def _show_flags(self, flags: list[ReviewedFlag]) -> None:
        names = self.result.staff_names if self.result else {}
        self.flags_list.clear()
        lang = screen_language()
        for reviewed in flags:
            text = flag_text(reviewed.flag, names)
            if reviewed.review is None:
                text = "⚑ " + text + "\n" + self.tr("Not reviewed yet.")
            else:
                r = reviewed.review
                text = (
                    "✔ "
                    + text
                    + "\n"
                    + self.tr("Reviewed by {who} on {when}: {note}").format(
                        who=r.reviewed_by, when=format_datetime(r.reviewed_at, lang), note=r.note
                    )
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, reviewed.flag.key)
            self.flags_list.addItem(item)
        self.mark_button.setEnabled(False)

    def _flag_chosen(self, row: int) -> None:
        self.mark_button.setEnabled(row >= 0)

    def chosen_flag(self) -> ReviewedFlag | None:
        row = self.flags_list.currentRow()
        if self.result is None or not 0 <= row < len(self.result.flags):
            return None
        return self.result.flags[row]

    def open_review_dialog(self) -> None:
        chosen = self.chosen_flag()
        if chosen is None or self.result is None:
            return
        note = chosen.review.note if chosen.review else ""
        dialog = FlagReviewDialog(
            self.services, self.actor, chosen.flag, self.result.staff_names, note, parent=self
        )
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()

    # -- paper ---------------------------------------------------------------------------------
    def _period(self) -> ReviewQuery:
        return self.filters.query()

    def ask_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            q, lang = self._period(), screen_language()
            services, actor = self.services, self.actor
            self._run_output(
                lambda: print_access_review(services, actor, q.date_from, q.date_to, printer, lang),
                self.tr("The access review was sent to the printer."),
            )

    def ask_pdf_path(self) -> None:
        q = self._period()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the access review"),
            self.tr("access-review-{start}-{end}.pdf").format(start=q.date_from, end=q.date_to),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        q, lang = self._period(), screen_language()
        services, actor = self.services, self.actor
        self._run_output(
            lambda: export_access_review_pdf(services, actor, q.date_from, q.date_to, path, lang),
            self.tr("The access review was saved: {file}").format(file=path.name),
        )

    def _run_output(self, work: Callable[[], int], done_text: str) -> None:
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.message.clear_message()
        self.workers.run(
            work,
            lambda _pages: self._output_end(done_text, None),
            lambda exc: self._output_end("", exc),
        )

    def _output_end(self, text: str, error: BaseException | None) -> None:
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        if error is not None:
            self.message.show_error(error_text(error))
        else:
            self.message.show_ok(text)
        self.output_done.emit()
