"""The director's "Data protection policy" screen: the published versions and a new draft, the
register of processing purposes, policy against practice, and customers who agreed under an
older version. The check runs when the screen opens and after each publish."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from shopprivacy.domain.consents import PolicyVersion
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.text import SHOP_ZONE
from shopprivacy.services import Services
from shopprivacy.ui.desk.labels import day_text
from shopprivacy.ui.director.policy_check import ContradictionsBox
from shopprivacy.ui.director.policy_notice import OlderVersionBox
from shopprivacy.ui.director.policy_purposes import PurposesBox
from shopprivacy.ui.director.policy_versions import PolicyEditorDialog, VersionsBox
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import ERROR_STYLE, MessageLabel, heading, paragraph
from shopprivacy.ui.workers import Workers


class PolicyPage(QWidget):
    """``open_screen`` asks the main window for another tab ('partners', 'disclosures' or
    'settings'), where the practice side of a contradiction is fixed."""

    open_screen = Signal(str)
    published = Signal(object)

    def __init__(
        self, services: Services, actor: Actor, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self.kept_draft = ""
        self.editor_dialog: PolicyEditorDialog | None = None
        self.in_force = paragraph("")
        self.in_force.setObjectName("policy_in_force")
        self.message = MessageLabel()
        self.message.setObjectName("policy_message")
        self.versions = VersionsBox(services, actor, workers)
        self.purposes = PurposesBox(services, actor)
        self.check = ContradictionsBox(services, actor)
        self.older = OlderVersionBox(services, actor, workers)
        self.sections = QTabWidget()
        self.sections.setObjectName("policy_sections")
        self.sections.addTab(self.versions, self.tr("Text and versions"))
        self.sections.addTab(self.purposes, self.tr("Purposes of processing"))
        self.sections.addTab(self.check, self.tr("Policy against practice"))
        self.sections.addTab(self.older, self.tr("Customers under an older version"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Data protection policy")))
        layout.addWidget(self.in_force)
        layout.addWidget(self.message)
        layout.addWidget(self.sections, 1)
        self.versions.draft_requested.connect(lambda: self.open_draft(fresh=False))
        self.check.fix_policy.connect(lambda: self.open_draft(fresh=True))
        self.check.fix_practice.connect(self._fix_practice)
        self.check.counted.connect(self._show_count)

    def showEvent(self, event: QShowEvent) -> None:
        # Practice changes on other screens (partners, settings): look again on each visit.
        # Not at sign-in: each check is audited, and most sign-ins never open this screen.
        super().showEvent(event)
        if not event.spontaneous():  # a window restored from the taskbar is not a visit
            self.refresh()

    def refresh(self) -> None:
        current = self.services.policies.current_version()
        if current is None:
            self.in_force.setStyleSheet(ERROR_STYLE)
            self.in_force.setText(
                self.tr(
                    "⚠ No policy is published: the desk cannot record any consent. "
                    "Draft one, read it, then publish it."
                )
            )
        else:
            self.in_force.setStyleSheet("")
            self.in_force.setText(
                self.tr("In force: version {label}, since {day}.").format(
                    label=current.label, day=day_text(current.effective_on)
                )
            )
        self.versions.reload()
        self.purposes.reload()
        self.check.refresh()
        self.older.refresh()

    def _show_count(self, n: int) -> None:
        index = self.sections.indexOf(self.check)
        title = self.tr("Policy against practice")
        self.sections.setTabText(index, f"{title} ({n})" if n else title)

    def _fix_practice(self, screen: str) -> None:
        if screen == "purposes":
            self.sections.setCurrentWidget(self.purposes)
        else:
            self.open_screen.emit(screen)

    def open_draft(self, fresh: bool) -> PolicyEditorDialog | None:
        """The kept draft if there is one (unless ``fresh``), else one written now from the
        shop's settings (the service audits the drafting)."""
        self.message.clear_message()
        text = self.kept_draft
        if fresh or not text:
            try:
                language = str(self.versions.draft_language.currentData())
                text = self.services.policies.draft(self.actor, language)
            except Exception as exc:
                self.message.show_error(error_text(exc))
                return None
        today = self.services.vault.now().astimezone(SHOP_ZONE).date()
        dialog = PolicyEditorDialog(self.services, self.actor, text, today, self)
        dialog.editor.label.setText(self._free_label(dialog.editor.label_text()))
        dialog.rejected.connect(lambda: self._keep(dialog))
        dialog.published.connect(self._published)
        self.editor_dialog = dialog
        dialog.open()
        return dialog

    def _free_label(self, label: str) -> str:
        """This month's name, or the next free one (2026-12-2) when it is taken."""
        taken = {v.label for v in self.services.policies.list_versions()}
        candidate, n = label, 1
        while candidate in taken:
            n += 1
            candidate = f"{label}-{n}"
        return candidate

    def _keep(self, dialog: PolicyEditorDialog) -> None:
        self.kept_draft = dialog.editor.policy_text()
        if self.kept_draft:
            self.message.show_ok(self.tr("The draft is kept until you close the app."))

    def _published(self, version: PolicyVersion) -> None:
        self.kept_draft = ""
        self.refresh()
        self.sections.setCurrentWidget(self.versions)
        self.message.show_ok(self.tr("Version {label} published.").format(label=version.label))
        self.published.emit(version)
