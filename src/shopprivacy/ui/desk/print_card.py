"""Print or save the customer card, off the GUI thread. The record is read for printing through
``CustomerService.print_customer``, which writes the audit entry naming the staff member."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from shopprivacy.domain.staff import Actor
from shopprivacy.reports.document import ReportDocument
from shopprivacy.reports.render import print_report, write_pdf
from shopprivacy.services import Services
from shopprivacy.services.reports_log import is_demo
from shopprivacy.ui.desk.customer_card import build_card
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel
from shopprivacy.ui.workers import Workers


class CardPrinter(QObject):
    """Owns the Print and Save as PDF buttons of a customer screen. ``finished`` fires after
    each attempt (done or failed), for screens and tests that wait for it."""

    finished = Signal()

    def __init__(self, services: Services, actor: Actor, workers: Workers, owner: QWidget) -> None:
        super().__init__(owner)
        self.services, self.actor, self.workers, self.owner = services, actor, workers, owner
        self.customer_id: int | None = None
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print_card")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("save_card_pdf")
        self.message = MessageLabel()
        self.message.setObjectName("print_message")
        self.print_button.clicked.connect(self.ask_printer)
        self.pdf_button.clicked.connect(self.ask_pdf_path)

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(customer_id is not None)

    def ask_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.owner)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(
                lambda doc: print_report(doc, printer),
                self.tr("The customer card was sent to the printer."),
            )

    def ask_pdf_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.owner,
            self.tr("Save the customer card"),
            self.tr("customer-{id}.pdf").format(id=self.customer_id),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._run(
            lambda doc: write_pdf(doc, path),
            self.tr("The customer card was saved: {file}").format(file=path.name),
        )

    def _run(self, output: Callable[[ReportDocument], int], done_text: str) -> None:
        customer_id = self.customer_id
        if customer_id is None:
            return
        services, actor = self.services, self.actor
        self.message.clear_message()
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)

        def work() -> int:
            details = services.customers.print_customer(actor, customer_id)
            card = build_card(
                details,
                services.shop.profile(),
                actor.username,
                services.vault.now(),
                demo=is_demo(services.vault),
            )
            return output(card)

        self.workers.run(
            work, lambda _pages: self._end(done_text, None), lambda exc: self._end("", exc)
        )

    def _end(self, text: str, error: BaseException | None) -> None:
        if error is not None:
            self.message.show_error(error_text(error))
        else:
            self.message.show_ok(text)
        self.print_button.setEnabled(self.customer_id is not None)
        self.pdf_button.setEnabled(self.customer_id is not None)
        self.finished.emit()
