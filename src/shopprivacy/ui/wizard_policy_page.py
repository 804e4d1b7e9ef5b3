"""The set-up wizard's last page: the shop's privacy policy, drafted from what was just entered,
read and edited by the director, and published when the wizard finishes. Without a published
policy no consent can be recorded, so a new shop should leave the wizard with one."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWizard, QWizardPage

from shopprivacy.domain.consents import PolicyVersion
from shopprivacy.domain.shop_clock import shop_today
from shopprivacy.services import Services
from shopprivacy.services.setup import SetupResult
from shopprivacy.ui.errors import error_field, error_text
from shopprivacy.ui.policy_editor import PolicyEditor
from shopprivacy.ui.widgets import paragraph


class PolicyWizardPage(QWizardPage):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.setup: SetupResult | None = None
        self.services: Services | None = None
        self.published: PolicyVersion | None = None
        self.setTitle(self.tr("Data protection policy"))
        intro = paragraph(
            self.tr(
                "Customers must be able to read how the shop uses their data, and no consent "
                "can be recorded before a policy is published. Here is a draft made from the "
                "shop's details. Read it, change what is not right, then press Finish to "
                "publish it."
            )
        )
        self.editor = PolicyEditor(
            shop_today(datetime.now(UTC))
        )  # the shop's own day is set in start()
        self.editor.hint.hide()  # the page's own introduction says it
        self.later = QCheckBox(
            self.tr("Publish later (from the director's \u201cData protection policy\u201d tab)")
        )
        self.later.setObjectName("publish_later")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.later)
        self.later.toggled.connect(self._later_toggled)
        self.publish_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.publish_shortcut.activated.connect(self._finish)
        self.publish_shortcut_keypad = QShortcut(QKeySequence("Ctrl+Enter"), self)
        self.publish_shortcut_keypad.activated.connect(self._finish)

    def start(self, result: SetupResult) -> None:
        """Called once the database exists: the draft needs the shop's saved settings."""
        self.setup = result
        self.services = Services(result.vault)
        today = shop_today(result.vault.now())
        self.editor.set_day(today)
        try:
            text = self.services.policies.draft(result.actor, self.language)
        except Exception as exc:
            self.editor.message.show_error(error_text(exc))
            return
        self.editor.set_text(text)

    def initializePage(self) -> None:
        """A policy is long: give it the room the screen has (the earlier pages are short)."""
        wizard = self.wizard()
        screen = wizard.screen().availableGeometry() if wizard is not None else None
        if wizard is None or screen is None:
            return
        metrics = wizard.fontMetrics()
        width = min(screen.width() - 40, metrics.averageCharWidth() * 120)
        height = min(screen.height() - 60, metrics.height() * 44)
        wizard.resize(max(wizard.width(), width), max(wizard.height(), height))

    def unpublished_text(self) -> str:
        """The text as edited, when Finish left publishing for later (else empty)."""
        return "" if self.published is not None else self.editor.policy_text().strip()

    def _later_toggled(self, later: bool) -> None:
        self.editor.setEnabled(not later)
        self.editor.message.clear_message()

    def _finish(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.button(QWizard.WizardButton.FinishButton).click()

    def validatePage(self) -> bool:
        """Finish publishes; a refusal keeps the wizard open with the text as typed."""
        if self.later.isChecked() or self.published is not None:
            return True
        if self.setup is None or self.services is None:
            return False
        self.editor.message.clear_message()
        try:
            self.published = self.services.policies.publish(
                self.setup.actor,
                self.editor.label_text(),
                self.editor.effective_on(),
                self.editor.policy_text(),
            )
        except Exception as exc:
            self.editor.message.show_error(
                error_text(exc)
                + "\n"
                + self.tr(
                    "Nothing was lost. Correct it and press Finish again, or tick "
                    "\u201cPublish later\u201d."
                )
            )
            self.editor.focus_field(error_field(exc))
            return False
        return True
