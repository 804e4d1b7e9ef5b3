"""Inserting new customers in batches: the form adds one, an import adds a hundred thousand.

Sealing needs each row's id (it is bound into the ciphertext), so rows are inserted first with
``INSERT ... RETURNING`` for a whole batch, then their sealed values are written with one
executemany per table. A few statements per batch instead of a dozen per customer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from shopprivacy.domain.customer_validation import CleanDraft
from shopprivacy.domain.orders import add_months
from shopprivacy.services import customer_index, customer_records, row_binding
from shopprivacy.services.customer_records import TA, TC, T, contact_digest
from shopprivacy.services.customer_rules import local_day
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import (
    Customer,
    CustomerAddress,
    CustomerContact,
)

SEARCH_QMARK = "INSERT INTO customer_search (customer_id, kind, digest) VALUES (?, ?, ?)"
SEARCH_FORMAT = "INSERT INTO customer_search (customer_id, kind, digest) VALUES (%s, %s, %s)"
SEALED = ("full_name", "birth_date", "notes", "web_form_ip", "guardian")


def _sealed_values(vault: Vault, cid: int, clean: CleanDraft) -> tuple[Any, ...]:
    """The sealed columns in ``SEALED`` order, then the id (one row of ``_update_by_id``)."""
    guardian = clean.guardian_json()
    plain = {
        "full_name": clean.full_name,
        "birth_date": clean.birth_date.isoformat() if clean.birth_date else None,
        "notes": clean.notes or None,
        "web_form_ip": clean.web_form_ip or None,
        "guardian": json.dumps(guardian) if guardian else None,
    }
    return (*(vault.cipher.seal(T, k, cid, v) for k, v in plain.items()), cid)


def _returning_ids(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their new ids in the same order."""
    if not rows:
        return []
    t = cast(Table, model.__table__)  # Core statements: the ORM's per-row work is not needed
    if session.get_bind().dialect.name == "sqlite":
        # SQLite cannot tie RETURNING rows to parameter order in one statement (SQLAlchemy
        # would fall back to one INSERT per row). The transaction began IMMEDIATE and holds the
        # write lock, so the next ids are ours: max + 1 onwards, as SQLite itself would choose.
        first = (session.scalar(select(func.max(t.c.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        session.execute(insert(t), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
        return ids
    stmt = insert(t).returning(t.c.id, sort_by_parameter_order=True)
    return list(session.scalars(stmt, rows))


def _seal_children(
    session: Session, vault: Vault, ids: list[int], cleans: Sequence[CleanDraft]
) -> None:
    contacts, contact_values, addresses, address_docs = [], [], [], []
    contact_kinds, contact_digests, contact_owners = [], [], []
    for cid, clean in zip(ids, cleans, strict=True):
        for position, (kind, value) in enumerate(clean.contacts):
            contact_kinds.append(kind)
            contact_owners.append(cid)
            digest = contact_digest(vault, kind, value)
            contact_digests.append(digest)
            contacts.append({"customer_id": cid, "kind": str(kind), "position": position,
                             "digest": digest})  # fmt: skip
            contact_values.append(value)
        for a in clean.addresses:
            addresses.append({"customer_id": cid, "kind": str(a.kind)})
            doc = {"street": a.street, "ward": a.ward, "province": a.province, "text": a.free_text}
            address_docs.append(json.dumps(doc, ensure_ascii=False))
    for model, table, rows, values in (
        (CustomerContact, TC, contacts, contact_values),
        (CustomerAddress, TA, addresses, address_docs),
    ):
        row_ids = _returning_ids(session, model, rows)
        sealed = [vault.cipher.seal(table, "value", rid, v)
                  for rid, v in zip(row_ids, values, strict=True)]  # fmt: skip
        if model is CustomerContact:
            owners = zip(row_ids, contact_owners, contact_kinds, contact_digests, strict=True)
            binds = [row_binding.contact_seal(vault, rid, owner, str(kind), digest)
                     for rid, owner, kind, digest in owners]  # fmt: skip
            both = zip(sealed, binds, row_ids, strict=True)
            _update_by_id(session, TC, ("value_enc", "bind"), both)
        else:
            _update_by_id(session, TA, ("value_enc",), zip(sealed, row_ids, strict=True))
        if model is CustomerContact:
            # One live customer per phone or email, held by the database (contact_claims).
            customer_records.claim_contacts(session, [
                (digest, rid, kind)
                for digest, rid, kind in zip(contact_digests, row_ids, contact_kinds, strict=True)
            ])  # fmt: skip


def _update_by_id(
    session: Session, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> None:
    """``UPDATE table SET columns WHERE id`` for each row (its values, then its id), handed to
    the driver's executemany as plain tuples: building SQLAlchemy parameters for a hundred
    thousand sealed values costs more than writing them. Only bytes, text and ids go through
    here, which every driver stores as they are."""
    rows = list(rows)
    if not rows:
        return
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quote = conn.dialect.identifier_preparer.quote
    sets = ", ".join(f"{quote(c)} = {mark}" for c in columns)
    # Table and column names are this module's constants, never input: no injection.
    statement = f"UPDATE {quote(table)} SET {sets} WHERE id = {mark}"  # noqa: S608
    conn.exec_driver_sql(statement, rows)


def insert_many(
    session: Session,
    vault: Vault,
    cleans: Sequence[CleanDraft],
    staff_id: int,
    now: datetime,
    months_without_order: int,
    name_cache: dict[str, bytes] | None = None,
) -> list[int]:
    """Insert validated customers; returns their ids in the same order. New customers have no
    order yet, so they are kept until ``now`` + the shop's months without orders."""
    if not cleans:
        return []
    until = add_months(local_day(now), months_without_order)
    rows = []
    for clean in cleans:
        consent = clean.guardian is not None and clean.guardian.consent_method is not None
        rows.append({
            "created_by": staff_id, "created_at": now, "source": clean.source, "version": 1,
            "last_contact_at": now, "retention_until": until,
            "guardian_consent_at": now if consent else None,
            "guardian_consent_by": staff_id if consent else None,
        })  # fmt: skip
    ids = _returning_ids(session, Customer, rows)
    _update_by_id(
        session,
        T,
        tuple(f"{k}_enc" for k in SEALED),
        (_sealed_values(vault, cid, clean) for cid, clean in zip(ids, cleans, strict=True)),
    )
    _seal_children(session, vault, ids, cleans)
    search = [
        (cid, kind, digest)
        for cid, clean in zip(ids, cleans, strict=True)
        for kind, digest in sorted(
            customer_index.entries(vault, clean.full_name, clean.contacts, name_cache)
        )
    ]
    _insert_search_rows(session, search)
    return ids


def _insert_search_rows(session: Session, rows: list[tuple[int, str, bytes]]) -> None:
    """Twenty-odd index rows per customer: handed to the driver's executemany as plain tuples,
    since building SQLAlchemy parameters for each of them costs more than the insert itself."""
    conn = session.connection()
    conn.exec_driver_sql(
        SEARCH_QMARK if conn.dialect.paramstyle == "qmark" else SEARCH_FORMAT, rows
    )


def insert_customer(
    session: Session, vault: Vault, clean: CleanDraft, staff_id: int, now: datetime, months: int
) -> Customer:
    """One new customer (the form), loaded back as an ORM row."""
    (cid,) = insert_many(session, vault, [clean], staff_id, now, months)
    row = session.get(Customer, cid)
    assert row is not None
    return row
