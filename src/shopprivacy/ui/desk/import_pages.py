"""The import wizard's pages: choose the file, map its columns, check it, import it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from shopprivacy.domain.customers import OptionalField, Source
from shopprivacy.domain.import_profiles import PROFILE_BY_KEY
from shopprivacy.domain.importing import DuplicateChoice, ImportPreview, ImportReport
from shopprivacy.ui.desk.import_mapping import MappingTable
from shopprivacy.ui.desk.import_run import ImportJob
from shopprivacy.ui.desk.labels import field_label, source_label
from shopprivacy.ui.errors import error_text, tr_message
from shopprivacy.ui.widgets import MessageLabel, paragraph

if TYPE_CHECKING:
    from shopprivacy.ui.desk.import_wizard import ImportWizard


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "A CSV, Excel or OpenDocument file with one customer per row and a header row "
                "(exports of KiotViet, Sapo, Haravan, Google Contacts and Outlook are "
                "recognised), or a phone's contacts saved as vCards (.vcf)."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("Browse…"))
        self.message = MessageLabel()
        self.message.setObjectName("file_message")
        self.reading = False
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # reading: no count to show, only that it is working
        self.busy.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        browse.clicked.connect(self.browse)
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())

    def browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet"),
            "",
            self.tr("Customer lists (*.csv *.txt *.xlsx *.xls *.ods *.vcf)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.reading

    def validatePage(self) -> bool:
        """Next reads the file in a worker (a big workbook takes a while) and moves on by
        itself once its first rows are there."""
        path = Path(self.path.text().strip())
        if self.owner.preview is not None and self.owner.path == path:
            return True
        self.message.clear_message()
        self.reading = True
        self.busy.show()
        self.completeChanged.emit()
        self.owner.workers.run(
            lambda: self.owner.read_preview(path),
            lambda preview: self._read(path, preview),
            self._unreadable,
        )
        return False

    def _read(self, path: Path, preview: ImportPreview) -> None:
        self._stop_reading()
        self.owner.set_preview(path, preview)
        self.owner.next()

    def _unreadable(self, error: BaseException) -> None:
        self._stop_reading()
        self.message.show_error(error_text(error))

    def _stop_reading(self) -> None:
        self.reading = False
        self.busy.hide()
        self.completeChanged.emit()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What each column holds"))
        self.table = MappingTable()
        self.info = paragraph("")
        self.info.setObjectName("mapping_info")
        self.notices = MessageLabel()
        self.notices.setObjectName("file_notices")
        self.skip = QRadioButton(self.tr("Skip them: keep the customer on file as it is"))
        self.skip.setObjectName("duplicates_skip")
        self.merge = QRadioButton(
            self.tr("Merge them: add new phones, emails and empty fields to that customer")
        )
        self.merge.setObjectName("duplicates_merge")
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.merge)
        self.source = QComboBox()
        self.source.setObjectName("import_source")
        for s in Source:
            self.source.addItem(source_label(s), s.value)
        self.source.setCurrentIndex(self.source.findData(Source.OTHER.value))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Rows whose phone or email is already on file:"), self.skip)
        form.addRow("", self.merge)
        form.addRow(self.tr("Where the details came from:"), self.source)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.notices)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    def initializePage(self) -> None:
        preview = self.owner.preview
        assert preview is not None
        self.table.show_preview(preview)
        profile = PROFILE_BY_KEY.get(preview.profile or "")
        source = (
            self.tr("Recognised: an export of {name}. Its columns are chosen below.").format(
                name=QCoreApplication.translate("import", profile.name)
            )
            if profile
            else self.tr("Not a known tool's export: the columns were guessed from the headers.")
        )
        self.info.setText(
            source
            + " "
            + self.tr(
                "The file has {n} rows. Check the first ones below and choose, over each "
                "column, what it holds."
            ).format(n=preview.total_rows)
        )
        self.notices.clear_message()
        if preview.notices:
            self.notices.show_error(" ".join(tr_message(m) for m in preview.notices))

    def choice(self) -> DuplicateChoice:
        return DuplicateChoice.MERGE if self.merge.isChecked() else DuplicateChoice.SKIP

    def chosen_source(self) -> Source:
        return Source(self.source.currentData())


def summary_text(report: ImportReport) -> str:
    if report.cancelled:
        return QCoreApplication.translate("ImportSummary", "Cancelled: nothing was saved.")
    added = (
        QCoreApplication.translate("ImportSummary", "New customers to add: {n}")
        if report.dry_run
        else QCoreApplication.translate("ImportSummary", "New customers added: {n}")
    )
    lines = [
        QCoreApplication.translate("ImportSummary", "Rows read: {n}").format(n=report.rows_read),
        added.format(n=report.imported),
        QCoreApplication.translate(
            "ImportSummary", "Already on file: {n} (merged: {merged})"
        ).format(n=report.duplicates, merged=report.merged),
        QCoreApplication.translate("ImportSummary", "Blank rows skipped: {n}").format(
            n=report.blank
        ),
        QCoreApplication.translate(
            "ImportSummary", "Rows with a problem (not imported): {n}"
        ).format(n=len(report.rejected)),
    ]
    if report.warnings:
        lines.append(
            QCoreApplication.translate(
                "ImportSummary", "Imported without a detail that was wrong: {n}"
            ).format(n=len(report.warnings))
        )
    if report.ignored_columns:
        lines.append(
            QCoreApplication.translate(
                "ImportSummary",
                "Columns not imported because the shop does not collect them: {names}",
            ).format(names=", ".join(report.ignored_columns))
        )
    return "\n".join(lines)


def problem_field_names() -> dict[str, str]:
    """The shop's word for each field a rejected row can be wrong in (validation names them)."""
    names: dict[str, str] = {f.value: label for f, label in MappingTable().labels().items()}
    names |= {f.value: field_label(f) for f in OptionalField}
    tr = QCoreApplication.translate
    names |= {
        "full_name": tr("ReportPage", "Full name"),
        "phone": tr("ReportPage", "Phone"),
        "email": tr("ReportPage", "Email"),
        "contacts": tr("ReportPage", "Phone or email"),
        "guardian": tr("ReportPage", "Guardian"),
        "guardian_phone": tr("ReportPage", "Guardian's phone"),
    }
    return names


