"""First run: the shop's identity, the director's account, the recovery code (shown once), then
the shop's privacy policy, drafted from those details and published on Finish."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget, QWizard

from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services.setup import SetupResult
from shopprivacy.storage.database import Database
from shopprivacy.ui.policy_editor import is_plain_enter
from shopprivacy.ui.wizard_pages import DirectorPage, RecoveryPage, ShopPage
from shopprivacy.ui.wizard_policy_page import PolicyWizardPage
from shopprivacy.ui.workers import Workers


class FirstRunWizard(QWizard):
    """Emits ``completed`` with the new vault once the recovery code has been kept."""

    completed = Signal(object)

    def __init__(
        self,
        db: Database,
        devices: KeyringDeviceStore,
        workers: Workers,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ShopPrivacy — set up the shop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the database"))
        self.shop_page = ShopPage()
        self.director_page = DirectorPage(db, devices, workers, self.shop_page)
        self.recovery_page = RecoveryPage(devices, language)
        self.policy_page = PolicyWizardPage(language)
        self.addPage(self.shop_page)
        self.addPage(self.director_page)
        self.addPage(self.recovery_page)
        self.addPage(self.policy_page)
        self.director_page.created.connect(self.recovery_page.show_result)
        self.director_page.created.connect(self.policy_page.start)
        self.director_page.created.connect(lambda _r: self._no_way_back())
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 90, metrics.height() * 30)

    def _no_way_back(self) -> None:
        """Once the database exists there is no going back to create it again, nor cancelling:
        only onwards (the recovery code, then the policy)."""
        onward = QWizard.WizardButton
        self.setButtonLayout([onward.Stretch, onward.NextButton, onward.FinishButton])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # On the policy page Finish publishes: a stray Enter must not do it (Ctrl+Enter does).
        if self.currentPage() is self.policy_page and is_plain_enter(event):
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def result_of_setup(self) -> SetupResult | None:
        return self.director_page.result

    def accept(self) -> None:
        # Finish publishes the policy: a refusal keeps the wizard open (nothing is lost).
        if not self.validateCurrentPage():
            return
        result = self.director_page.result
        # The next window appears before this one goes, so the app never has none.
        if result is not None:
            self.completed.emit(result)
        super().accept()

    def reject(self) -> None:
        # Once the database exists, the only way out is through the recovery code page
        # (and then Finish on the policy page, which may leave publishing for later).
        if self.director_page.result is not None:
            return
        super().reject()
