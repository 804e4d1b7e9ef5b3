"""A recovery code on screen in large type, with Print… and Save as PDF… for its sheet.

One widget for every place a new code appears: the first-run wizard's last page, the recovery
dialog once the typed code is spent, and the director's "Make a new recovery sheet".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.reports.recovery_sheet import print_recovery_sheet, write_recovery_sheet_pdf
from shopprivacy.security.permissions import Permission
from shopprivacy.services.reports_log import record_report
from shopprivacy.services.vault import Vault
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel

CTX = "RecoverySheetPanel"

# Called after the sheet went out, with its pages and whether it was saved to a file (True) or
# printed (False): the signed-in screens write the audit entry a print or export owes.
Record = Callable[[int, bool], None]


def screens_language() -> str:
    """The language the screens are in now, so the sheet reads like the screen that made it."""
    probe = "Save as PDF…"
    return "en" if QCoreApplication.translate(CTX, probe) == probe else "vi"


def code_text(code: str) -> str:
    """The code on two lines of three groups, big enough to copy by hand."""
    groups = code.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "-\n" + "-".join(groups[half:])


class RecoverySheetPanel(QWidget):
    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._sheet: tuple[ShopProfile, str, str] | None = None
        self._record: Record | None = None
        self.code = QLabel()
        self.code.setObjectName("recovery_code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.8)
        mono.setBold(True)
        self.code.setFont(mono)
        self.code.setStyleSheet("border: 2px solid palette(dark); padding: 0.6em;")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print_sheet")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.message = MessageLabel()
        self.message.setObjectName("sheet_message")

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self._set_enabled(False)

    def show_code(
        self,
        profile: ShopProfile,
        code: str,
        director_username: str,
        record: Record | None = None,
    ) -> None:
        """Show ``code`` and make its sheet printable (headed with ``profile``)."""
        self._sheet = (profile, code, director_username)
        self._record = record
        self.code.setText(code_text(code))
        self.message.clear_message()
        self._set_enabled(True)

    def forget(self) -> None:
        """Drop the code from the screen and from this widget once the window closes."""
        self._sheet, self._record = None, None
        self.code.clear()
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.pdf_button.setEnabled(on)

    def _language(self) -> str:
        return self.language or screens_language()

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        """Print the sheet on a printer the print dialog set up."""
        if self._sheet is None:
            return
        profile, code, username = self._sheet
        try:
            pages = print_recovery_sheet(printer, profile, code, username, self._language())
            if self._record is not None:
                self._record(pages, False)
        except Exception as exc:
            self.message.show_error(error_text(exc))
        else:
            self.message.show_ok(self.tr("The recovery sheet was sent to the printer."))

    def ask_pdf_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            self.tr("recovery-sheet.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        if self._sheet is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        profile, code, username = self._sheet
        try:
            pages = write_recovery_sheet_pdf(path, profile, code, username, self._language())
            if self._record is not None:
                self._record(pages, True)
        except Exception as exc:
            self.message.show_error(error_text(exc))
        else:
            self.message.show_ok(
                self.tr("Saved to {path}. Print it, then delete the file.").format(path=path)
            )


def audited(vault: Vault, actor: Actor) -> Record:
    """The audit entry owed when a signed-in director prints or saves the sheet (the code is
    never in it: only the report kind and its pages)."""

    def record(pages: int, exported: bool) -> None:
        record_report(
            vault,
            actor,
            "recovery_sheet",
            Permission.REPLACE_RECOVERY_CODE,
            pages=pages,
            exported=exported,
        )

    return record
