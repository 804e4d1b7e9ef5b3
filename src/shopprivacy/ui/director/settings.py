"""The director's settings: idle lock, the shop's identity, and this PC's language."""

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

from shopprivacy.domain.settings import IDLE_LOCK_MINUTES
from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.services import Services
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.widgets import MessageLabel, heading, paragraph


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.preferences = services, actor, preferences

        # Idle lock. The spin box's range is only a convenience; the service validates.
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(0, 24 * 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(services.settings.get_int(IDLE_LOCK_MINUTES))
        self.save_idle = QPushButton(self.tr("Save"))
        self.save_idle.setObjectName("save_idle")
        self.idle_message = MessageLabel()
        self.idle_message.setObjectName("idle_message")
        idle_box = QGroupBox(self.tr("Automatic lock"))
        idle_form = QFormLayout(idle_box)
        idle_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        idle_form.addRow(
            QCoreApplication.translate("settings", IDLE_LOCK_MINUTES.label) + ":",
            left_aligned(self.idle_minutes),
        )
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
        shop_form.addRow(self.tr("Email:"), self.shop_email)
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
        layout.addWidget(language_box)
        layout.addStretch(1)
        self.save_idle.clicked.connect(self.save_idle_minutes)
        self.save_shop.clicked.connect(self.save_profile)
        self.language.currentIndexChanged.connect(self.save_language)

    def save_idle_minutes(self) -> None:
        try:
            self.services.settings.set_int(self.actor, IDLE_LOCK_MINUTES, self.idle_minutes.value())
        except Exception as exc:
            self.idle_message.show_error(error_text(exc))
        else:
            self.idle_message.show_ok(self.tr("Saved."))

    def save_profile(self) -> None:
        profile = ShopProfile(
            name=self.shop_name.text(),
            address=self.shop_address.text(),
            phone=self.shop_phone.text(),
            email=self.shop_email.text(),
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
