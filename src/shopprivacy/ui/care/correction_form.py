"""Correcting a customer's record inside a correction request: the desk's own customer form,
saved through the request so each changed field's old and new value go (sealed) into the
request's history and the reply letter can say what changed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from shopprivacy.domain.customer_validation import DuplicateCustomer
from shopprivacy.domain.customers import CustomerDetails
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.errors import error_text


class CorrectionForm(CustomerForm):
    """``corrected`` carries the list of fields changed."""

    corrected = Signal(object)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request_id: int,
        details: CustomerDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, details, parent)
        self.request_id = request_id
        self.setWindowTitle(self.tr("Correct the customer's record (request #{id})").format(
            id=request_id))  # fmt: skip

    def save(self, expected_version: int | None = None) -> None:
        self.clear_errors()
        draft = self.draft()
        version = self.version if expected_version is None else expected_version
        try:
            fields = self.services.requests.correct_customer(
                self.actor, self.request_id, draft, version
            )
        except DuplicateCustomer as dup:
            self.general_error.show_error(error_text(dup))
        except ValidationError as exc:
            self.show_error(exc)
        except Exception as exc:  # refused, changed elsewhere, damaged: said plainly
            self.general_error.show_error(error_text(exc))
        else:
            self.corrected.emit(fields)
            self.accept()
