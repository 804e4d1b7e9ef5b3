"""Policy against practice: each place where what the app records contradicts the published
policy, with both ways out — change the policy (a new draft) or change the practice (the
screen where it is recorded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.policy import Contradiction, default_purposes
from shopprivacy.domain.policy_text import purpose_name
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.countries import country_name
from shopprivacy.ui.desk.labels import purpose_label
from shopprivacy.ui.director.access_review_model import screen_language
from shopprivacy.ui.director.policy_purposes import data_text
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import ERROR_STYLE, OK_STYLE, MessageLabel, paragraph

# Where the practice side of a contradiction is changed.
PRACTICE_SCREENS = {
    "partner_not_named": "partners",
    "partner_abroad": "partners",
    "disclosure_not_named": "disclosures",
    "sharing_without_written_consent": "disclosures",
    "consent_purpose_undeclared": "purposes",
    "purpose_not_declared": "purposes",
    "purpose_retention_differs": "purposes",
}


def practice_screen(code: str) -> str:
    """The tab to open; Settings for the rest (fields, retention months, the shop's details)."""
    return PRACTICE_SCREENS.get(code, "settings")


def _param_text(name: str, value: str) -> str:
    """Codes in a finding, in the reader's words."""
    if name == "field":
        return data_text(value)
    if name == "country":
        return country_name(value)
    if name == "purpose":
        if value in Purpose.__members__.values():
            return purpose_label(Purpose(value))
        # A purpose of the starting register is named in the reader's language.
        for default in default_purposes():
            if default.name == value:
                return purpose_name(default, screen_language())
    return value


def contradiction_text(c: Contradiction) -> str:
    text = QCoreApplication.translate("policy", c.message)
    params = {name: _param_text(name, value) for name, value in c.params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


class ContradictionsBox(QWidget):
    """``fix_practice`` carries the screen to open; ``fix_policy`` asks for a new draft."""

    fix_practice = Signal(str)
    fix_policy = Signal()
    counted = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.rows: list[Contradiction] = []
        self.summary = paragraph("")
        self.summary.setObjectName("check_summary")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("contradictions")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What does not match"),
                self.tr("To fix the policy"),
                self.tr("To fix the practice"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.policy_button = QPushButton(self.tr("Fix the policy: draft a new version…"))
        self.policy_button.setObjectName("fix_policy")
        self.practice_button = QPushButton(self.tr("Fix the practice: open where it is recorded"))
        self.practice_button.setObjectName("fix_practice")
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setObjectName("recheck")
        self.message = MessageLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.policy_button)
        buttons.addWidget(self.practice_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.policy_button.clicked.connect(self.fix_policy)
        self.practice_button.clicked.connect(self._open_practice)
        self.recheck_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        """Runs the check (the service audits it) and lists what it found."""
        self.message.clear_message()
        if self.services.policies.current_version() is None:
            self.rows = []
            self._show()
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr("No policy is published yet, so nothing can be checked. Publish one.")
            )
            return
        try:
            self.rows = list(self.services.policies.check(self.actor))
        except Exception as exc:
            self.rows = []
            self._show()
            self.message.show_error(error_text(exc))
            return
        self._show()

    def _show(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, c in enumerate(self.rows):
            cells = (
                contradiction_text(c),
                QCoreApplication.translate("policy", c.fix_policy) if c.fix_policy else "",
                QCoreApplication.translate("policy", c.fix_practice) if c.fix_practice else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if self.rows:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr(
                    "⚠ Places where what the shop does is not what the published policy "
                    "says: {n}. Select one, then fix the policy or the practice."
                ).format(n=len(self.rows))
            )
            if not self.table.selectedItems():
                self.table.selectRow(0)
        else:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(self.tr("✔ What the shop does matches the published policy."))
        self._update_buttons()
        self.counted.emit(len(self.rows))

    def selected(self) -> Contradiction | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.policy_button.setEnabled(chosen)
        self.practice_button.setEnabled(chosen)

    def _open_practice(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.fix_practice.emit(practice_screen(chosen.code))
