"""An installer's job sheet for the customer on screen: choose the partner, the details the job
needs and the work, then save it as a PDF and/or print it, off the GUI thread.

Making the sheet records the disclosure (the service's rules: a partner whose agreement has
expired gets nothing, and its reason is shown as it is); saving and printing are logged by the
report's output helpers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.disclosures import JOB_SHEET_FIELDS
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.job_sheet import JobSheetOutput, output_job_sheet
from shopprivacy.services import Services
from shopprivacy.ui.director.partners import shop_today, ui_lang
from shopprivacy.ui.disclosure_form import DisclosureForm
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, ok_cancel_buttons, paragraph, widen
from shopprivacy.ui.workers import Workers


class JobSheetDialog(QDialog):
    """``attempted`` fires after each try to make the sheet (done or failed); on success the
    dialog is accepted and ``done_text`` says what happened, for the customer screen."""

    attempted = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        workers: Workers,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.customer_id = customer_id
        self.done_text = ""
        self.busy = False
        self.setObjectName("job_sheet_dialog")
        self.setWindowTitle(self.tr("Job sheet for an installer"))
        intro = paragraph(
            self.tr(
                "For customer no. {id}, {name}. The installer gets only the details ticked "
                "below; making the sheet records that they were given."
            ).format(id=customer_id, name=customer_name)
        )
        self.details = DisclosureForm(
            choices=JOB_SHEET_FIELDS,
            ticked=JOB_SHEET_FIELDS,
            with_basis=False,
            fields_text=self.tr("Details on the sheet (only what the job needs):"),
            purpose_text=self.tr("Work to do:"),
        )
        self.partner, self.purpose = self.details.partner, self.details.purpose
        self.purpose.setPlaceholderText(self.tr("e.g. Install the air conditioner"))
        self.to_pdf = QCheckBox(self.tr("Save as PDF"))
        self.to_pdf.setObjectName("job_sheet_to_pdf")
        self.to_pdf.setChecked(True)
        self.to_printer = QCheckBox(self.tr("Print"))
        self.to_printer.setObjectName("job_sheet_to_printer")
        self.message = MessageLabel()
        self.message.setObjectName("job_sheet_message")
        self.buttons = ok_cancel_buttons(self.tr("Make the job sheet"), self.tr("Cancel"))
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setObjectName("make_job_sheet")

        outputs = QHBoxLayout()
        outputs.addWidget(self.to_pdf)
        outputs.addWidget(self.to_printer)
        outputs.addStretch(1)
        self.details.form.addRow(self.tr("Then:"), outputs)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        widen(self.purpose, 44)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.load_partners()

    def load_partners(self) -> None:
        """Only partners whose agreement is valid today are offered (the service says which)."""
        try:
            partners = self.services.partners.list_partners_with_agreement(self.actor)
        except Exception as exc:
            partners = []
            self.message.show_error(error_text(exc))
        else:
            if not partners:
                self.message.show_error(
                    self.tr(
                        "No partner has a valid confidentiality agreement today, so no job "
                        "sheet can be made. The director records partners and their "
                        "agreements under Third parties."
                    )
                )
        self.details.set_partners(partners, shop_today(self.services))
        self.make_button.setEnabled(bool(partners))

    def submit(self) -> None:
        """Ask where to save and on which printer, then make the sheet."""
        self.message.clear_message()
        if not (self.to_pdf.isChecked() or self.to_printer.isChecked()):
            self.message.show_error(self.tr("Tick Save as PDF, Print, or both."))
            return
        pdf_path: Path | None = None
        printer: QPrinter | None = None
        if self.to_pdf.isChecked():
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the job sheet"),
                self.tr("job-sheet-{id}.pdf").format(id=self.customer_id),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            pdf_path = Path(chosen)
        if self.to_printer.isChecked():
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        self.make(pdf_path, printer)

    def make(self, pdf_path: Path | None, printer: QPrinter | None) -> None:
        """What the button does once the file and printer are chosen (scripts and tests call it
        directly). One sheet, one disclosure, however many copies go out."""
        partner_id = self.details.partner_id()
        if partner_id is None:
            self.message.show_error(self.tr("Choose the partner who does the job."))
            return
        if pdf_path is not None and pdf_path.suffix.lower() != ".pdf":
            pdf_path = pdf_path.with_name(pdf_path.name + ".pdf")
        services, actor, customer_id = self.services, self.actor, self.customer_id
        fields, work, lang = self.details.chosen_fields(), self.purpose.text(), ui_lang()
        self.message.clear_message()
        self.buttons.setEnabled(False)

        def work_off_screen() -> JobSheetOutput:
            return output_job_sheet(
                services, actor, customer_id, partner_id, pdf_path, printer, work, lang, fields
            )

        printed = printer is not None
        self.busy = True
        self.workers.run(
            work_off_screen, lambda out: self._made(out, pdf_path, printed), self._failed
        )

    def reject(self) -> None:
        if not self.busy:  # the sheet is being made: let it finish and report
            super().reject()

    def _made(self, out: JobSheetOutput, pdf_path: Path | None, printed: bool) -> None:
        self.busy = False
        parts = []
        if pdf_path is not None:
            parts.append(self.tr("The job sheet was saved: {file}.").format(file=pdf_path.name))
        if printed:
            parts.append(self.tr("The job sheet was sent to the printer."))
        parts.append(self.tr("Disclosure no. {id} recorded.").format(id=out.disclosure_id))
        self.done_text = " ".join(parts)
        self.buttons.setEnabled(True)
        self.attempted.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        # Everything typed stays: the person can choose another partner and try again.
        self.busy = False
        self.message.show_error(error_text(error))
        self.buttons.setEnabled(True)
        self.make_button.setEnabled(self.details.partner_id() is not None)
        self.attempted.emit()
