"""Appending to the hash-chained audit log, inside the caller's transaction.

The entry is written in the same transaction as the change it records: either both land or
neither does. Writers lock the head row, so concurrent desks still build one chain.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from shopprivacy.domain.staff import Actor
from shopprivacy.security.audit_chain import (
    GENESIS,
    audit_time,
    entry_hash,
    entry_message,
    head_mac,
)
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import AuditEntry, AuditHead, PendingAuditEvent


def append(
    session: Session,
    vault: Vault,
    actor: Actor | None,
    action: str,
    target_type: str | None = None,
    target_id: object = None,
    at: datetime | None = None,
    staff_id: int | None = None,
    **detail: Any,
) -> AuditEntry:
    """Record ``action``. ``detail`` holds ids, counts and codes only, never personal values."""
    head = session.execute(select(AuditHead).with_for_update()).scalar_one_or_none()
    prev_seq, prev_hash = (head.seq, head.hash) if head else (0, GENESIS)
    seq = prev_seq + 1
    when = at or vault.now()
    who = actor.staff_id if actor else staff_id
    detail_json = json.dumps(detail, sort_keys=True, ensure_ascii=True, default=str)
    tid = None if target_id is None else str(target_id)
    message = entry_message(seq, audit_time(when), who, str(action), target_type, tid, detail_json)
    digest = entry_hash(vault.audit_key, message, prev_hash)
    entry = AuditEntry(
        seq=seq,
        at=when,
        staff_id=who,
        action=str(action),
        target_type=target_type,
        target_id=tid,
        detail=detail_json,
        prev_hash=prev_hash,
        hash=digest,
    )
    session.add(entry)
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS, mac="")
        session.add(head)
    head.seq, head.hash, head.mac = seq, digest, head_mac(vault.audit_key, seq, digest)
    session.flush()
    return entry


def record_pending(
    session: Session, at: datetime, action: str, staff_id: int | None, **detail: Any
) -> None:
    """Before sign-in there is no key to chain with: park the event until the next sign-in."""
    session.add(
        PendingAuditEvent(
            at=at, staff_id=staff_id, action=str(action), detail=json.dumps(detail, sort_keys=True)
        )
    )


def absorb_pending(session: Session, vault: Vault) -> int:
    """Move parked events into the chain, oldest first, keeping their own times."""
    pending = session.scalars(select(PendingAuditEvent).order_by(PendingAuditEvent.id)).all()
    for event in pending:
        append(
            session,
            vault,
            None,
            event.action,
            "staff" if event.staff_id else None,
            event.staff_id,
            at=event.at,
            staff_id=event.staff_id,
            **json.loads(event.detail),
        )
    if pending:
        session.execute(
            delete(PendingAuditEvent).where(PendingAuditEvent.id.in_([p.id for p in pending]))
        )
    return len(pending)
