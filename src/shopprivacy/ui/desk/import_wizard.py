"""Importing the shop's old spreadsheet: file, column mapping with a preview, a check that
lists every rejected row, then the import with progress and Cancel, and the rejected rows saved
to a file to fix and import again. The service does the work; this only guides."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from shopprivacy.domain.importing import ImportPreview, ImportReport
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.desk.import_pages import FilePage, MappingPage, ReportPage
from shopprivacy.ui.desk.import_run import ImportJob
from shopprivacy.ui.workers import Workers


class ImportWizard(QWizard):
    """``imported`` fires when customers were added or merged."""

    imported = Signal()

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import customers from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = ReportPage(self, dry_run=True)
        self.run_page = ReportPage(self, dry_run=False)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Done"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 125, metrics.height() * 36)

    def read_preview(self, path: Path) -> ImportPreview:
        """The file's headers and first rows (runs in a worker; raises the service's error for
        a file it cannot read)."""
        return self.services.importer.preview(self.actor, path)

    def set_preview(self, path: Path, preview: ImportPreview) -> None:
        self.path, self.preview = path, preview

    def start(self, job: ImportJob, dry_run: bool, rejects_path: Path | None = None) -> None:
        assert self.path is not None
        job.start(
            self.services,
            self.actor,
            self.path,
            self.mapping_page.table.mapping(),
            self.mapping_page.choice(),
            self.mapping_page.chosen_source(),
            dry_run,
            rejects_path,
        )

    def write_rejects(
        self,
        path: Path,
        on_done: Callable[[ImportReport], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """The rejected rows (original columns plus the reason) to ``path``: a check of the
        same file with the same mapping finds exactly the same rows."""
        job = ImportJob(self.workers, self)
        job.done.connect(on_done)
        job.failed.connect(on_error)
        self.start(job, dry_run=True, rejects_path=path)

    def reject(self) -> None:
        # Closing while a run is under way cancels it: nothing is saved half-way.
        for page in (self.check_page, self.run_page):
            page.job.cancel()
        super().reject()
