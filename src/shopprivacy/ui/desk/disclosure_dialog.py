"""Record that some of the customer's details were given to a partner, from the customer's own
screen: the details, the partner, the basis and the purpose, for this one customer.

The service applies the rules (an expired agreement, a withdrawn consent to sharing, a basis
only the director may use); its refusal is shown as it is and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from shopprivacy.domain.disclosures import DisclosureInfo
from shopprivacy.domain.staff import Actor
from shopprivacy.services import Services
from shopprivacy.ui.director.partners import shop_today
from shopprivacy.ui.disclosure_form import DisclosureForm
from shopprivacy.ui.enter_keys import SaveOnlyFromButton
from shopprivacy.ui.errors import error_text
from shopprivacy.ui.widgets import MessageLabel, ok_cancel_buttons, paragraph, widen


class CustomerDisclosureDialog(QDialog):
    """Accepted once the service recorded the disclosure (``recorded``)."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.customer_id = customer_id
        self.recorded: DisclosureInfo | None = None
        self.setObjectName("customer_disclosure_dialog")
        self.setWindowTitle(self.tr("Record data given to a partner"))
        intro = paragraph(
            self.tr(
                "For customer no. {id}, {name}: record what was given to a partner, on what "
                "basis and why. The customer can ask to see this."
            ).format(id=customer_id, name=customer_name)
        )
        self.details = DisclosureForm()
        d = self.details
        self.fields, self.partner, self.basis = d.fields, d.partner, d.basis
        self.reference, self.purpose = d.reference, d.purpose
        self.message = MessageLabel()
        self.message.setObjectName("disclosure_message")
        self.buttons = ok_cancel_buttons(self.tr("Record"), self.tr("Cancel"))
        self.record_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setObjectName("record_customer_disclosure")
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        widen(self.purpose, 44)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.enter_keys = SaveOnlyFromButton(self, self.submit)
        self.load_partners()

    def load_partners(self) -> None:
        """Every partner, each with the state of its agreement in words: the service refuses
        one whose agreement is not valid, and says why."""
        try:
            partners = self.services.partners.list_partners(self.actor)
        except Exception as exc:
            partners = []
            self.message.show_error(error_text(exc))
        self.details.set_partners(partners, shop_today(self.services))

    def submit(self) -> None:
        self.message.clear_message()
        partner_id = self.details.partner_id()
        if partner_id is None:
            self.message.show_error(
                self.tr("No partner is registered yet: the director adds them under Third parties.")
            )
            return
        new = self.details.new_disclosure((self.customer_id,), partner_id)
        try:
            self.recorded = self.services.disclosures.record_disclosure(self.actor, new)
        except Exception as exc:
            self.message.show_error(error_text(exc))
            return
        self.accept()
