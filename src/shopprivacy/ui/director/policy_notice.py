"""Customers whose consent was given under an older version of the policy: how many, what
changed, the notice letters (one per customer, PDF) and an email text to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.staff import Actor
from shopprivacy.reports.policy_document import export_change_notice_pdf
from shopprivacy.reports.text import SHOP_ZONE
from shopprivacy.services import Services
from shopprivacy.ui.director.access_review_model import screen_language
from shopprivacy.ui.director.policy_versions import with_suffix
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, paragraph
from shopprivacy.ui.workers import Workers


class OlderVersionBox(QWidget):
    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.customer_ids: list[int] = []
        self.summary = paragraph("")
        self.summary.setObjectName("older_summary")
        self.email = QPlainTextEdit()
        self.email.setObjectName("notice_email")
        self.email.setReadOnly(True)
        self.letters_button = QPushButton(self.tr("Save notice letters as PDF…"))
        self.letters_button.setObjectName("notice_letters")
        self.copy_button = QPushButton(self.tr("Copy the email text"))
        self.copy_button.setObjectName("copy_email")
        self.message = MessageLabel()
        self.message.setObjectName("notice_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.letters_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(paragraph(self.tr("Email to send them (subject on the first line):")))
        layout.addWidget(self.email, 1)
        self.letters_button.clicked.connect(self.ask_letters)
        self.copy_button.clicked.connect(self.copy_email)

    def refresh(self) -> None:
        self.message.clear_message()
        self.customer_ids = []
        self.email.clear()
        if self.services.policies.current_version() is None:
            self.summary.setText(self.tr("No policy is published yet."))
            self._enable()
            return
        try:
            self.customer_ids = self.services.policies.customers_on_older_versions(self.actor)
            notice = self.services.policies.change_notice(self.actor, screen_language())
        except Exception as exc:
            self.summary.setText("")
            self.message.show_error(error_text(exc))
            self._enable()
            return
        if not self.customer_ids:
            self.summary.setText(
                self.tr("✔ No customer agreed under an older version: no notice is needed.")
            )
            self._enable()
            return
        text = self.tr(
            "Customers who agreed to something under an older version: {n}. Tell them what "
            "changed; ask again where a consent depends on the new text."
        ).format(n=len(self.customer_ids))
        if notice.changes:
            text += (
                "\n" + self.tr("What changed:") + "\n" + "\n".join("• " + c for c in notice.changes)
            )
        self.summary.setText(text)
        self.email.setPlainText(notice.email_subject + "\n\n" + notice.email_body)
        self._enable()

    def _enable(self) -> None:
        self.letters_button.setEnabled(bool(self.customer_ids))
        self.copy_button.setEnabled(bool(self.email.toPlainText()))

    def copy_email(self) -> None:
        QApplication.clipboard().setText(self.email.toPlainText())
        self.message.show_ok(self.tr("Copied. Paste it into your email program."))

    def ask_letters(self) -> None:
        today = self.services.vault.now().astimezone(SHOP_ZONE).date()
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Save notice letters as PDF…"),
            f"thu-bao-thay-doi-chinh-sach-{today:%Y%m%d}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_letters(Path(path))

    def save_letters(self, path: Path) -> None:
        """One letter per customer, in a worker (the service audits the print)."""
        path = with_suffix(path, ".pdf")
        services, actor, ids, lang = (
            self.services,
            self.actor,
            list(self.customer_ids),
            (screen_language()),
        )
        self.letters_button.setEnabled(False)
        self.message.clear_message()
        self.workers.run(
            lambda: export_change_notice_pdf(services, actor, ids, path, lang),
            lambda _r: self._done(path, None),
            lambda exc: self._done(path, exc),
        )

    def _done(self, path: Path, error: BaseException | None) -> None:
        self._enable()
        if error is not None:
            self.message.show_error(error_text(error))
        else:
            self.message.show_ok(self.tr("Saved: {path}").format(path=path))
