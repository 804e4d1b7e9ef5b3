"""The request panel's steps: each calls the request service with the acting staff member and
shows the request as the service returns it (or the service's refusal, word for word)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QWidget

from shopprivacy.domain.requests import RequestInfo
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.care.correction_form import CorrectionForm
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel

PANEL = "RequestPanel"  # the translations keep the panel's context


class RequestActions:
    """Mixed into the request panel, which provides these."""

    services: Services
    actor: Actor
    info: RequestInfo | None
    message: MessageLabel
    history: QListWidget
    changed: SignalInstance
    correction_form: CorrectionForm | None
    method: QComboBox
    identity_note: QLineEdit
    wait_reason: QLineEdit
    reason: QLineEdit
    note: QLineEdit
    outcome: QLineEdit
    remedy: QLineEdit

    def show_request(self, info: RequestInfo | None) -> None:
        raise NotImplementedError

    def load(self, request_id: int, customer_name: str | None = None) -> None:
        raise NotImplementedError

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
        self.rest_focus()
        return True

    def rest_focus(self) -> None:
        """After a step its button is greyed out and Qt would hand the keyboard to the next
        one, perhaps "Complete": the keyboard goes to the (read-only) history instead."""
        self.history.setFocus()

    def check_identity(self) -> None:
        r = self.services.requests
        if self._do(
            lambda i: r.record_identity_check(
                self.actor, i, self.method.currentData(), self.identity_note.text()
            ),
            QCoreApplication.translate(PANEL, "Identity recorded."),
        ):
            self.identity_note.clear()

    def acknowledge(self) -> None:
        r = self.services.requests
        self._do(
            lambda i: r.acknowledge(self.actor, i),
            QCoreApplication.translate(PANEL, "Acknowledgement recorded."),
        )

    def start(self) -> None:
        r = self.services.requests
        self._do(
            lambda i: r.start(self.actor, i), QCoreApplication.translate(PANEL, "Work started.")
        )

    def wait(self) -> None:
        r = self.services.requests
        if self._do(
            lambda i: r.wait_on_customer(self.actor, i, self.wait_reason.text()),
            QCoreApplication.translate(PANEL, "The clock is stopped until the customer answers."),
        ):
            self.wait_reason.clear()

    def resume(self) -> None:
        r = self.services.requests
        self._do(
            lambda i: r.resume(self.actor, i),
            QCoreApplication.translate(
                PANEL, "The clock runs again; the due date moved by the time waited."
            ),
        )

    def submit(self) -> None:
        r = self.services.requests
        self._do(
            lambda i: r.request_approval(self.actor, i),
            QCoreApplication.translate(PANEL, "Sent to the director."),
        )

    def approve(self) -> None:
        r = self.services.requests
        self._do(
            lambda i: r.approve(self.actor, i),
            QCoreApplication.translate(PANEL, "Deletion approved."),
        )

    def reject(self) -> None:
        r = self.services.requests
        if self._do(
            lambda i: r.reject(self.actor, i, self.reason.text()),
            QCoreApplication.translate(PANEL, "Rejected."),
        ):
            self.reason.clear()

    def refuse(self) -> None:
        r = self.services.requests
        if self._do(
            lambda i: r.refuse(self.actor, i, self.reason.text()),
            QCoreApplication.translate(PANEL, "Refused."),
        ):
            self.reason.clear()

    def extend(self) -> None:
        r = self.services.requests
        if self._do(
            lambda i: r.extend(self.actor, i, self.reason.text()),
            QCoreApplication.translate(PANEL, "Extended."),
        ):
            self.reason.clear()

    def add_note(self) -> None:
        self._note(finding=False)

    def add_finding(self) -> None:
        self._note(finding=True)

    def _note(self, finding: bool) -> None:
        r = self.services.requests
        if self._do(
            lambda i: r.add_note(self.actor, i, self.note.text(), finding=finding),
            QCoreApplication.translate(PANEL, "Note added."),
        ):
            self.note.clear()

    def record_outcome(self) -> None:
        r = self.services.requests
        self._do(
            lambda i: r.record_complaint_outcome(
                self.actor, i, self.outcome.text(), self.remedy.text()
            ),
            QCoreApplication.translate(PANEL, "Outcome recorded."),
        )

    def complete(self) -> None:
        """Carry the request out (after the confirmation, for an irreversible one)."""
        r = self.services.requests
        self._do(
            lambda i: r.complete(self.actor, i),
            QCoreApplication.translate(PANEL, "Request completed."),
        )

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
        parent = self if isinstance(self, QWidget) else None
        form = CorrectionForm(self.services, self.actor, info.id, details, parent=parent)
        form.corrected.connect(self._corrected)
        self.correction_form = form
        form.open()

    def _corrected(self, fields: object) -> None:
        if self.info is not None:
            self.load(self.info.id)
        n = len(fields) if isinstance(fields, list) else 0
        self.message.show_ok(
            QCoreApplication.translate(PANEL, "Record corrected: {n} fields changed.").format(n=n)
        )
        self.changed.emit()