class ReportPage(QWizardPage):
    """Runs the import service and shows its report: as a check (``dry_run``, nothing saved)
    or as the import itself, which can then save the rejected rows to a file."""

    def __init__(self, wizard: ImportWizard, dry_run: bool) -> None:
        super().__init__()
        self.owner = wizard
        self.dry_run = dry_run
        self.job = ImportJob(wizard.workers, self)
        self.report: ImportReport | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("check_progress" if dry_run else "import_progress")
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_check" if dry_run else "cancel_import")
        self.summary = paragraph("")
        self.summary.setObjectName("check_summary" if dry_run else "import_summary")
        self.message = MessageLabel()
        self.rejects = QTableWidget(0, 3)
        self.rejects.setObjectName("rejected_rows")
        self.rejects.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Field"), self.tr("Problem")]
        )
        self.rejects.setWordWrap(True)
        self.rejects.verticalHeader().hide()
        self.rejects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejects.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.save_rejects = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejects.setObjectName("save_rejects")
        self.save_rejects.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejects, 1)
        layout.addWidget(self.save_rejects)
        if dry_run:
            self.setTitle(self.tr("Check before importing"))
            self.setSubTitle(
                self.tr(
                    "Nothing is saved yet. Rows with a problem are listed with "
                    "the reason; the others will be imported together."
                )
            )
            self.setCommitPage(True)
        else:
            self._show_title(finished=False)
        self.cancel_button.clicked.connect(self.job.cancel)
        self.job.progress.connect(self.progress.setValue)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.save_rejects.clicked.connect(self.ask_rejects_path)

    def _show_title(self, finished: bool) -> None:
        """While it runs the page says so; once done it says it is done (the wizard's last page)."""
        if finished:
            self.setTitle(self.tr("Import finished"))
            self.setSubTitle(self.tr("Every valid row is saved. Press Finish to close."))
        else:
            self.setTitle(self.tr("Importing"))
            self.setSubTitle(self.tr("All valid rows are saved together, or none if you cancel."))

    def initializePage(self) -> None:
        self.report = None
        if not self.dry_run:
            self._show_title(finished=False)
        self.summary.clear()
        self.message.clear_message()
        self.rejects.setRowCount(0)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.save_rejects.hide()
        self.completeChanged.emit()
        self.owner.start(self.job, dry_run=self.dry_run)

    def isComplete(self) -> bool:
        return self.report is not None and not self.report.cancelled

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.cancel_button.setEnabled(False)
        if not report.cancelled:
            self.progress.setValue(100)
        self.summary.setText(summary_text(report))
        kept = self.tr("Imported without this detail: {reason}")
        names = problem_field_names()
        lines = [(p.row, p.field, tr_message(p.reason)) for p in report.rejected] + [
            (p.row, p.field, kept.format(reason=tr_message(p.reason))) for p in report.warnings
        ]
        self.rejects.setRowCount(len(lines))
        for row, (number, field, text) in enumerate(lines):
            self.rejects.setItem(row, 0, QTableWidgetItem(str(number)))
            self.rejects.setItem(row, 1, QTableWidgetItem(names.get(field or "", field or "")))
            self.rejects.setItem(row, 2, QTableWidgetItem(text))
        self.rejects.resizeRowsToContents()
        self.completeChanged.emit()
        if self.dry_run or report.cancelled:
            return
        self._show_title(finished=True)
        self.save_rejects.setVisible(bool(report.rejected))
        if report.rejected:
            self.message.show_info(
                self.tr(
                    "Save the rejected rows to a file, correct them in your spreadsheet "
                    "program and import that file again."
                )
            )
        if report.imported or report.merged:
            self.owner.imported.emit()

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        self.message.show_error(error_text(error))
        self.completeChanged.emit()

    def ask_rejects_path(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rejected rows"),
            self.tr("rows-to-fix.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.save_rejects_to(Path(path))

    def save_rejects_to(self, path: Path) -> None:
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self.save_rejects.setEnabled(False)
        self.owner.write_rejects(path, self._rejects_saved, self._rejects_failed)

    def _rejects_saved(self, report: ImportReport) -> None:
        self.save_rejects.setEnabled(True)
        if report.rejects_file is not None:
            self.message.show_ok(
                self.tr(
                    "{n} rows to fix were saved to {file}. Correct them and import that file again."
                ).format(n=len(report.rejected), file=report.rejects_file.name)
            )

    def _rejects_failed(self, error: BaseException) -> None:
        self.save_rejects.setEnabled(True)
        self.message.show_error(error_text(error))
