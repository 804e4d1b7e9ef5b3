"""One request: what was asked, its clock and history, and the next steps as buttons.

The buttons only call the request service; which step is allowed is the service's rule, so a
refused step shows the service's own explanation here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
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
from shopprivacy.domain.requests import IdentityMethod, RequestInfo, RequestType, Status
from shopprivacy.domain.staff import Actor
from shopprivacy.reports.customer_data_report import export_customer_data_report_pdf
from shopprivacy.reports.request_letters import export_request_letter_pdf
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import Services
from shopprivacy.ui.care.correction_form import CorrectionForm
from shopprivacy.ui.care.queue_model import shop_time
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, heading, paragraph


def paper_language() -> str:
    """Letters are printed in the language the screens are showing."""
    probe = "Yes"
    return "vi" if QCoreApplication.translate("request_reports", probe) != probe else "en"


class RequestPanel(QWidget):
    """``changed`` is emitted after any step, so the queue redraws."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.info: RequestInfo | None = None
        self.correction_form: CorrectionForm | None = None
        self.title = heading("", 1.15)
        self.summary = paragraph("")
        self.summary.setObjectName("request_summary")
        self.clock = paragraph("")
        self.clock.setObjectName("request_clock")
        self.message = MessageLabel()
        self.message.setObjectName("request_message")
        self.history = QListWidget()
        self.history.setObjectName("request_history")

        self.method = QComboBox()
        self.method.setObjectName("identity_method")
        for m in IdentityMethod:
            self.method.addItem(QCoreApplication.translate("requests", m.label), m)
        self.identity_note = QLineEdit()
        self.identity_note.setObjectName("identity_note")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Reason (goes into the letter to the customer)"))
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
        identity_form = QFormLayout(identity_box)
        identity_form.addRow(self.tr("How:"), self.method)
        identity_form.addRow(self.tr("Details:"), self.identity_note)
        identity_form.addRow(b("identity", self.tr("Identity checked"), self.check_identity))
        work_box = QGroupBox(self.tr("2. Work the request"))
        work = QVBoxLayout(work_box)
        row = QHBoxLayout()
        for key, text, slot in (
            ("acknowledge", self.tr("Customer told we received it"), self.acknowledge),
            ("start", self.tr("Start work"), self.start),
            ("report", self.tr("Data report (PDF)…"), self.ask_data_report),
            ("correct", self.tr("Correct the record…"), self.open_correction),
            ("submit", self.tr("Send to the director"), self.submit),
        ):
            row.addWidget(b(key, text, slot))
        work.addLayout(row)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(b("note", self.tr("Add note"), self.add_note))
        note_row.addWidget(b("finding", self.tr("Add as finding"), self.add_finding))
        work.addLayout(note_row)
        complaint = QFormLayout()
        complaint.addRow(self.tr("What we found:"), self.outcome)
        complaint.addRow(self.tr("What we do about it:"), self.remedy)
        complaint.addRow(b("outcome", self.tr("Record the outcome"), self.record_outcome))
        self.complaint_box = QWidget()
        self.complaint_box.setLayout(complaint)
        work.addWidget(self.complaint_box)
        decide_box = QGroupBox(self.tr("3. Decide and reply"))
        decide = QVBoxLayout(decide_box)
        decide.addWidget(self.reason)
        row = QHBoxLayout()
        for key, text, slot in (
            ("extend", self.tr("Extend once"), self.extend),
            ("refuse", self.tr("Refuse"), self.refuse),
            ("approve", self.tr("Approve deletion"), self.approve),
            ("reject", self.tr("Reject deletion"), self.reject),
            ("complete", self.tr("Complete"), self.complete),
            ("letter", self.tr("Reply letter (PDF)…"), self.ask_letter),
        ):
            row.addWidget(b(key, text, slot))
        decide.addLayout(row)
        director = allows(actor.role, Permission.APPROVE_DELETION)
        self.buttons["approve"].setVisible(director)
        self.buttons["reject"].setVisible(director)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.clock)
        layout.addWidget(self.message)
        layout.addWidget(identity_box)
        layout.addWidget(work_box)
        layout.addWidget(decide_box)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        self.show_request(None)

    def _button(self, key: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"request_{key}")
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    # -- showing -------------------------------------------------------------------------------
    def load(self, request_id: int) -> None:
        """Open a request (audited as a read by the service)."""
        try:
            self.show_request(self.services.requests.get_request(self.actor, request_id))
        except Exception as exc:
            self.message.show_error(error_text(exc))

    def show_request(self, info: RequestInfo | None) -> None:
        self.info = info
        self.setEnabled(info is not None)
        if info is None:
            self.title.setText(self.tr("Choose a request in the list"))
            for w in (self.summary, self.clock):
                w.clear()
            self.history.clear()
            return
        kind = QCoreApplication.translate("requests", info.type.label)
        status = QCoreApplication.translate("requests", info.status.label)
        self.title.setText(self.tr("Request #{id}: {kind} ({status})").format(
            id=info.id, kind=kind, status=status))  # fmt: skip
        who = info.requester_name or ""
        if info.customer_id is not None:
            who = self.tr("customer #{id}").format(id=info.customer_id)
        self.summary.setText(
            self.tr("From {who}. They said: {summary}").format(who=who, summary=info.summary or "—")
        )
        self.clock.setText(
            self.tr("Received {received}. Acknowledge by {ack}. Complete by {due}.").format(
                received=shop_time(info.received_at),
                ack=shop_time(info.acknowledge_due),
                due=shop_time(info.due),
            )
        )
        self.history.clear()
        for h in info.history:
            text = h.text or ""
            if h.field:
                name = QCoreApplication.translate("requests", FIELD_LABELS.get(h.field, h.field))
                text = f"{name}: {h.old or '—'} → {h.new or '—'}"
            kind_text = QCoreApplication.translate("requests", h.kind.label)
            self.history.addItem(f"{shop_time(h.at)}  {kind_text}  {text}".rstrip())
        is_open = info.status.is_open
        self.complaint_box.setVisible(info.type is RequestType.COMPLAINT and is_open)
        self.buttons["report"].setVisible(info.type is RequestType.ACCESS)
        self.buttons["submit"].setVisible(info.type is RequestType.DELETION)
        self.buttons["correct"].setVisible(info.type is RequestType.CORRECTION)
        self.buttons["finding"].setVisible(info.type is RequestType.COMPLAINT)
        for key in ("identity", "acknowledge", "start", "extend", "refuse", "complete"):
            self.buttons[key].setEnabled(is_open)
        self.buttons["identity"].setEnabled(info.status is Status.NEW)
        self.buttons["start"].setEnabled(info.status is Status.IDENTITY_CHECKED)

    # -- steps ---------------------------------------------------------------------------------
    def _do(self, step: Callable[[int], RequestInfo], done: str) -> bool:
        if self.info is None:
            return False
        self.message.clear_message()
        try:
            info = step(self.info.id)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return False
        self.show_request(info)  # the step returns the request as it now stands
        self.message.show_ok(done)
        self.changed.emit()
        return True

    def check_identity(self) -> None:
        r = self.services.requests
        self._do(
            lambda i: r.record_identity_check(
                self.actor, i, self.method.currentData(), self.identity_note.text()
            ),
            self.tr("Identity recorded."),
        )

    def acknowledge(self) -> None:
        r = self.services.requests
        self._do(lambda i: r.acknowledge(self.actor, i), self.tr("Acknowledgement recorded."))

    def start(self) -> None:
        r = self.services.requests
        self._do(lambda i: r.start(self.actor, i), self.tr("Work started."))

    def submit(self) -> None:
        r = self.services.requests
        self._do(lambda i: r.request_approval(self.actor, i), self.tr("Sent to the director."))

    def approve(self) -> None:
        r = self.services.requests
        self._do(lambda i: r.approve(self.actor, i), self.tr("Deletion approved."))

    def reject(self) -> None:
        r = self.services.requests
        if self._do(lambda i: r.reject(self.actor, i, self.reason.text()), self.tr("Rejected.")):
            self.reason.clear()

    def refuse(self) -> None:
        r = self.services.requests
        if self._do(lambda i: r.refuse(self.actor, i, self.reason.text()), self.tr("Refused.")):
            self.reason.clear()

    def extend(self) -> None:
        r = self.services.requests
        if self._do(lambda i: r.extend(self.actor, i, self.reason.text()), self.tr("Extended.")):
            self.reason.clear()

    def add_note(self) -> None:
        self._note(finding=False)

    def add_finding(self) -> None:
        self._note(finding=True)

    def _note(self, finding: bool) -> None:
        r = self.services.requests
        if self._do(
            lambda i: r.add_note(self.actor, i, self.note.text(), finding=finding),
            self.tr("Note added."),
        ):
            self.note.clear()

    def record_outcome(self) -> None:
        r = self.services.requests
        self._do(
            lambda i: r.record_complaint_outcome(
                self.actor, i, self.outcome.text(), self.remedy.text()
            ),
            self.tr("Outcome recorded."),
        )

    def complete(self) -> None:
        r = self.services.requests
        self._do(lambda i: r.complete(self.actor, i), self.tr("Request completed."))

    def open_correction(self) -> None:
        """The whole record, unmasked for this request (audited as a read by the service)."""
        info = self.info
        if info is None:
            return
        self.message.clear_message()
        try:
            details = self.services.requests.customer_for_correction(self.actor, info.id)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        form = CorrectionForm(self.services, self.actor, info.id, details, parent=self)
        form.corrected.connect(self._corrected)
        self.correction_form = form
        form.open()

    def _corrected(self, fields: object) -> None:
        if self.info is not None:
            self.load(self.info.id)
        n = len(fields) if isinstance(fields, list) else 0
        self.message.show_ok(self.tr("Record corrected: {n} fields changed.").format(n=n))
        self.changed.emit()

    # -- paper ---------------------------------------------------------------------------------
    def ask_letter(self) -> None:
        if self.info is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the reply letter"), f"thu-tra-loi-{self.info.id}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_letter(Path(path))

    def save_letter(self, path: Path) -> bool:
        """Write the reply letter (audited as a print by the service)."""
        if self.info is None:
            return False
        try:
            export_request_letter_pdf(
                self.services, self.actor, self.info.id, path, paper_language()
            )
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return False
        self.load(self.info.id)
        self.message.show_ok(self.tr("Letter saved: {path}").format(path=path))
        return True

    def ask_data_report(self) -> None:
        if self.info is None or self.info.customer_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the data report"), f"du-lieu-{self.info.customer_id}.pdf",
            "PDF (*.pdf)",
        )  # fmt: skip
        if path:
            self.save_data_report(Path(path))

    def save_data_report(self, path: Path) -> bool:
        """The customer's data report for this access request (audited by the service)."""
        info = self.info
        if info is None or info.customer_id is None:
            return False
        try:
            export_customer_data_report_pdf(
                self.services, self.actor, info.customer_id, path, paper_language(), info.id
            )
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return False
        self.load(info.id)
        self.message.show_ok(self.tr("Data report saved: {path}").format(path=path))
        return True
