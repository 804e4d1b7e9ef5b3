"""The marketing list for one channel: only customers whose consent for it is in force, written
to a CSV file by the service in a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from shopprivacy.domain.consents import MARKETING_CHANNELS, Purpose
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.services.marketing import ExportResult
from shopprivacy.ui.desk.labels import purpose_label
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, paragraph
from shopprivacy.ui.workers import Workers


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ExportDialog(QDialog):
    """``exported`` carries the ExportResult."""

    exported = Signal(object)

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Marketing list"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for purpose in MARKETING_CHANNELS:
            self.channel.addItem(purpose_label(purpose), purpose.value)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        self.path.setPlaceholderText(self.tr("Where to save the list (a .csv file)"))
        self.browse = QPushButton(self.tr("Choose…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.message = MessageLabel()
        self.message.setObjectName("export_message")
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("run_export")
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            paragraph(
                self.tr(
                    "Only customers who agreed to marketing on this channel, and have not "
                    "opted out, are in the list. The export is written in the audit log."
                )
            )
        )
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.busy)
        form.addRow(self.message)
        form.addRow(buttons)
        self.browse.clicked.connect(self.choose_file)
        self.export_button.clicked.connect(self.run)
        self.close_button.clicked.connect(self.reject)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the marketing list"),
            self.tr("marketing-list.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.path.setText(path)

    def run(self) -> None:
        self.message.clear_message()
        text = self.path.text().strip()
        if not text:
            self.message.show_error(self.tr("Choose where to save the list."))
            self.path.setFocus()
            return
        path = Path(text)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        channel = Purpose(self.channel.currentData())
        services, actor = self.services, self.actor
        self.export_button.setEnabled(False)
        self.busy.show()
        self.workers.run(
            lambda: services.marketing.export_marketing(
                actor, channel, path, _translate, write_when_empty=False
            ),
            self._done,
            self._failed,
        )

    def _done(self, result: ExportResult) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)
        if not result.count:
            text = self.tr(
                "Nothing to export: no customer has agreed to this channel with a contact for it. "
                "No file was written."
            )
            if result.without_contact:
                text += " " + self.tr(
                    "{n} agreed but have no contact for this channel on record."
                ).format(n=result.without_contact)
            self.message.show_info(text)
            return
        text = self.tr("{n} customers written to {file}.").format(
            n=result.count, file=result.path.name
        )
        if result.without_contact:
            text += " " + self.tr(
                "{n} more agreed but have no contact for this channel on record."
            ).format(n=result.without_contact)
        self.message.show_ok(text)
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.message.show_error(error_text(error))
