"""The director's settings: idle lock, the shop's identity (with what the privacy policy names:
hotline hours, the data-protection contact, cameras), the customer data it collects and keeps,
this PC's language, a new recovery sheet, and a code to add another desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.settings import IDLE_LOCK_MINUTES, INT_SETTINGS
from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.services import Services
from shopprivacy.ui.director.data_rules import DataRulesBox
from shopprivacy.ui.director.deadline_table import DeadlineTableBox
from shopprivacy.ui.director.desk_enrolment import DeskEnrolmentBox
from shopprivacy.ui.director.recovery_sheet import RecoverySheetBox
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.shop_fields import ShopPolicyFields
from shopprivacy.ui.widgets import MessageLabel, heading, paragraph
from shopprivacy.ui.workers import Workers


def left_aligned(widget: QWidget) -> QHBoxLayout:
    """The widget at its natural width, not stretched across the form."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class SettingsPage(QWidget):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        preferences: Preferences,
        workers: Workers | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.preferences = services, actor, preferences
        self.workers = workers or Workers()

        # The shop's rules (idle lock, backup reminder …): one row per setting the domain
        # defines. The spin boxes' range is only a convenience; the service validates.
        self.int_fields: dict[str, QSpinBox] = {}
        self.idle_message = MessageLabel()
        self.idle_message.setObjectName("idle_message")
        self.save_idle = QPushButton(self.tr("Save"))
        self.save_idle.setObjectName("save_idle")
        idle_box = QGroupBox(self.tr("Rules of the shop"))
        idle_form = QFormLayout(idle_box)
        idle_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for setting in INT_SETTINGS.values():
            field = QSpinBox()
            field.setObjectName(setting.key)
            field.setRange(0, 100_000)
            field.setValue(services.settings.get_int(setting))
            self.int_fields[setting.key] = field
            idle_form.addRow(
                QCoreApplication.translate("settings", setting.label) + ":", left_aligned(field)
            )
        self.idle_minutes = self.int_fields[IDLE_LOCK_MINUTES.key]
        idle_form.addRow(
            paragraph(
                self.tr(
                    "When nobody touches the keyboard or mouse for this long, the app signs "
                    "the person out and shows the sign-in screen. Takes effect at next sign-in."
                )
            )
        )
        idle_form.addRow(self.idle_message)
        idle_form.addRow(left_aligned(self.save_idle))

        # The shop's identity as data controller.
        profile = services.shop.profile()
        self.shop_name = QLineEdit(profile.name)
        self.shop_name.setObjectName("shop_name")
        self.shop_address = QLineEdit(profile.address)
        self.shop_address.setObjectName("shop_address")
        self.shop_phone = QLineEdit(profile.phone)
        self.shop_phone.setObjectName("shop_phone")
        self.shop_email = QLineEdit(profile.email)
        self.shop_email.setObjectName("shop_email")
        self.shop_extra = ShopPolicyFields(self)
        self.shop_extra.show(profile)
        self.save_shop = QPushButton(self.tr("Save"))
        self.save_shop.setObjectName("save_shop")
        self.shop_message = MessageLabel()
        self.shop_message.setObjectName("shop_message")
        shop_box = QGroupBox(self.tr("The shop (data controller)"))
        shop_form = QFormLayout(shop_box)
        shop_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        shop_form.addRow(self.tr("Shop or company name:"), self.shop_name)
        shop_form.addRow(self.tr("Address:"), self.shop_address)
        shop_form.addRow(self.tr("Phone:"), self.shop_phone)
        self.shop_extra.add_hours_to(shop_form)
        shop_form.addRow(self.tr("Email:"), self.shop_email)
        self.shop_extra.add_officer_to(shop_form)
        shop_form.addRow(self.shop_message)
        shop_form.addRow(left_aligned(self.save_shop))

        # Language of this PC.
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(preferences.language()), 0))
        self.language_message = MessageLabel()
        language_box = QGroupBox(self.tr("Language on this PC"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("Language:"), left_aligned(self.language))
        language_form.addRow(self.language_message)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        layout.addWidget(idle_box)
        layout.addWidget(shop_box)
        self.data_rules = DataRulesBox(services, actor)
        layout.addWidget(self.data_rules)
        layout.addWidget(language_box)
        self.deadlines = DeadlineTableBox(services, actor)  # the request clock, within the law
        layout.addWidget(self.deadlines)
        # A new printed recovery code (the old sheet stops working).
        self.recovery_sheet = RecoverySheetBox(services, actor, self.workers)
        layout.addWidget(self.recovery_sheet)
        # A one-time code for one more PC (the recovery sheet stays unspent).
        self.desk_enrolment = DeskEnrolmentBox(services, actor, self.workers)
        layout.addWidget(self.desk_enrolment)
        layout.addStretch(1)
        self.save_idle.clicked.connect(self.save_idle_minutes)
        self.save_shop.clicked.connect(self.save_profile)
        self.language.currentIndexChanged.connect(self.save_language)

    def save_idle_minutes(self) -> None:
        """Save every rule whose value changed, all together: the service refuses the lot when
        one is wrong, and the message names it."""
        changed = {
            INT_SETTINGS[key]: field.value()
            for key, field in self.int_fields.items()
            if field.value() != self.services.settings.get_int(INT_SETTINGS[key])
        }
        if not changed:
            self.idle_message.show_info(self.tr("Nothing changed."))
            return
        try:
            self.services.settings.set_ints(self.actor, changed)
        except Exception as exc:
            field = getattr(exc, "field", None)
            key = field if field in self.int_fields else next(iter(changed)).key
            label = QCoreApplication.translate("settings", INT_SETTINGS[key].label)
            self.idle_message.show_error(f"{label}: {error_text(exc)}")
            self.int_fields[key].setFocus()
            return
        self.idle_message.show_ok(self.tr("Saved."))

    def save_profile(self) -> None:
        profile = self.shop_extra.fill(
            ShopProfile(
                name=self.shop_name.text(),
                address=self.shop_address.text(),
                phone=self.shop_phone.text(),
                email=self.shop_email.text(),
            )
        )
        try:
            self.services.shop.update_profile(self.actor, profile)
        except Exception as exc:
            self.shop_message.show_error(error_text(exc))
            self.shop_name.setFocus()
        else:
            self.shop_message.show_ok(self.tr("Saved."))

    def save_language(self) -> None:
        self.preferences.set_language(str(self.language.currentData()))
        self.language_message.show_ok(
            self.tr("Saved. The app uses this language the next time it starts.")
        )
