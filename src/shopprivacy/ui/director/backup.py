"""The director's backups: when the last one was made, make a new one, restore an old one.

A restore is confirmed on a screen that shows the backup's own date and counts (read from its
sealed manifest, checked before anything is shown) and says plainly what a restore does. Both
jobs run in a worker with a progress bar; the service checks the whole file first, so a damaged
file is refused before anything changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.staff import Actor
from shopprivacy.reports.text import local_time
from shopprivacy.services import Services
from shopprivacy.services.backup import SUFFIX, BackupResult, BackupStatus, RestoreResult
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import ERROR_STYLE, MessageLabel, confirmation, heading, paragraph
from shopprivacy.ui.workers import Workers

if TYPE_CHECKING:
    from shopprivacy.storage.backup_format import Manifest

CUSTOMERS_TABLE = "customers"


def shop_time(moment: datetime) -> str:
    """dd/MM/yyyy HH:mm on the shop's clock, whatever the screen language."""
    return f"{local_time(moment):%d/%m/%Y %H:%M}"


def default_name(now: datetime) -> str:
    return f"shopprivacy-{local_time(now):%Y%m%d-%H%M}{SUFFIX}"


class BackupPage(QWidget):
    """Signals ``restored`` after a restore so other screens can reload what they show."""

    restored = Signal()

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        # Replaced in tests; a person gets the file dialogs.
        self.ask_save_path: Callable[[str], str] = self._save_dialog
        self.ask_open_path: Callable[[], str] = self._open_dialog
        self.confirm_box: QMessageBox | None = None
        self.last_backup: BackupResult | None = None
        self.last_restore: RestoreResult | None = None
        self._restore_path: Path | None = None
        self.confirm_yes: QPushButton | None = None

        self.status_label = paragraph("")
        self.status_label.setObjectName("backup_status")
        self.make_button = QPushButton(self.tr("Make a backup…"))
        self.make_button.setObjectName("make_backup")
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("restore_backup")
        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.hide()
        self.message = MessageLabel()
        self.message.setObjectName("backup_message")

        status_box = QGroupBox(self.tr("Last backup"))
        QVBoxLayout(status_box).addWidget(self.status_label)
        make_box = QGroupBox(self.tr("Make a backup"))
        make = QVBoxLayout(make_box)
        make.addWidget(
            paragraph(
                self.tr(
                    "A backup is one encrypted file with all the shop's data. Staff can keep "
                    "working while it is made. It opens only with this shop's keys: keep it on "
                    "a USB drive or another PC, away from this one."
                )
            )
        )
        make.addWidget(self.make_button, alignment=Qt.AlignmentFlag.AlignLeft)
        restore_box = QGroupBox(self.tr("Restore"))
        restore = QVBoxLayout(restore_box)
        restore.addWidget(
            paragraph(
                self.tr(
                    "Puts the shop's data back as it was when a backup was made. You will see "
                    "the backup's date and contents and confirm before anything changes."
                )
            )
        )
        restore.addWidget(self.restore_button, alignment=Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Backups")))
        layout.addWidget(status_box)
        layout.addWidget(make_box)
        layout.addWidget(restore_box)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.make_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.choose_restore)
        self.refresh()

    # --- status ------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            status = self.services.backup.status()
        except Exception as exc:
            self.status_label.setText(error_text(exc))
            return
        self._show_status(status)

    def _show_status(self, status: BackupStatus) -> None:
        if status.last_backup_at is None:
            text = self.tr("⚠ No backup has been made yet. Make one now.")
        else:
            text = self.tr("Last backup: {when}.").format(when=shop_time(status.last_backup_at))
            if status.overdue:
                text = (
                    "⚠ "
                    + text
                    + " "
                    + self.tr("That is more than {days} days ago: make a new backup today.").format(
                        days=status.reminder_days
                    )
                )
            else:
                text = "✔ " + text
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if status.overdue else "")

    # --- making a backup ---------------------------------------------------------------------

    def make_backup(self) -> None:
        chosen = self.ask_save_path(default_name(self.services.vault.now()))
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        self._start(self.tr("Making the backup…"))
        self.workers.run(
            lambda progress: self.services.backup.create_backup(self.actor, path, progress),
            self._backed_up,
            self._failed,
            self._progress,
        )

    def _backed_up(self, result: BackupResult) -> None:
        self._stop()
        self.last_backup = result
        self.message.show_ok(
            self.tr("Backup saved: {file} ({rows} rows, {size}). Made at {when}.").format(
                file=result.path.name,
                rows=result.rows,
                size=_size(result.size),
                when=shop_time(result.created_at),
            )
        )
        self.refresh()

    # --- restoring ---------------------------------------------------------------------------

    def choose_restore(self) -> None:
        chosen = self.ask_open_path()
        if not chosen:
            return
        path = Path(chosen)
        self._restore_path = path
        # Checking the seal reads the whole file: off the GUI thread.
        self._start(self.tr("Checking the backup file…"))
        self.workers.run(
            lambda: self.services.backup.describe(path), self._confirm_restore, self._failed
        )

    def _confirm_restore(self, manifest: Manifest) -> None:
        self._stop()
        when = shop_time(datetime.fromisoformat(manifest.created_at))
        customers = manifest.row_counts.get(CUSTOMERS_TABLE, 0)
        box, self.confirm_yes = confirmation(
            self,
            "confirm_restore",
            self.tr("Restore from a backup"),
            self.tr(
                "Restore the backup made on {when}?\nCustomers in this backup: {customers}."
            ).format(when=when, customers=customers),
            "• "
            + self.tr("Every change made after {when} is replaced by the backup's data.").format(
                when=when
            )
            + "\n• "
            + self.tr(
                "Customers erased since then are erased again, so erased customers stay erased."
            )
            + "\n• "
            + self.tr("Staff accounts, passwords, settings and the audit log stay as they are now.")
            + "\n• "
            + self.tr("A safety copy of today's data is saved first."),
            (self.tr("Restore"), "restore_yes"),
            self.tr("Cancel"),
        )
        box.buttonClicked.connect(self._confirm_clicked)
        self.confirm_box = box
        box.open()

    def _confirm_clicked(self, button: object) -> None:
        if button is not self.confirm_yes or self._restore_path is None:
            return
        path = self._restore_path
        self._start(self.tr("Restoring… Please keep the app open."))
        self.workers.run(
            lambda progress: self.services.backup.restore_backup(self.actor, path, progress),
            self._restored,
            self._failed,
            self._progress,
        )

    def _restored(self, result: RestoreResult) -> None:
        self._stop()
        self.last_restore = result
        text = self.tr("Restored the backup made on {when}: {rows} rows.").format(
            when=shop_time(result.backup_created_at), rows=result.rows_restored
        )
        if result.erasures_replayed:
            text += " " + self.tr(
                "{n} customers erased since that backup were erased again."
            ).format(n=result.erasures_replayed)
        else:
            text += " " + self.tr("No customer had been erased since that backup.")
        text += " " + self.tr("The data as it was before the restore is saved in {file}.").format(
            file=str(result.safety_copy)
        )
        self.message.show_ok(text)
        self.refresh()
        self.restored.emit()

    # --- shared ------------------------------------------------------------------------------

    def _start(self, what: str) -> None:
        self.make_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.message.clear_message()
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.setFormat(what)
        self.progress.setTextVisible(True)
        self.progress.show()

    def _stop(self) -> None:
        self.make_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.progress.hide()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat("%p%")

    def _failed(self, error: BaseException) -> None:
        self._stop()
        self.message.show_error(error_text(error))

    def _save_dialog(self, suggested: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the backup as"),
            str(Path.home() / suggested),
            self.tr("ShopPrivacy backups (*{suffix})").format(suffix=SUFFIX),
        )
        return chosen

    def _open_dialog(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup to restore"),
            str(Path.home()),
            self.tr("ShopPrivacy backups (*{suffix})").format(suffix=SUFFIX),
        )
        return chosen


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{max(1, round(n / 1024))} KB"
