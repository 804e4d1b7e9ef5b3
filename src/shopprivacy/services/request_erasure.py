"""Erasing a customer for good, leaving an anonymous stub that keeps counts and orders whole.

Every personal column of the customer and of their child rows becomes NULL or the row goes:
contact points, addresses, search digests, what they were told when consenting, the texts of
their requests. SQLite runs with ``secure_delete``, and the caller checkpoints the WAL after the
commit, so the old ciphertext is overwritten in the file too. An ``erasure_ledger`` row (ids and
dates only) lets a restore from an older backup erase them again.

Feature areas with their own customer tables add a step with ``register_erasure_step(fn)``,
``fn(session, vault, customer_id)``, run inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from shopprivacy.domain.erasure import LegalHolds, OrderHold
from shopprivacy.domain.orders import add_months
from shopprivacy.services import customer_index
from shopprivacy.services.erasure_replay import register_eraser
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import (
    ConsentEntry,
    Customer,
    CustomerAddress,
    CustomerContact,
    Order,
)
from shopprivacy.storage.models import ErasureLedger
from shopprivacy.storage.request_models import DataRequest, RequestHistory

ErasureStep = Callable[[Session, Vault, int], None]
_STEPS: list[ErasureStep] = []
LEDGER_REASON = "request"


def register_erasure_step(step: ErasureStep) -> None:
    """Another area's eraser for its own customer rows (idempotent)."""
    if step not in _STEPS:
        _STEPS.append(step)


def legal_holds(session: Session, customer_id: int, today: date) -> LegalHolds:
    orders = session.scalars(
        select(Order).where(Order.customer_id == customer_id).order_by(Order.sold_on, Order.id)
    )
    return LegalHolds(
        today=today,
        orders=tuple(
            OrderHold(o.id, o.sold_on, add_months(o.sold_on, o.warranty_months)) for o in orders
        ),
    )


def erase_personal_data(session: Session, vault: Vault, customer_id: int) -> None:
    """NULL or delete every personal value of the customer; no ledger, no audit. Safe to run
    again (a restore replays it on a customer that may already be a stub)."""
    row = session.get(Customer, customer_id)
    if row is None:
        return
    row.full_name_enc = None
    row.birth_date_enc = None
    row.notes_enc = None
    row.web_form_ip_enc = None
    row.guardian_enc = None
    row.guardian_consent_at = None
    row.guardian_consent_by = None
    row.last_contact_at = None
    row.retention_until = None
    row.updated_at = None
    if row.erased_at is None:
        row.erased_at = vault.now()
    session.execute(delete(CustomerContact).where(CustomerContact.customer_id == customer_id))
    session.execute(delete(CustomerAddress).where(CustomerAddress.customer_id == customer_id))
    customer_index.clear_index(session, customer_id)
    session.execute(
        update(ConsentEntry).where(ConsentEntry.customer_id == customer_id).values(notice_enc=None)
    )
    request_ids = select(DataRequest.id).where(DataRequest.customer_id == customer_id)
    session.execute(
        update(DataRequest)
        .where(DataRequest.customer_id == customer_id)
        .values(
            requester_name_enc=None,
            requester_contact_enc=None,
            extension_reason_enc=None,
            identity_note_enc=None,
            summary_enc=None,
            refusal_reason_enc=None,
            outcome_enc=None,
            remedy_enc=None,
            waiting_reason_enc=None,
            honorific_enc=None,
            # letter_addressee_enc stays: the reply letter must still reach the person; it
            # goes when the request record's own retention ends (letter_keep_until).
        )
    )
    session.execute(
        update(RequestHistory)
        .where(RequestHistory.request_id.in_(request_ids))
        .values(text_enc=None, old_enc=None, new_enc=None)
    )
    for step in _STEPS:
        step(session, vault, customer_id)
    session.flush()


def erase_customer(session: Session, vault: Vault, customer_id: int, at: datetime) -> None:
    """Erase and write the ledger, inside the caller's transaction (which audits it)."""
    erase_personal_data(session, vault, customer_id)
    row = session.get(Customer, customer_id)
    if row is not None:
        row.erased_at = at
    session.add(ErasureLedger(customer_id=customer_id, erased_at=at, reason=LEDGER_REASON))


def replay_eraser(session: Session, vault: Vault, customer_id: int) -> None:
    """For a restore from an older backup: erase again, without a ledger row or audit entry
    (the restore writes those). Registered with the restore's replay below."""
    erase_personal_data(session, vault, customer_id)


register_eraser(replay_eraser)
