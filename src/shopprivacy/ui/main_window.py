"""The window after sign-in: the role's home, plus the director's staff and settings screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea, QTabWidget, QWidget

from shopprivacy.domain.staff import ROLE_LABELS, Actor, Role
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import Services
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.desk.home import DeskHome
from shopprivacy.ui.director.access_review import AccessReviewPage
from shopprivacy.ui.director.backup import BackupPage
from shopprivacy.ui.director.breaches import BreachesPage
from shopprivacy.ui.director.disclosures import DisclosuresPage
from shopprivacy.ui.director.home import DirectorHome
from shopprivacy.ui.director.partners import PartnersPage
from shopprivacy.ui.director.policy import PolicyPage
from shopprivacy.ui.director.retention import RetentionPage
from shopprivacy.ui.director.settings import SettingsPage
from shopprivacy.ui.director.staff import StaffAdmin
from shopprivacy.ui.password_dialog import ChangePasswordDialog
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.widgets import scrolling
from shopprivacy.ui.window_fit import place, remember
from shopprivacy.ui.workers import Workers


class MainWindow(QMainWindow):
    """Which screens exist follows the permission table; the services refuse anyway."""

    sign_out_requested = Signal()
    lock_requested = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        workers: Workers,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.workers = services, actor, workers
        self._closing_for_session_end = False
        self.password_dialog: ChangePasswordDialog | None = None
        role_name = QCoreApplication.translate("roles", ROLE_LABELS[actor.role])
        self.setWindowTitle(
            self.tr("ShopPrivacy — {username} ({role})").format(
                username=actor.username, role=role_name
            )
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.home = self._home()
        self.tabs.addTab(self.home, self.tr("Home"))
        # The director answers for everything: the desk and the request queue are one tab away
        # (deletion approvals wait in the queue).
        self.customers: DeskHome | None = None
        self.requests: CareHome | None = None
        if actor.role is Role.DIRECTOR:
            self.customers = DeskHome(services, actor, workers=workers)
            self.tabs.addTab(self.customers, self.tr("Customers"))
            self.requests = CareHome(services, actor)
            self.tabs.addTab(self.requests, self.tr("Requests"))
        self.staff: StaffAdmin | None = None
        self.settings: SettingsPage | None = None
        if allows(actor.role, Permission.MANAGE_STAFF):
            self.staff = StaffAdmin(services, actor, workers)
            self.tabs.addTab(self.staff, self.tr("Staff"))
        self.access_review: AccessReviewPage | None = None
        if allows(actor.role, Permission.VIEW_ACCESS_REVIEW):
            self.access_review = AccessReviewPage(services, actor, workers)
            self.tabs.addTab(self.access_review, self.tr("Access review"))
        self.partners: PartnersPage | None = None
        if allows(actor.role, Permission.MANAGE_PARTNERS):
            self.partners = PartnersPage(services, actor)
            self.tabs.addTab(self.partners, self.tr("Third parties"))
        self.disclosures: DisclosuresPage | None = None
        if allows(actor.role, Permission.PRINT_DISCLOSURE_REPORTS):
            self.disclosures = DisclosuresPage(services, actor, workers)
            self.tabs.addTab(self.disclosures, self.tr("Disclosures"))
        self.breaches: BreachesPage | None = None
        if allows(actor.role, Permission.MANAGE_BREACHES):
            self.breaches = BreachesPage(services, actor, workers)
            self.tabs.addTab(self.breaches, self.tr("Breaches"))
        self.backup: BackupPage | None = None
        if allows(actor.role, Permission.BACKUP_RESTORE):
            self.backup = BackupPage(services, actor, workers)
            self.tabs.addTab(self.backup, self.tr("Backups"))
            if isinstance(self.home, DirectorHome):
                self.backup.restored.connect(self.home.refresh)
        self.retention: RetentionPage | None = None
        if allows(actor.role, Permission.PURGE_RETENTION):
            self.retention = RetentionPage(services, actor, workers)
            self.tabs.addTab(self.retention, self.tr("Retention"))
            if self.backup is not None:
                self.backup.restored.connect(self.retention.mark_stale)
        self.policy: PolicyPage | None = None
        if allows(actor.role, Permission.MANAGE_POLICY_VERSIONS):
            self.policy = PolicyPage(services, actor, workers)
            self.tabs.addTab(self.policy, self.tr("Data protection policy"))
            self.policy.open_screen.connect(self.open_screen)
            if isinstance(self.home, DirectorHome):
                self.policy.published.connect(lambda _v: self.home.refresh())
        self.settings_tab: QWidget | None = None
        if allows(actor.role, Permission.CHANGE_SETTINGS):
            self.settings = SettingsPage(services, actor, preferences, workers)
            self.settings_tab = scrolling(self.settings)
            self.tabs.addTab(self.settings_tab, self.tr("Settings"))
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.change_password_action = QAction(self.tr("Change my password…"), self)
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        menu = self.menuBar().addMenu(self.tr("&Account"))
        if allows(actor.role, Permission.CHANGE_OWN_PASSWORD):
            menu.addAction(self.change_password_action)
        menu.addAction(self.lock_action)
        menu.addAction(self.sign_out_action)
        toolbar = self.addToolBar(self.tr("Account"))
        toolbar.setObjectName("account_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.sign_out_action)
        self.statusBar().addPermanentWidget(
            QLabel(
                self.tr("Signed in as {username}, {role}").format(
                    username=actor.username, role=role_name
                )
            )
        )
        self.change_password_action.triggered.connect(self.open_change_password)
        self.lock_action.triggered.connect(self.lock_requested)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.preferences = preferences
        self.place_name = f"main_{actor.role.value}"
        # Wide enough for the request queue beside a request, as tall as the screen allows.
        metrics = self.fontMetrics()
        place(
            self,
            preferences,
            self.place_name,
            QSize(metrics.averageCharWidth() * 170, metrics.height() * 48),
        )

    def _home(self) -> QWidget:
        if self.actor.role is Role.DIRECTOR:
            return DirectorHome(self.services, self.actor, self.workers)
        if self.actor.role is Role.CARE:
            return CareHome(self.services, self.actor)
        return DeskHome(self.services, self.actor, workers=self.workers)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.home and isinstance(self.home, DirectorHome):
            self.home.refresh()
        elif self.tabs.widget(index) is self.customers and self.customers is not None:
            self.customers.refresh_list()  # an erasure from the request queue shows at once

    def open_screen(self, name: str) -> None:
        """Another screen asked for one of the director's tabs (by the names in
        ``policy_check.PRACTICE_SCREENS``, or 'settings')."""
        targets: dict[str, QWidget | None] = {
            "partners": self.partners,
            "disclosures": self.disclosures,
            "settings": self.settings_tab,
        }
        target = targets.get(name)
        if target is not None:
            self.tabs.setCurrentWidget(target)
        # In Settings, what the policy declares is the data collected and kept: show it.
        if isinstance(target, QScrollArea) and self.settings is not None:
            target.ensureWidgetVisible(self.settings.data_rules)

    def open_change_password(self) -> None:
        dialog = ChangePasswordDialog(self.services, self.actor, self.workers, parent=self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 10_000)
        )
        self.password_dialog = dialog
        dialog.open()

    def close_for_session_end(self) -> None:
        """Closed by the shell (sign-out, lock): no second sign-out is recorded."""
        self._closing_for_session_end = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        remember(self, self.preferences, self.place_name)
        if not self._closing_for_session_end:
            # Closing the window is signing out; the shell records it and quits.
            self.sign_out_requested.emit()
        super().closeEvent(event)
