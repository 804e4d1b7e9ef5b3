"""One request: where it stands, its clock and history, and only the next valid steps.

Which step fits is the domain's rule (``available_steps``), the same one the service uses to
refuse: a step that does not fit is greyed out with the reason on hover. Everything shown is
rebuilt from the selected request alone, and the fields typed for another request are emptied
when the selection changes, so nothing of one customer's request shows on another's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.corrections import FIELD_LABELS
from shopprivacy.domain.request_letters import LetterKind
from shopprivacy.domain.requests import (
    HistoryKind,
    IdentityMethod,
    RequestInfo,
    RequestType,
    Step,
    available_steps,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import Services
from shopprivacy.ui.care.correction_form import CorrectionForm
from shopprivacy.ui.care.queue_model import shop_time
from shopprivacy.ui.care.request_actions import RequestActions
from shopprivacy.ui.care.request_confirm import RequestConfirmations
from shopprivacy.ui.care.request_paper import RequestPapers
from shopprivacy.ui.care.request_text import (
    clock_text,
    identity_text,
    progress_text,
    result_text,
    who_text,
)
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import ERROR_STYLE, OK_STYLE, MessageLabel, heading, paragraph

# The button of each step (the key is the button's name, ``request_<key>``).
STEP_KEYS = {
    Step.IDENTITY: "identity",
    Step.START: "start",
    Step.WAIT: "wait",
    Step.RESUME: "resume",
    Step.EXTEND: "extend",
    Step.SUBMIT: "submit",
    Step.APPROVE: "approve",
    Step.REJECT: "reject",
    Step.REFUSE: "refuse",
    Step.COMPLETE: "complete",
    Step.DATA_REPORT: "report",
    Step.LETTER: "letter",
    Step.CORRECT: "correct",
}
# Steps that belong to one kind of request only: the others do not show the button at all.
ONLY_FOR = {
    "report": RequestType.ACCESS,
    "correct": RequestType.CORRECTION,
    "submit": RequestType.DELETION,
    "approve": RequestType.DELETION,
    "reject": RequestType.DELETION,
    "finding": RequestType.COMPLAINT,
}
BUTTONS_PER_ROW = 3

LETTER_VALUES = frozenset(kind.value for kind in LetterKind)


class PaneMessage(MessageLabel):
    """A message in the scrolling request pane: the pane scrolls to it, and the window keeps its
    size (a growing main window would slip under a small laptop's taskbar)."""

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText("✖ " + text)
        self.show()

    def show_ok(self, text: str) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText("✔ " + text)
        self.show()


class ButtonGrid(QGridLayout):
    """Buttons in rows of three: they keep their words whole in a narrow pane. ``pack`` closes
    the gaps the buttons hidden for this kind of request would leave."""

    def __init__(self, buttons: list[QPushButton]) -> None:
        super().__init__()
        self.all = buttons
        self.pack(set())

    def pack(self, hidden: set[QPushButton]) -> None:
        """Lay out the buttons not in ``hidden`` (which are hidden), in their order."""
        for button in self.all:
            self.removeWidget(button)
            button.setVisible(button not in hidden)
        shown = [b for b in self.all if b not in hidden]
        for i, button in enumerate(shown):
            self.addWidget(button, i // BUTTONS_PER_ROW, i % BUTTONS_PER_ROW)


class RequestPanel(RequestActions, RequestPapers, RequestConfirmations, QWidget):
    """``changed`` is emitted after any step, so the queue redraws."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.info: RequestInfo | None = None
        self.customer_name: str | None = None
        self.correction_form: CorrectionForm | None = None
        self.title = heading("", 1.15)
        self.title.setWordWrap(True)
        self.summary = paragraph("")
        self.summary.setObjectName("request_summary")
        self.progress = paragraph("")
        self.progress.setObjectName("request_progress")
        self.clock = paragraph("")
        self.clock.setObjectName("request_clock")
        self.message = PaneMessage()
        self.message.setObjectName("request_message")
        self.history = QListWidget()
        self.history.setObjectName("request_history")
        self.history.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

        self.method = QComboBox()
        self.method.setObjectName("identity_method")
        for m in IdentityMethod:
            self.method.addItem(QCoreApplication.translate("requests", m.label), m)
        self.identity_note = QLineEdit()
        self.identity_note.setObjectName("identity_note")
        self.identity_note.setPlaceholderText(self.tr("e.g. called back the number we hold"))
        self.identity_done = paragraph("")
        self.identity_done.setObjectName("identity_recorded")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Reason (goes into the letter to the customer)"))
        self.wait_reason = QLineEdit()
        self.wait_reason.setObjectName("wait_reason")
        self.wait_reason.setPlaceholderText(self.tr("What we wait for (e.g. a copy of the ID)"))
        self.outcome = QLineEdit()
        self.outcome.setObjectName("outcome")
        self.remedy = QLineEdit()
        self.remedy.setObjectName("remedy")
        self.note = QLineEdit()
        self.note.setObjectName("request_note")
        self.note.setPlaceholderText(self.tr("A note for the file (kept encrypted)"))

        self.buttons: dict[str, QPushButton] = {}
        b = self._button
        identity_box = QGroupBox(self.tr("1. Check who is asking"))
        identity = QVBoxLayout(identity_box)
        identity.addWidget(self.identity_done)
        self.identity_form = QWidget()
        identity_form = QFormLayout(self.identity_form)
        identity_form.setContentsMargins(0, 0, 0, 0)
        identity_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        identity_form.addRow(self.tr("How:"), self.method)
        identity_form.addRow(self.tr("Details:"), self.identity_note)
        identity_form.addRow(b("identity", self.tr("Identity checked"), self.check_identity))
        identity.addWidget(self.identity_form)

        work_box = QGroupBox(self.tr("2. Work the request"))
        work = QVBoxLayout(work_box)
        self.work_grid = ButtonGrid([
            b("acknowledge", self.tr("Customer told we received it"), self.acknowledge),
            b("start", self.tr("Start work"), self.start),
            b("report", self.tr("Data report (PDF)…"), self.ask_data_report),
            b("correct", self.tr("Correct the record…"), self.open_correction),
            b("submit", self.tr("Send to the director"), self.submit),
        ])  # fmt: skip
        work.addLayout(self.work_grid)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(b("note", self.tr("Add note"), self.add_note))
        note_row.addWidget(b("finding", self.tr("Add as finding"), self.add_finding))
        work.addLayout(note_row)
        complaint = QFormLayout()
        complaint.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        complaint.addRow(self.tr("What we found:"), self.outcome)
        complaint.addRow(self.tr("What we do about it:"), self.remedy)
        complaint.addRow(b("outcome", self.tr("Record the outcome"), self.record_outcome))
        self.complaint_box = QWidget()
        self.complaint_box.setLayout(complaint)
        work.addWidget(self.complaint_box)
        wait_row = QHBoxLayout()
        wait_row.addWidget(self.wait_reason, 1)
        wait_row.addWidget(b("wait", self.tr("Wait for the customer"), self.wait))
        wait_row.addWidget(b("resume", self.tr("Resume"), self.resume))
        work.addLayout(wait_row)

        decide_box = QGroupBox(self.tr("3. Decide and reply"))
        decide = QVBoxLayout(decide_box)
        decide.addWidget(self.reason)
        self.decide_grid = ButtonGrid([
            b("extend", self.tr("Extend once"), self.extend),
            b("refuse", self.tr("Refuse"), self.refuse),
            b("approve", self.tr("Approve deletion"), self.approve),
            b("reject", self.tr("Reject deletion"), self.reject),
            b("complete", self.tr("Complete"), self.ask_complete),
            b("letter", self.tr("Print the reply letter…"), self.ask_letter),
        ])  # fmt: skip
        decide.addLayout(self.decide_grid)
        self.director = allows(actor.role, Permission.APPROVE_DELETION)

        layout = QVBoxLayout(self)
        for w in (self.title, self.summary, self.progress, self.clock, self.message):
            layout.addWidget(w)
        layout.addWidget(identity_box)
        layout.addWidget(work_box)
        layout.addWidget(decide_box)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        self.show_request(None)

    def _button(self, key: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"request_{key}")
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    # -- showing -------------------------------------------------------------------------------
    def load(self, request_id: int, customer_name: str | None = None) -> None:
        """Open a request (audited as a read by the service). ``customer_name`` is the name the
        queue shows for it; kept while the same request stays selected."""
        if self.info is None or self.info.id != request_id or customer_name:
            self.customer_name = customer_name
        try:
            info = self.services.requests.get_request(self.actor, request_id)
        except Exception as exc:
            self.show_request(None)
            self.message.show_error(error_text(exc))
            return
        self.show_request(info)

    def clear_inputs(self) -> None:
        """Everything typed or chosen for the previous request goes."""
        for edit in (
            self.identity_note, self.reason, self.wait_reason, self.outcome, self.remedy,
            self.note,
        ):  # fmt: skip
            edit.clear()
        self.method.setCurrentIndex(0)
        self.message.clear_message()

    def show_request(self, info: RequestInfo | None) -> None:
        if info is None or self.info is None or info.id != self.info.id:
            self.clear_inputs()
        self.info = info
        self.setEnabled(info is not None)
        if info is None:
            self.customer_name = None
            self.title.setText(self.tr("Choose a request in the list"))
            for w in (self.summary, self.progress, self.clock, self.identity_done):
                w.clear()
            self.history.clear()
            return
        kind = QCoreApplication.translate("requests", info.type.label)
        status = QCoreApplication.translate("requests", info.status.label)
        self.title.setText(self.tr("Request #{id}: {kind} ({status})").format(
            id=info.id, kind=kind, status=status))  # fmt: skip
        self.summary.setText(
            self.tr("From {who}. They said: {summary}").format(
                who=who_text(info, self.customer_name), summary=info.summary or "—"
            )
            + result_text(info)
        )
        self.progress.setText(progress_text(info))
        self.clock.setText(clock_text(info, self.services.vault.now()))
        recorded = identity_text(info)
        self.identity_done.setText(recorded or self.tr("Not checked yet."))
        self.identity_form.setVisible(not recorded and info.status.is_open)
        self._show_history(info)
        self._show_steps(info)

    def _show_history(self, info: RequestInfo) -> None:
        self.history.clear()
        for h in info.history:
            text = h.text or ""
            if h.kind is HistoryKind.LETTER_PRINTED and text in LETTER_VALUES:
                # the service keeps which letter as its key: show the letter's title instead
                title = QCoreApplication.translate("requests", LetterKind(text).label)
                text = f"“{title}”"
            if h.field:
                name = QCoreApplication.translate("requests", FIELD_LABELS.get(h.field, h.field))
                text = f"{name}: {h.old or '—'} → {h.new or '—'}"
            kind_text = QCoreApplication.translate("requests", h.kind.label)
            self.history.addItem(f"{shop_time(h.at)}  {kind_text}  {text}".rstrip())

    def _show_steps(self, info: RequestInfo) -> None:
        """Each step's button enabled only when the rule allows it, the reason on hover."""
        for state in available_steps(info, self.actor.role):
            button = self.buttons[STEP_KEYS[state.step]]
            button.setEnabled(state.allowed)
            reason = state.reason and QCoreApplication.translate("errors", state.reason)
            button.setToolTip(reason or "")
        hidden = {self.buttons[key] for key, kind in ONLY_FOR.items() if info.type is not kind}
        if not self.director:
            hidden |= {self.buttons["approve"], self.buttons["reject"]}
        # Steps outside the rule's list: a note and the complaint's outcome while the request
        # is open and not waiting; the acknowledgement once.
        working = info.status.is_open and not info.waiting
        self.buttons["note"].setEnabled(info.status.is_open)
        self.buttons["finding"].setEnabled(working)
        self.buttons["outcome"].setEnabled(working)
        self.buttons["acknowledge"].setEnabled(working and info.acknowledged_at is None)
        self.complaint_box.setVisible(info.type is RequestType.COMPLAINT and info.status.is_open)
        self.work_grid.pack(hidden)
        self.decide_grid.pack(hidden)
        self.buttons["finding"].setVisible(self.buttons["finding"] not in hidden)
