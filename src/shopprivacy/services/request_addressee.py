"""The reply letter's addressee, kept sealed with a request before its customer is erased.

A deletion must still be answered by post: just before the erasure the honorific, full name and
postal address are copied, sealed and bound to the request's row, into ``letter_addressee_enc``.
They stay until the request record's own retention ends (``letter_keep_until``), then go.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from shopprivacy.domain.errors import DamagedRecord
from shopprivacy.domain.orders import add_months
from shopprivacy.domain.request_letters import REQUEST_RECORD_MONTHS, Addressee
from shopprivacy.domain.requests import Honorific
from shopprivacy.services import customer_records
from shopprivacy.services.request_records import seal, unseal
from shopprivacy.services.vault import Vault
from shopprivacy.storage.request_models import DataRequest

COLUMN = "letter_addressee"


def current_addressee(
    session: Session, vault: Vault, row: DataRequest, customer_id: int
) -> Addressee:
    """The live customer's name and first address, with the request's honorific."""
    customer = customer_records.get_live(session, customer_id)
    name = vault.cipher.open(customer_records.T, "full_name", customer_id, customer.full_name_enc)
    address = customer_records.first_address_line(session, vault, customer_id) or None
    return Addressee(name, address, honorific_of(vault, row))


def honorific_of(vault: Vault, row: DataRequest) -> Honorific | None:
    try:
        value = unseal(vault, row, "honorific")
    except DamagedRecord:
        return None
    return Honorific(value) if value in set(Honorific) else None


def keep_addressee(
    session: Session, vault: Vault, row: DataRequest, customer_id: int, now: datetime
) -> None:
    """Seal the addressee with the request, kept ``REQUEST_RECORD_MONTHS`` from ``now`` (the
    request closes now)."""
    addressee = current_addressee(session, vault, row, customer_id)
    seal(vault, row, COLUMN, addressee.to_json())
    row.letter_keep_until = datetime.combine(
        add_months(now.date(), REQUEST_RECORD_MONTHS), now.timetz()
    )


def kept_addressee(vault: Vault, row: DataRequest, now: datetime) -> Addressee | None:
    """The kept addressee, while its time lasts; None when there is none. A damaged or moved
    one raises DamagedRecord: a letter must not quietly lose where it goes."""
    if row.letter_addressee_enc is None:
        return None
    if row.letter_keep_until is not None and row.letter_keep_until <= now:
        return None
    text = unseal(vault, row, COLUMN)
    return Addressee.from_json(text) if text else None


def forget_expired(session: Session, now: datetime) -> int:
    """Drop the kept addressees whose request record's retention has ended; returns how many."""
    result = session.execute(
        update(DataRequest)
        .where(DataRequest.letter_keep_until.is_not(None), DataRequest.letter_keep_until <= now)
        .values(letter_addressee_enc=None, letter_keep_until=None)
    )
    return int(getattr(result, "rowcount", 0) or 0)
