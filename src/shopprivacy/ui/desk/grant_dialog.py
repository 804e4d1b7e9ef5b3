"""Recording a consent: how the customer gave it, what they were told (purpose, channel, how
often) and the privacy-policy version in force. Nothing here is ticked in advance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from shopprivacy.domain.consents import (
    ConsentChange,
    ConsentMethod,
    ConsentNotice,
    Purpose,
    default_notice,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.desk.labels import day_text, method_label, purpose_label
from shopprivacy.ui.enter_keys import SaveOnlyFromButton
from shopprivacy.ui.errors import error_field, error_text
from shopprivacy.ui.widgets import MessageLabel, paragraph

GRANT_METHODS = (
    ConsentMethod.SIGNED_FORM,
    ConsentMethod.PHONE,
    ConsentMethod.WEB_FORM,
    ConsentMethod.EMAIL,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("consents", text)


class GrantDialog(QDialog):
    """``recorded`` carries the new ConsentRecord."""

    recorded = Signal(object)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        customer_id: int,
        purpose: Purpose,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.customer_id, self.purpose = customer_id, purpose
        self.setObjectName("grant_dialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.policy = services.policies.current_version()
        self.method = QComboBox()
        self.method.setObjectName("consent_method")
        self.method.addItem(self.tr("— choose how —"), None)
        for m in GRANT_METHODS:
            self.method.addItem(method_label(m), m.value)
        told = default_notice(purpose)
        self.told_purpose = QLineEdit(_tr(told.purpose))
        self.told_purpose.setObjectName("told_purpose")
        self.told_channel = QLineEdit(_tr(told.channel))
        self.told_channel.setObjectName("told_channel")
        self.told_frequency = QLineEdit(_tr(told.frequency))
        self.told_frequency.setObjectName("told_frequency")
        self.message = MessageLabel()
        self.message.setObjectName("grant_error")
        policy_text = (
            self.tr("{label}, in force since {day}").format(
                label=self.policy.label, day=day_text(self.policy.effective_on)
            )
            if self.policy
            else self.tr("none yet")
        )
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            paragraph(
                self.tr("Record only what the customer actually agreed to: {purpose}.").format(
                    purpose=purpose_label(purpose)
                )
            )
        )
        form.addRow(self.tr("How the customer agreed:"), self.method)
        form.addRow(self.tr("Purpose they were told:"), self.told_purpose)
        form.addRow(self.tr("Channel they were told:"), self.told_channel)
        form.addRow(self.tr("How often they were told:"), self.told_frequency)
        self.policy_shown = QLabel(policy_text)
        self.policy_shown.setObjectName("policy_shown")
        form.addRow(self.tr("Privacy policy shown:"), self.policy_shown)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Record consent"))
        self.save_button.setObjectName("save_consent")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form.addRow(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.enter_keys = SaveOnlyFromButton(self, self.save)
        if self.policy is None:
            self.message.show_error(
                self.tr(
                    "The director has not recorded the shop's privacy policy yet, so no "
                    "consent can be recorded. Ask the director to add it."
                )
            )
            self.save_button.setEnabled(False)

    def save(self) -> None:
        self.message.clear_message()
        raw = self.method.currentData()
        if raw is None:
            self.message.show_error(self.tr("Choose how the customer agreed."))
            self.method.setFocus()
            return
        notice = ConsentNotice(
            self.told_purpose.text(), self.told_channel.text(), self.told_frequency.text()
        )
        change = ConsentChange(
            self.purpose, True, ConsentMethod(raw), notice, self.policy.id if self.policy else None
        )
        try:
            record = self.services.consents.record_consent(self.actor, self.customer_id, change)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            if error_field(exc) == "notice":
                self.told_purpose.setFocus()
            return
        self.recorded.emit(record)
        self.accept()
