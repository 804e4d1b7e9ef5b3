"""The request screen's papers: the reply letter (printed and reprinted, also after an erasure,
from the addressee kept with the request) and an access request's data report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from shopprivacy.domain.requests import RequestInfo
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.customer_data_report import export_customer_data_report_pdf
from shopprivacy.reports.request_letters import export_request_letter_pdf
from shopprivacy.services import Services
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel

CTX = "request_screens"


def paper_language() -> str:
    """Letters are printed in the language the screens are showing."""
    probe = "Yes"
    return "vi" if QCoreApplication.translate("request_reports", probe) != probe else "en"


class RequestPapers:
    """Mixed into the request panel, which provides these."""

    services: Services
    actor: Actor
    info: RequestInfo | None
    message: MessageLabel

    def load(self, request_id: int) -> None:
        raise NotImplementedError

    def ask_letter(self) -> None:
        if self.info is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self if isinstance(self, QWidget) else None,
            QCoreApplication.translate(CTX, "Save the reply letter"),
            f"thu-tra-loi-{self.info.id}.pdf",
            "PDF (*.pdf)",
        )
        if path:
            self.save_letter(Path(path))

    def save_letter(self, path: Path) -> bool:
        """Write the reply letter (audited as a print by the service)."""
        if self.info is None:
            return False
        try:
            export_request_letter_pdf(
                self.services, self.actor, self.info.id, path, paper_language()
            )
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return False
        self.load(self.info.id)
        self.message.show_ok(
            QCoreApplication.translate(CTX, "Letter saved: {path}").format(path=path)
        )
        return True

    def ask_data_report(self) -> None:
        if self.info is None or self.info.customer_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self if isinstance(self, QWidget) else None,
            QCoreApplication.translate(CTX, "Save the data report"),
            f"du-lieu-{self.info.customer_id}.pdf",
            "PDF (*.pdf)",
        )
        if path:
            self.save_data_report(Path(path))

    def save_data_report(self, path: Path) -> bool:
        """The customer's data report for this access request (audited by the service)."""
        info = self.info
        if info is None or info.customer_id is None:
            return False
        try:
            export_customer_data_report_pdf(
                self.services, self.actor, info.customer_id, path, paper_language(), info.id
            )
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return False
        self.load(info.id)
        self.message.show_ok(
            QCoreApplication.translate(CTX, "Data report saved: {path}").format(path=path)
        )
        return True
