"""Consents per purpose and their history. Granting asks how and what the customer was told;
opting out is one click per channel and is in force when the click returns."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.consents import ConsentMethod, ConsentRecord, Purpose
from shopprivacy.domain.customers import CustomerDetails
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import Services
from shopprivacy.ui.desk.grant_dialog import GrantDialog
from shopprivacy.ui.desk.labels import method_label, purpose_label, time_text
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel

OPT_OUT_METHODS = (
    ConsentMethod.IN_PERSON,
    ConsentMethod.PHONE,
    ConsentMethod.EMAIL,
    ConsentMethod.LETTER,
    ConsentMethod.WEB_FORM,
)


class ConsentPanel(QWidget):
    """``changed`` fires after a grant or an opt-out, so the record can be read again."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        details: CustomerDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor, self.details = services, actor, details
        self.can_grant = allows(actor.role, Permission.RECORD_CONSENT)
        self.can_withdraw = self.can_grant or allows(actor.role, Permission.MARK_OPT_OUT)
        self.message = MessageLabel()
        self.message.setObjectName("consent_message")
        self.asked_by = QComboBox()
        self.asked_by.setObjectName("opt_out_method")
        for m in OPT_OUT_METHODS:
            self.asked_by.addItem(method_label(m), m.value)
        asked = QHBoxLayout()
        asked.addWidget(QLabel(self.tr("An opt-out is asked for:")))
        asked.addWidget(self.asked_by)
        asked.addStretch(1)
        self.grid = QGridLayout()
        self.state_labels: dict[Purpose, QLabel] = {}
        self.grant_buttons: dict[Purpose, QPushButton] = {}
        self.opt_out_buttons: dict[Purpose, QPushButton] = {}
        for row, purpose in enumerate(Purpose):
            state = QLabel()
            state.setObjectName(f"state_{purpose.value}")
            grant = QPushButton(self.tr("Record consent…"))
            grant.setObjectName(f"grant_{purpose.value}")
            out = QPushButton(self.tr("Opt out"))
            out.setObjectName(f"opt_out_{purpose.value}")
            out.setAutoDefault(False)
            out.setToolTip(self.tr("Stops this use now. The history keeps both entries."))
            actions = QHBoxLayout()
            actions.setContentsMargins(0, 0, 0, 0)
            actions.addWidget(grant)
            actions.addWidget(out)
            self.grid.addWidget(QLabel(purpose_label(purpose)), row, 0)
            self.grid.addWidget(state, row, 1)
            self.grid.addLayout(actions, row, 2)
            self.state_labels[purpose] = state
            self.grant_buttons[purpose] = grant
            self.opt_out_buttons[purpose] = out
            grant.clicked.connect(lambda _c=False, p=purpose: self.ask_grant(p))
            out.clicked.connect(lambda _c=False, p=purpose: self.opt_out(p))
        self.grid.setColumnStretch(1, 1)
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("consent_history")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Purpose"),
                self.tr("Change"),
                self.tr("How"),
                self.tr("What the customer was told"),
            ]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addLayout(asked)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("History (never changed, newest first):")))
        layout.addWidget(self.history, 1)
        self.show_details(details)

    def show_details(self, details: CustomerDetails) -> None:
        self.details = details
        latest: dict[Purpose, ConsentRecord] = {}
        for entry in details.consents:  # newest first
            latest.setdefault(entry.purpose, entry)
        for purpose in Purpose:
            granted = details.consent_state.get(purpose, False)
            record = latest.get(purpose)
            if granted and record is not None:
                text = self.tr("✔ Agreed {when} ({how})").format(
                    when=time_text(record.at), how=method_label(record.method)
                )
            elif record is not None:
                text = self.tr("✖ Opted out {when}").format(when=time_text(record.at))
            else:
                text = self.tr("— Not asked / not agreed")
            self.state_labels[purpose].setText(text)
            self.grant_buttons[purpose].setVisible(self.can_grant and not granted)
            self.opt_out_buttons[purpose].setVisible(self.can_withdraw and granted)
        self.history.setRowCount(len(details.consents))
        for row, r in enumerate(details.consents):
            told = ""
            if r.notice is not None:
                told = " · ".join((r.notice.purpose, r.notice.channel, r.notice.frequency))
            cells = (
                time_text(r.at),
                purpose_label(r.purpose),
                self.tr("Agreed") if r.granted else self.tr("Opted out"),
                method_label(r.method),
                told,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the notice is often longer than its column
                self.history.setItem(row, column, item)

    def ask_grant(self, purpose: Purpose) -> None:
        self.message.clear_message()
        self.grant_dialog = GrantDialog(self.services, self.actor, self.details.id, purpose, self)
        self.grant_dialog.recorded.connect(lambda _r: self._done(self.tr("Consent recorded.")))
        # Qt gives the focus back to the button that opened the dialog; once the consent is
        # recorded that row's button is "Opt out", and one more Enter would withdraw it.
        self.grant_dialog.finished.connect(lambda _r: QTimer.singleShot(0, self.rest_focus))
        self.grant_dialog.open()

    def rest_focus(self) -> None:
        """Leave the keyboard on the history (read-only), never on an opt-out button."""
        self.history.setFocus()

    def opt_out(self, purpose: Purpose) -> None:
        """One click: in force at once, no question asked."""
        self.message.clear_message()
        method = ConsentMethod(self.asked_by.currentData())
        try:
            self.services.consents.opt_out(self.actor, self.details.id, method, (purpose,))
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self._done(
            self.tr("{purpose}: opted out. It applies from now on.").format(
                purpose=purpose_label(purpose)
            )
        )

    def _done(self, text: str) -> None:
        self.changed.emit()
        self.message.show_ok(text)
        self.rest_focus()
