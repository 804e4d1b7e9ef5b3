"""A consent withdrawal, restriction or objection takes effect the moment it is logged: every
purpose the customer has agreed to (marketing on each channel, personalised offers, sharing with
installation partners) gets a withdrawal entry in the consent history."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose, in_force
from shopprivacy.domain.requests import Channel, HistoryKind
from shopprivacy.domain.staff import Actor
from shopprivacy.services import audit_log, customer_records, processing
from shopprivacy.services.consents import append_entry
from shopprivacy.services.request_records import add_history
from shopprivacy.services.vault import Vault
from shopprivacy.storage.request_models import DataRequest

METHOD_OF = {
    Channel.PHONE: ConsentMethod.PHONE,
    Channel.EMAIL: ConsentMethod.EMAIL,
    Channel.LETTER: ConsentMethod.LETTER,
    Channel.IN_PERSON: ConsentMethod.IN_PERSON,
    Channel.WEB_FORM: ConsentMethod.WEB_FORM,
}


def withdraw_consents(
    session: Session, vault: Vault, actor: Actor, row: DataRequest
) -> list[Purpose]:
    """Withdraw every purpose in force for the request's customer, inside the caller's
    transaction. Audit: ``consent_recorded`` per purpose (ids and codes, as the consent desk
    writes it). Returns the purposes withdrawn."""
    if row.customer_id is None:
        return []
    history = customer_records.read_consents(session, vault, row.customer_id)
    granted = [p for p, on in in_force(history).items() if on]
    method = METHOD_OF[Channel(row.channel)]
    for purpose in granted:
        entry = append_entry(
            session, vault, actor, row.customer_id, ConsentChange(purpose, False, method)
        )
        audit_log.append(
            session,
            vault,
            actor,
            Action.CONSENT_RECORDED,
            "customer",
            row.customer_id,
            purpose=str(purpose),
            granted=False,
            method=str(method),
            request_id=row.id,
            consent_id=entry.id,
        )
    add_history(
        session,
        vault,
        row,
        actor,
        HistoryKind.CONSENTS_WITHDRAWN,
        ",".join(str(p) for p in granted),
    )
    if granted:
        # The same rule as a withdrawal at the desk: no basis left stops processing.
        processing.after_withdrawal(session, vault, actor, row.customer_id, method)
    return granted
