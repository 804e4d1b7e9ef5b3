"""Which window is on screen: the wizard, the sign-in screen or the signed-in window.

The shell holds the unlocked vault only while someone is signed in; signing out and the idle
lock drop every reference to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from shopprivacy.domain.settings import IDLE_LOCK_MINUTES
from shopprivacy.domain.staff import Actor
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services, session_events
from shopprivacy.services.auth import AuthService, SignedIn
from shopprivacy.services.setup import SetupResult
from shopprivacy.services.vault import Vault
from shopprivacy.storage.database import Database
from shopprivacy.ui.idle import IdleWatcher
from shopprivacy.ui.kept_drafts import DraftKeeper, read_fields, write_fields
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.password_dialog import ChangePasswordDialog
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.wizard import FirstRunWizard
from shopprivacy.ui.workers import Workers

# The signed-in window (every tab and its services) is imported at sign-in, not at start: the
# sign-in window then shows in about half the time.
if TYPE_CHECKING:
    from shopprivacy.ui.main_window import MainWindow


class Shell(QObject):
    """``window_changed`` fires with the window now shown (tests and the app follow it)."""

    window_changed = Signal(object)

    def __init__(
        self,
        app: QApplication,
        db: Database,
        devices: KeyringDeviceStore,
        auth: AuthService,
        preferences: Preferences,
        language: str,
        workers: Workers | None = None,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.app, self.db, self.devices, self.auth = app, db, devices, auth
        self.preferences, self.language = preferences, language
        self.workers = workers or Workers()
        # Tests pass a short interval; otherwise the director's minutes apply.
        self.idle_ms = idle_ms
        self.idle = IdleWatcher(app, self)
        self.idle.idle.connect(self.lock_idle)
        self.window: QWidget | None = None
        self.translator: QTranslator | None = None  # kept alive as long as the shell
        self.services: Services | None = None
        self.actor: Actor | None = None
        self.drafts = DraftKeeper()  # a form half-typed when the screen locked, sealed

    # -- what shows first ------------------------------------------------------------------

    def start(self) -> QWidget:
        if not self.db.exists():
            wizard = FirstRunWizard(self.db, self.devices, self.workers, self.language)
            wizard.completed.connect(self._set_up)
            wizard.rejected.connect(QCoreApplication.quit)
            self._show(wizard)
            return wizard
        self.auth.open_database()
        return self.show_login()

    def show_login(self, username: str = "", notice: str = "") -> LoginWindow:
        login = LoginWindow(self.auth, self.workers, username, notice)
        login.signed_in.connect(self._signed_in)
        self._show(login)
        return login

    def _show(self, window: QWidget) -> None:
        old, self.window = self.window, window
        window.show()
        if QApplication.platformName() != "offscreen":
            window.raise_()
            window.activateWindow()
        if old is not None and old is not window:
            close_session = getattr(old, "close_for_session_end", None)  # the signed-in window
            if close_session is not None:
                close_session()
            else:
                old.hide()
            old.deleteLater()
        self.window_changed.emit(window)

    # -- signing in ------------------------------------------------------------------------

    def _set_up(self, result: SetupResult) -> None:
        from shopprivacy.ui.main_window import MainWindow  # loaded at sign-in, not at start

        wizard = self.window
        self._open_session(result.vault, result.actor)
        # A policy left for later is waiting in the director's policy screen, as edited.
        if isinstance(wizard, FirstRunWizard) and isinstance(self.window, MainWindow):
            unpublished = wizard.policy_page.unpublished_text()
            if unpublished and self.window.policy is not None:
                self.window.policy.kept_draft = unpublished

    def _signed_in(self, signed: SignedIn) -> None:
        if not signed.must_change_password:
            self._open_session(signed.vault, signed.actor)
            return
        dialog = ChangePasswordDialog(
            Services(signed.vault), signed.actor, self.workers, forced=True, parent=self.window
        )
        dialog.accepted.connect(lambda: self._open_session(signed.vault, signed.actor))
        dialog.rejected.connect(lambda: self._refused_change(signed))
        dialog.setObjectName("forced_password_dialog")
        dialog.open()

    def _refused_change(self, signed: SignedIn) -> None:
        session_events.record_sign_out(signed.vault, signed.actor, idle=False)
        login = self.window
        if isinstance(login, LoginWindow):
            login.password.clear()

    def _open_session(self, vault: Vault, actor: Actor) -> None:
        from shopprivacy.ui.main_window import MainWindow

        self.services, self.actor = Services(vault), actor
        window = MainWindow(self.services, actor, self.workers, self.preferences)
        window.sign_out_requested.connect(self.sign_out)
        window.lock_requested.connect(self.lock_now)
        self._show(window)
        self._give_back_draft(window, actor)
        minutes = self.services.settings.get_int(IDLE_LOCK_MINUTES)
        self.idle.start(self.idle_ms if self.idle_ms is not None else minutes * 60_000)

    # -- ending a session ------------------------------------------------------------------

    def sign_out(self) -> None:
        self._end_session(idle=False, notice="")

    def lock_now(self) -> None:
        self._end_session(
            idle=True, notice=QCoreApplication.translate("Shell", "The screen is locked.")
        )

    def lock_idle(self) -> None:
        self._end_session(
            idle=True,
            notice=QCoreApplication.translate(
                "Shell", "Locked after a while without use. Sign in again to continue."
            ),
        )

    def _end_session(self, idle: bool, notice: str) -> None:
        self.idle.stop()
        if self.services is None or self.actor is None:
            return
        vault, actor = self.services.vault, self.actor
        # Drop the keys first: nothing below may reach customer data any more.
        self.services, self.actor = None, None
        if idle:
            self._keep_draft(actor)
        else:
            self.drafts.drop()
        self._close_dialogs()
        try:
            session_events.record_sign_out(vault, actor, idle=idle)
        finally:
            del vault
            self.show_login(actor.username if idle else "", notice)

    def end_on_quit(self) -> None:
        """The app is closing (last window, OS shutdown): record the sign-out, show nothing."""
        self.idle.stop()
        if self.services is None or self.actor is None:
            return
        vault, actor = self.services.vault, self.actor
        self.services, self.actor = None, None
        session_events.record_sign_out(vault, actor, idle=False)

    # -- a half-typed form across the lock -------------------------------------------------

    def _keep_draft(self, actor: Actor) -> None:
        for widget in QApplication.topLevelWidgets():
            kind = _draft_kind(widget)
            if kind is not None and widget.isVisible():
                self.drafts.keep(actor.staff_id, kind, read_fields(widget))
                return
        self.drafts.drop()

    def _give_back_draft(self, window: MainWindow, actor: Actor) -> None:
        kept = self.drafts.take(actor.staff_id)  # someone else: dropped unread
        if kept is None:
            return
        kind, fields = kept
        form = _reopen(window, kind)
        if form is not None:
            write_fields(form, fields)

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()


def _draft_kind(widget: QWidget) -> str | None:
    """The forms whose typing is kept across the lock (new records: nothing saved yet)."""
    from shopprivacy.ui.care.new_request import NewRequestDialog
    from shopprivacy.ui.desk.customer_form import CustomerForm

    if isinstance(widget, CustomerForm) and widget.customer_id is None:
        return "new_customer"
    if isinstance(widget, NewRequestDialog):
        return "new_request"
    return None


def _reopen(window: MainWindow, kind: str) -> QWidget | None:
    from shopprivacy.ui.care.home import CareHome
    from shopprivacy.ui.desk.home import DeskHome

    desk = window.customers or (window.home if isinstance(window.home, DeskHome) else None)
    care = window.requests or (window.home if isinstance(window.home, CareHome) else None)
    if kind == "new_customer" and desk is not None:
        return desk.new_customer()
    if kind == "new_request" and care is not None:
        care.open_new_request()
        return care.new_dialog
    return None
