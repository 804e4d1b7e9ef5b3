"""The director's retention screen: customers kept past their retention date (numbers and dates
only, nothing decrypted here), and a purge of the selected ones or of all of them, after the
director has seen who will be erased and typed how many.

The purge is the same erasure a deletion request uses; it runs in a worker in batches with a
progress bar and a Cancel button that stops between batches (a batch is erased whole or not at
all). The list is read when the screen is first shown: reading it is audited.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.staff import Actor
from shopprivacy.reports.register_reports import export_retention_register_pdf
from shopprivacy.reports.text import SHOP_ZONE
from shopprivacy.services import Services
from shopprivacy.services.retention import PurgeResult, RetentionDue
from shopprivacy.ui.director.access_review_model import screen_language
from shopprivacy.ui.director.retention_confirm import (
    PurgeConfirmDialog,
    due_table,
    fill_due_table,
)
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, heading, paragraph
from shopprivacy.ui.workers import Workers


class RetentionPage(QWidget):
    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.rows: list[RetentionDue] = []
        self.loaded = False
        self.confirm_box: PurgeConfirmDialog | None = None
        self.confirm_yes: QPushButton | None = None
        self.last_result: PurgeResult | None = None
        self._purge_ids: list[int] | None = None
        self._cancel = False
        self._busy = False

        self.summary = paragraph("")
        self.summary.setObjectName("retention_summary")
        self.table = due_table(self, "retention_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.refresh_button = QPushButton(self.tr("Refresh the list"))
        self.refresh_button.setObjectName("retention_refresh")
        self.purge_selected_button = QPushButton(self.tr("Erase selected…"))
        self.purge_selected_button.setObjectName("purge_selected")
        self.purge_all_button = QPushButton(self.tr("Erase all listed…"))
        self.purge_all_button.setObjectName("purge_all")
        self.pdf_button = QPushButton(self.tr("Save register as PDF…"))
        self.pdf_button.setObjectName("retention_register_pdf")
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("purge_cancel")
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("purge_progress")
        self.progress.hide()
        self.message = MessageLabel()
        self.message.setObjectName("retention_message")

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_selected_button)
        buttons.addWidget(self.purge_all_button)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Records past their retention date")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "These customers have been kept longer than the shop's privacy policy "
                    "allows. Their personal data should be erased. Customers with a request "
                    "still open are not listed here: answer the request first."
                )
            )
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(working)
        layout.addWidget(self.message)

        self.refresh_button.clicked.connect(self.refresh)
        self.purge_selected_button.clicked.connect(self.purge_selected)
        self.purge_all_button.clicked.connect(self.purge_all)
        self.cancel_button.clicked.connect(self.cancel)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    # --- the list ----------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """The data changed underneath (a restore): reload now if on screen, else when next
        shown, so no list is read, and audited, that nobody looks at."""
        self.loaded = False
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.loaded = True
        try:
            self.rows = self.services.retention.due(self.actor)
        except Exception as exc:
            self.rows = []
            self.message.show_error(error_text(exc))
        fill_due_table(self.table, self.rows)
        if self.rows:
            self.summary.setText(
                self.tr("⚠ {n} customers are past their retention date.").format(n=len(self.rows))
            )
        else:
            self.summary.setText(self.tr("✔ No customer is past their retention date."))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].customer_id for r in rows if r < len(self.rows)]

    def _update_buttons(self) -> None:
        busy = self._busy
        self.refresh_button.setEnabled(not busy)
        self.purge_selected_button.setEnabled(not busy and bool(self.selected_ids()))
        self.purge_all_button.setEnabled(not busy and bool(self.rows))

    # --- the printed register ----------------------------------------------------------------

    def ask_pdf(self) -> None:
        today = self.services.vault.now().astimezone(SHOP_ZONE).date()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save register as PDF…"),
            f"luu-tru-{today:%Y%m%d}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        services, actor, lang = self.services, self.actor, screen_language()
        self.pdf_button.setEnabled(False)
        self.message.clear_message()
        self.workers.run(
            lambda: export_retention_register_pdf(services, actor, path, lang),
            lambda _pages: self._pdf_end(path, None),
            lambda exc: self._pdf_end(path, exc),
        )

    def _pdf_end(self, path: Path, error: BaseException | None) -> None:
        self.pdf_button.setEnabled(True)
        if error is not None:
            self.message.show_error(error_text(error))
        else:
            self.message.show_ok(self.tr("Saved: {path}").format(path=path))

    # --- the purge ---------------------------------------------------------------------------

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._confirm(ids)

    def purge_all(self) -> None:
        if self.rows:
            self._confirm(None)

    def _confirm(self, ids: list[int] | None) -> None:
        self._purge_ids = ids
        chosen = [r for r in self.rows if ids is None or r.customer_id in ids]
        dialog = PurgeConfirmDialog(chosen, self)
        self.confirm_box, self.confirm_yes = dialog, dialog.yes
        dialog.accepted.connect(lambda: self._start_purge(ids, dialog.count))
        dialog.open()

    def _start_purge(self, ids: list[int] | None, count: int) -> None:
        self._cancel = False
        self._busy = True
        self._update_buttons()
        self.message.clear_message()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Erasing…"))
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.workers.run(
            lambda progress: self.services.retention.purge(
                self.actor, count, ids, progress, cancel=lambda: self._cancel
            ),
            self._purged,
            self._failed,
            self._progress,
        )

    def cancel(self) -> None:
        # Read by the worker between batches; the batch under way finishes whole.
        self._cancel = True
        self.cancel_button.setEnabled(False)
        self.progress.setFormat(self.tr("Stopping after the current batch…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(self.tr("{done} of {total} erased").format(done=done, total=total))

    def _purged(self, result: PurgeResult) -> None:
        self._finish()
        self.last_result = result
        parts = [self.tr("{n} customers erased.").format(n=len(result.erased))]
        if result.cancelled:
            parts.append(self.tr("Stopped before the end: the others were not touched."))
        if result.skipped_open_request:
            parts.append(
                self.tr(
                    "{n} customers were held back because they have a request still open: "
                    "answer it first, then erase them."
                ).format(n=result.skipped_open_request)
            )
        self.message.show_ok(" ".join(parts))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.message.show_error(error_text(error))
        self.refresh()

    def _finish(self) -> None:
        self._busy = False
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()
