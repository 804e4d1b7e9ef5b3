"""The customer behind a request, read with the customer area's own record helpers."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopprivacy.services import customer_records
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer


def live_customer(session: Session, customer_id: int) -> Customer:
    """The customer's row; NotFound for an unknown or erased customer."""
    return customer_records.get_live(session, customer_id)


def customer_name(session: Session, vault: Vault, customer_id: int) -> str | None:
    """The customer's name for the queue; None once erased. Raises DamagedRecord."""
    row = session.get(Customer, customer_id)
    if row is None or row.erased_at is not None:
        return None
    return vault.cipher.open(customer_records.T, "full_name", row.id, row.full_name_enc)
