"""The first-run wizard's pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWizardPage,
)

from shopprivacy.domain.staff import NewStaff, Role, ShopProfile
from shopprivacy.i18n.markers import Message
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.security.passwords import check_password
from shopprivacy.services.setup import SetupResult, create_vault
from shopprivacy.storage.database import Database
from shopprivacy.ui.errors import error_field, error_text
from shopprivacy.ui.recovery_sheet_panel import RecoverySheetPanel
from shopprivacy.ui.shop_fields import ShopPolicyFields
from shopprivacy.ui.widgets import MessageLabel, NewPasswordFields, paragraph
from shopprivacy.ui.workers import Workers


def keyring_statement(devices: KeyringDeviceStore) -> str:
    """Plain words on whether this PC holds part of the key (the device factor)."""
    if devices.available:
        return QCoreApplication.translate(
            "setup",
            "This PC has a secure key store. Part of the key stays in it, so a copy of the "
            "database does not open on another PC, even with the right password.",
        )
    return QCoreApplication.translate(
        "setup",
        "This PC has no secure key store. The database is still encrypted, but anyone with a "
        "copy of the file and a valid password can open it on another PC.",
    )


class ShopPage(QWizardPage):
    """The data controller: its name heads every printed report and letter."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your shop"))
        intro = paragraph(
            self.tr(
                "The shop is the data controller under the personal data protection law. "
                "These details head every report and letter the app prints."
            )
        )
        self.name = QLineEdit()
        self.name.setObjectName("shop_name")
        self.address = QLineEdit()
        self.address.setObjectName("shop_address")
        self.phone = QLineEdit()
        self.phone.setObjectName("shop_phone")
        self.email = QLineEdit()
        self.email.setObjectName("shop_email")
        self.extra = ShopPolicyFields()
        self.message = MessageLabel()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(intro)
        form.addRow(self.tr("Shop or company name:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Phone:"), self.phone)
        self.extra.add_hours_to(form)
        form.addRow(self.tr("Email:"), self.email)
        self.extra.add_officer_to(form)
        form.addRow(self.message)

    def profile(self) -> ShopProfile:
        return self.extra.fill(
            ShopProfile(
                name=self.name.text().strip(),
                address=self.address.text().strip(),
                phone=self.phone.text().strip(),
                email=self.email.text().strip(),
            )
        )

    def show_error(self, text: str) -> None:
        self.message.show_error(text)
        self.name.setFocus()


class DirectorPage(QWizardPage):
    """The director's account. Leaving this page creates the database (a commit page)."""

    created = Signal(object)

    def __init__(
        self,
        db: Database,
        devices: KeyringDeviceStore,
        workers: Workers,
        shop_page: ShopPage,
    ) -> None:
        super().__init__()
        self.db, self.devices, self.workers, self.shop_page = db, devices, workers, shop_page
        self.result: SetupResult | None = None
        self._busy = False
        self.setTitle(self.tr("The director's account"))
        intro = paragraph(
            self.tr(
                "The director manages staff, settings and the audit log. "
                "Choose a password only the director knows."
            )
        )
        self.setCommitPage(True)
        self.username = QLineEdit()
        self.username.setObjectName("director_username")
        self.username.setPlaceholderText(self.tr("for example: giamdoc"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("director_full_name")
        self.phone = QLineEdit()
        self.phone.setObjectName("director_phone")
        self.passwords = NewPasswordFields(self._policy, self)
        for edit in (self.username, self.full_name, self.phone):
            edit.textChanged.connect(lambda _t: self.passwords.set_check(self._policy))
        self.message = MessageLabel()
        self.message.setObjectName("director_message")
        self.keyring_note = paragraph(keyring_statement(devices))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Login name:"), self.username)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Phone:"), self.phone)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.passwords.add_to(form)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.keyring_note)

    def _policy(self, password: str) -> list[Message]:
        return check_password(
            password,
            username=self.username.text().strip() or "-",
            full_name=self.full_name.text(),
            phone=self.phone.text(),
        )

    def new_staff(self) -> NewStaff:
        return NewStaff(
            username=self.username.text().strip(),
            role=Role.DIRECTOR,
            full_name=self.full_name.text().strip(),
            phone=self.phone.text().strip() or None,
        )

    def isComplete(self) -> bool:
        return not self._busy and super().isComplete()

    def validatePage(self) -> bool:
        """Start creating the vault off the GUI thread; the wizard moves on when it is done."""
        if self.result is not None:
            return True
        if self._busy:
            return False
        if self.passwords.mismatch():
            self.message.show_error(self.passwords.mismatch_text())
            return False
        profile, director, password = (
            self.shop_page.profile(),
            self.new_staff(),
            self.passwords.value(),
        )
        self._set_busy(True)
        self.message.show_info(self.tr("Creating the encrypted database…"))
        self.workers.run(
            lambda: create_vault(self.db, self.devices, profile, director, password),
            self._created,
            self._failed,
        )
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.completeChanged.emit()

    def _created(self, result: SetupResult) -> None:
        self.result = result
        self._set_busy(False)
        self.message.clear_message()
        self.created.emit(result)
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        text = error_text(error)
        if error_field(error) == "shop_name":
            self.message.clear_message()
            self.wizard().back()
            self.shop_page.show_error(text)
            return
        self.message.show_error(text)
        focus = {"username": self.username, "full_name": self.full_name}.get(
            error_field(error) or "", self.passwords.password
        )
        focus.setFocus()


class RecoveryPage(QWizardPage):
    """The recovery code, shown this once; finishing needs the "I have kept it" box ticked."""

    def __init__(self, devices: KeyringDeviceStore, language: str) -> None:
        super().__init__()
        self.devices = devices
        self.language = language
        self.setup: SetupResult | None = None
        self.setTitle(self.tr("Your recovery code"))
        intro = paragraph(
            self.tr(
                "This code is shown only now. Print it or write it down and keep it locked "
                "away: it is the only way back in if the director's password is forgotten "
                "or this PC breaks."
            )
        )
        self.sheet = RecoverySheetPanel(language)
        self.code, self.message = self.sheet.code, self.sheet.message
        self.kept = QCheckBox(self.tr("I have printed or written down the recovery code"))
        self.kept.setObjectName("code_kept")
        self.keyring_note = paragraph(keyring_statement(devices))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sheet)
        layout.addWidget(self.kept)
        layout.addStretch(1)
        layout.addWidget(self.keyring_note)
        self.kept.toggled.connect(lambda _on: self.completeChanged.emit())

    def show_result(self, result: SetupResult) -> None:
        wizard = self.wizard()
        shop = wizard.page(0) if wizard else None
        self.setup = result
        profile = shop.profile() if isinstance(shop, ShopPage) else ShopProfile(name="")
        self.sheet.show_code(profile, result.recovery_code, result.actor.username)

    def isComplete(self) -> bool:
        return self.setup is not None and self.kept.isChecked()
