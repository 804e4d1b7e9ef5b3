"""Processing stops when a customer withdraws the only basis of every purpose that uses their
data: no order (so no contract, no warranty, no accounting documents to keep) and every consent
withdrawn. Then new orders, consent-based or contractual disclosures and marketing are refused
with the reason, and a deletion request is opened for customer care with its deadline.

A legal request of an authority or an audit still goes through: those rest on the law, not on
the customer. Processing resumes when the customer gives a new consent, or when care closes the
deletion request (done or refused)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentMethod, in_force
from shopprivacy.domain.deadlines import acknowledge_due, complete_due, rule_for
from shopprivacy.domain.errors import ConflictError
from shopprivacy.domain.requests import (
    CLOSED_STATUSES,
    Channel,
    HistoryKind,
    RequestType,
    Status,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.services import audit_log, customer_records
from shopprivacy.services.request_deadlines import load_table
from shopprivacy.services.request_records import add_history, seal
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Order
from shopprivacy.storage.request_models import DataRequest

CHANNEL_OF = {
    ConsentMethod.SIGNED_FORM: Channel.IN_PERSON,
    ConsentMethod.IN_PERSON: Channel.IN_PERSON,
    ConsentMethod.PHONE: Channel.PHONE,
    ConsentMethod.EMAIL: Channel.EMAIL,
    ConsentMethod.LETTER: Channel.LETTER,
    ConsentMethod.WEB_FORM: Channel.WEB_FORM,
}
NOTE = "Processing stopped: the customer withdrew every consent and has no order."
_CLOSED = [str(s) for s in CLOSED_STATUSES]


def no_basis_left(session: Session, vault: Vault, customer_id: int) -> bool:
    """No order, at least one consent given at some time, and none in force now (a customer
    who never agreed to anything has withdrawn no basis)."""
    if session.scalar(select(Order.id).where(Order.customer_id == customer_id).limit(1)):
        return False
    history = customer_records.read_consents(session, vault, customer_id)
    return any(r.granted for r in history) and not any(in_force(history).values())


def open_deletion(session: Session, customer_id: int) -> DataRequest | None:
    return session.scalars(
        select(DataRequest)
        .where(
            DataRequest.customer_id == customer_id,
            DataRequest.type == str(RequestType.DELETION),
            DataRequest.status.not_in(_CLOSED),
        )
        .order_by(DataRequest.id)
        .limit(1)
    ).first()


def stopped(session: Session, vault: Vault, customer_id: int) -> bool:
    return open_deletion(session, customer_id) is not None and no_basis_left(
        session, vault, customer_id
    )


def after_withdrawal(
    session: Session, vault: Vault, actor: Actor, customer_id: int, method: ConsentMethod
) -> DataRequest | None:
    """Called in the withdrawal's transaction: when no basis is left, open the deletion request
    (unless one is open already). Audit: ``processing_stopped`` and ``request_opened``."""
    if not no_basis_left(session, vault, customer_id) or open_deletion(session, customer_id):
        return None
    now = vault.now()
    rule = rule_for(load_table(session), RequestType.DELETION)
    row = DataRequest(
        customer_id=customer_id, type=str(RequestType.DELETION),
        channel=str(CHANNEL_OF[method]), status=str(Status.NEW), received_at=now,
        processor_involved=False, acknowledge_due_at=acknowledge_due(now, rule),
        complete_due_at=complete_due(now, rule, False), opened_by=actor.staff_id,
        created_at=now,
    )  # fmt: skip
    session.add(row)
    session.flush()
    seal(vault, row, "requester_name", None)
    seal(vault, row, "requester_contact", None)
    seal(vault, row, "summary", NOTE)
    add_history(session, vault, row, actor, HistoryKind.OPENED)
    audit_log.append(session, vault, actor, Action.PROCESSING_STOPPED, "customer", customer_id,
                     request_id=row.id)  # fmt: skip
    audit_log.append(session, vault, actor, Action.REQUEST_OPENED, "request", row.id,
                     customer_id=customer_id, type=row.type, channel=row.channel)  # fmt: skip
    return row


STOPPED = QT_TRANSLATE_NOOP(
    "errors",
    "Processing has stopped for customer #{id}: they withdrew every consent and have no order, "
    "and deletion request #{request} is open. Record a new consent if the customer agrees "
    "again, or ask customer care to close the request.",
)


def refuse_if_stopped(vault: Vault, actor: Actor, customer_ids: list[int], what: str) -> None:
    """Raise ConflictError naming the first customer whose processing has stopped, after
    logging ``processing_refused`` (``what``: "order", "disclosure") in its own transaction so
    the refusal stays on record."""
    with vault.db.transaction() as session:
        for customer_id in customer_ids:
            request = open_deletion(session, customer_id)
            if request is None or not no_basis_left(session, vault, customer_id):
                continue
            audit_log.append(session, vault, actor, Action.PROCESSING_REFUSED, "customer",
                             customer_id, what=what, request_id=request.id)  # fmt: skip
            break
        else:
            return
    raise ConflictError(STOPPED, id=customer_id, request=request.id)
