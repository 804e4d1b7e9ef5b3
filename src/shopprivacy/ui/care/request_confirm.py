"""Asking before a request step that cannot be undone: completing a deletion erases the
customer for good, completing a consent withdrawal stops every use they agreed to. The question
names the customer and what will be lost; Cancel is the default button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from shopprivacy.domain.requests import WITHDRAWAL_TYPES, RequestInfo, RequestType
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.care.request_text import who_text
from shopprivacy.ui.widgets import confirmation

CTX = "request_screens"


class RequestConfirmations:
    """Mixed into the request panel, which provides these."""

    services: Services
    actor: Actor
    info: RequestInfo | None
    customer_name: str | None
    confirm_box: QMessageBox | None = None
    confirm_yes: QPushButton | None = None

    def complete(self) -> None:
        raise NotImplementedError

    def ask_complete(self) -> None:
        info = self.info
        if info is None:
            return
        if info.type is RequestType.DELETION:
            self._confirm(info, *self._erasure_words(info))
        elif info.type in WITHDRAWAL_TYPES and info.customer_id is not None:
            self._confirm(info, *self._withdrawal_words(info))
        else:
            self.complete()

    def _erasure_words(self, info: RequestInfo) -> tuple[str, str, str, str]:
        name = who_text(info, self.customer_name)
        kept = ""
        try:
            holds = self.services.requests.legal_holds(self.actor, info.id)
        except Exception:  # the service says it again when the erasure runs
            holds = None
        if holds is not None and holds.keeps_anything:
            kept = " " + QCoreApplication.translate(
                CTX,
                "The accounting facts of {n} orders stay, without the name (the law on "
                "accounting records requires them).",
            ).format(n=len(holds.orders))
        return (
            "confirm_erasure",
            QCoreApplication.translate(CTX, "Erase the customer's data for good"),
            QCoreApplication.translate(CTX, "Erase everything the shop holds about {name}?").format(
                name=name
            ),
            QCoreApplication.translate(
                CTX,
                "Name, phone, email, addresses, notes and consents of {name} are erased and "
                "cannot be brought back, not even from a backup. The reply letter is composed "
                "first and kept with this request, so it can still be printed afterwards. "
                "The customer's other open requests are closed with a note.",
            ).format(name=name)
            + kept,
        )

    def _withdrawal_words(self, info: RequestInfo) -> tuple[str, str, str, str]:
        name = who_text(info, self.customer_name)
        return (
            "confirm_withdrawal",
            QCoreApplication.translate(CTX, "Stop every use the customer agreed to"),
            QCoreApplication.translate(
                CTX, "Complete the request and withdraw every consent {name} has given?"
            ).format(name=name),
            QCoreApplication.translate(
                CTX,
                "Any consent {name} gave since the request came in is withdrawn as well: no "
                "marketing, no personalised offers, nothing shared with partners on consent. "
                "The consent history keeps this for good.",
            ).format(name=name),
        )

    def _confirm(self, info: RequestInfo, name: str, title: str, question: str, what: str) -> None:
        if not isinstance(self, QWidget):
            return
        yes = (
            QCoreApplication.translate(CTX, "Erase for good")
            if info.type is RequestType.DELETION
            else QCoreApplication.translate(CTX, "Withdraw the consents")
        )
        box, self.confirm_yes = confirmation(
            self, name, title, question, what, (yes, "confirm_yes"),
            QCoreApplication.translate(CTX, "Cancel"),
        )  # fmt: skip
        self.confirm_box = box
        box.buttonClicked.connect(self._confirm_clicked)
        box.open()

    def _confirm_clicked(self, button: object) -> None:
        if button is self.confirm_yes:
            self.complete()
