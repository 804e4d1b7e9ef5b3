"""Rows tied to their customer by a keyed seal: a phone cannot be moved to another customer, nor
a consent entry written, with an SQL tool.

A contact's value is sealed bound to its own row, not to the customer it belongs to, so pointing
``customer_contacts.customer_id`` elsewhere moved a phone unnoticed; a consent entry has nothing
sealed at all (a forged grant put a customer into the marketing export). Each such row now
carries ``bind``: HMAC under a key from the vault key over the row's id, its customer and what
it says. A row whose seal does not match is treated as damaged: the customer's record names it,
lists skip it, and the marketing export leaves the customer out.

Rows from before this seal existed are sealed once, at the first sign-in after the upgrade, and
that is written in the audit log (``rows_bound``); from then on a row without a seal is one
nobody with the key wrote. What the limit is: a row changed before that first sign-in is sealed
as it stands.
"""

from __future__ import annotations

import hmac
from datetime import UTC

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.staff import Actor
from shopprivacy.security.audit_chain import audit_time
from shopprivacy.services import audit_log
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import ConsentEntry, CustomerContact
from shopprivacy.storage.models import AuditEntry


def _mac(vault: Vault, message: str) -> str:
    return hmac.digest(vault.keys.row_binding_key, message.encode(), "sha256").hex()


def contact_seal(
    vault: Vault, contact_id: int, customer_id: int, kind: str, digest: bytes | None
) -> str:
    return _mac(vault, f"contact:{contact_id}:{customer_id}:{kind}:{(digest or b'').hex()}")


def contact_ok(
    vault: Vault,
    contact_id: int,
    customer_id: int,
    kind: str,
    digest: bytes | None,
    bind: str | None,
) -> bool:
    expected = contact_seal(vault, contact_id, customer_id, kind, digest)
    return bind is not None and hmac.compare_digest(bind, expected)


def consent_seal(vault: Vault, e: ConsentEntry) -> str:
    at = audit_time(e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC))
    return _mac(
        vault,
        f"consent:{e.id}:{e.customer_id}:{e.purpose}:{bool(e.granted)}:{at}:{e.method}:"
        f"{e.staff_id}:{e.policy_version_id}",
    )


def consent_ok(vault: Vault, e: ConsentEntry) -> bool:
    return e.bind is not None and hmac.compare_digest(e.bind, consent_seal(vault, e))


def bind_rows_from_before(session: Session, vault: Vault, actor: Actor) -> None:
    """Once per shop, at the first sign-in after the upgrade: seal the rows written before
    seals existed, and say so in the audit log. Afterwards an unsealed row is a forged one."""
    done = session.scalar(
        select(AuditEntry.seq).where(AuditEntry.action == Action.ROWS_BOUND.value).limit(1)
    )
    if done is not None:
        return
    contacts = session.execute(
        select(
            CustomerContact.id,
            CustomerContact.customer_id,
            CustomerContact.kind,
            CustomerContact.digest,
        ).where(CustomerContact.bind.is_(None))
    ).all()
    for cid, customer_id, kind, digest in contacts:
        session.execute(
            update(CustomerContact)
            .where(CustomerContact.id == cid)
            .values(bind=contact_seal(vault, cid, customer_id, kind, digest))
        )
    consents = session.scalars(select(ConsentEntry).where(ConsentEntry.bind.is_(None))).all()
    for entry in consents:
        entry.bind = consent_seal(vault, entry)
    audit_log.append(
        session,
        vault,
        actor,
        Action.ROWS_BOUND,
        contacts=len(contacts),
        consents=len(consents),
    )
