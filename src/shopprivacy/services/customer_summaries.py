"""The customer list's lines, one page at a time: plain columns read in three queries (no ORM
objects: this runs on every key press) and only what a line shows decrypted."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.customers import ContactKind, CustomerSummary
from shopprivacy.domain.emails import mask_email
from shopprivacy.domain.errors import DamagedRecord
from shopprivacy.domain.phones import display_phone, mask_phone
from shopprivacy.services import row_binding
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer, CustomerAddress, CustomerContact

T, TC, TA = "customers", "customer_contacts", "customer_addresses"


def summaries(session: Session, vault: Vault, ids: list[int], full: bool) -> list[CustomerSummary]:
    """List lines for ``ids`` in the given order, phones and emails masked unless ``full``;
    a damaged row is marked, the rest still show; erased customers are left out."""
    if not ids:
        return []
    customers = {
        row.id: row
        for row in session.execute(
            select(
                Customer.id,
                Customer.full_name_enc,
                Customer.erased_at,
                Customer.last_contact_at,
                Customer.retention_until,
            ).where(Customer.id.in_(ids))
        )
    }
    firsts = _first_contacts(session, vault, ids)
    provinces = _provinces(session, vault, ids)
    out: list[CustomerSummary] = []
    for cid in ids:
        row = customers.get(cid)
        if row is None or row.erased_at is not None:
            continue
        try:
            name = vault.cipher.open(T, "full_name", cid, row.full_name_enc) or ""
            shown = {}
            for is_phone, (kind, contact_id, blob) in firsts.get(cid, {}).items():
                value = vault.cipher.open(TC, "value", contact_id, blob) or ""
                shown[is_phone] = shown_contact(kind, value, full)
        except DamagedRecord:
            out.append(
                CustomerSummary(cid, "", "", "", row.last_contact_at, damaged=True,
                                retention_until=row.retention_until)
            )  # fmt: skip
            continue
        out.append(
            CustomerSummary(
                cid, name, shown.get(True, ""), shown.get(False, ""), row.last_contact_at,
                province=provinces.get(cid, ""), retention_until=row.retention_until,
            )
        )  # fmt: skip
    return out


def _first_contacts(
    session: Session, vault: Vault, ids: list[int]
) -> dict[int, dict[bool, tuple[ContactKind, int, bytes]]]:
    """Each customer's first phone and first email (by position), still sealed."""
    firsts: dict[int, dict[bool, tuple[ContactKind, int, bytes]]] = {}
    rows = session.execute(
        select(
            CustomerContact.customer_id,
            CustomerContact.id,
            CustomerContact.kind,
            CustomerContact.value_enc,
            CustomerContact.digest,
            CustomerContact.bind,
        )
        .where(CustomerContact.customer_id.in_(ids))
        .order_by(CustomerContact.customer_id, CustomerContact.position)
    )
    for customer_id, contact_id, kind_code, blob, digest, bind in rows:
        kind = ContactKind(kind_code)
        # A contact not sealed to this customer (moved with an SQL tool) is not shown here;
        # opening the customer names it as damaged.
        if not row_binding.contact_ok(vault, contact_id, customer_id, kind_code, digest, bind):
            continue
        if blob is not None:
            firsts.setdefault(customer_id, {}).setdefault(kind.is_phone, (kind, contact_id, blob))
    return firsts


def shown_contact(kind: ContactKind, value: str, full: bool) -> str:
    """A phone or email as a role may see it: whole, or masked."""
    if kind.is_phone:
        return display_phone(value) if full else mask_phone(value)
    return value if full else mask_email(value)


def _provinces(session: Session, vault: Vault, ids: list[int]) -> dict[int, str]:
    """The province of each customer's first address that names one (a damaged address is
    skipped here; opening the customer reports it)."""
    found: dict[int, str] = {}
    rows = session.execute(
        select(CustomerAddress.customer_id, CustomerAddress.id, CustomerAddress.value_enc)
        .where(CustomerAddress.customer_id.in_(ids))
        .order_by(CustomerAddress.customer_id, CustomerAddress.id)
    )
    for customer_id, address_id, blob in rows:
        if customer_id in found:
            continue
        try:
            doc = json.loads(vault.cipher.open(TA, "value", address_id, blob) or "{}")
        except DamagedRecord:
            continue
        if doc.get("province"):
            found[customer_id] = str(doc["province"])
    return found
