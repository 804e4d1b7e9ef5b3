"""Appending to the hash-chained audit log, inside the caller's transaction.

The entry is written in the same transaction as the change it records: either both land or
neither does. Writers lock the head row, so concurrent desks still build one chain.
"""

from __future__ import annotations

import hmac
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.staff import Actor
from shopprivacy.security.audit_anchor import pending_mac
from shopprivacy.security.audit_chain import (
    GENESIS,
    audit_time,
    entry_hash,
    entry_message,
    head_mac,
)
from shopprivacy.services.actors import FORGED, is_issued
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
    return append_detail(
        session, vault, actor, action, detail, target_type, target_id, at, staff_id
    )


def append_detail(
    session: Session,
    vault: Vault,
    actor: Actor | None,
    action: str,
    detail: dict[str, Any],
    target_type: str | None = None,
    target_id: object = None,
    at: datetime | None = None,
    staff_id: int | None = None,
) -> AuditEntry:
    """``append`` with the detail as one mapping, so its keys (which may come from parked rows
    anyone could write) can never collide with this function's own parameters."""
    if actor is not None and not is_issued(vault, actor):
        # Nothing is written in the name of an Actor no sign-in issued (the whole change it
        # records is rolled back with it). ``require`` logs such attempts before this point.
        raise PermissionDenied(FORGED)
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
    session: Session,
    at: datetime,
    action: str,
    staff_id: int | None,
    key: bytes | None,
    **detail: Any,
) -> int:
    """Before sign-in there is no vault key to chain with: park the event until the next
    sign-in, sealed with the pending-events key this desk keeps (``key``; None on a desk that
    has none, and the event then joins the chain marked unsealed). Returns the parked row's id."""
    detail_json = json.dumps(detail, sort_keys=True, ensure_ascii=True, default=str)
    event = PendingAuditEvent(at=at, staff_id=staff_id, action=str(action), detail=detail_json)
    session.add(event)
    session.flush()
    if key is not None:
        event.mac = pending_mac(key, event.id, audit_time(at), staff_id, str(action), detail_json)
    return event.id


def absorb_pending(session: Session, vault: Vault) -> list[int]:
    """Move parked events into the chain, oldest first, keeping their own times. Each carries
    its parked id; one whose seal does not match (written or changed with an SQL tool) joins
    as ``pending_event_rejected`` instead of what it claims. Returns the ids absorbed."""
    pending = session.scalars(select(PendingAuditEvent).order_by(PendingAuditEvent.id)).all()
    key = vault.keys.pending_key
    for event in pending:
        detail = _pending_detail(event.detail)
        expected = pending_mac(
            key, event.id, audit_time(_as_utc(event.at)), event.staff_id, event.action, event.detail
        )
        sealed = bool(event.mac) and hmac.compare_digest(event.mac, expected)
        if event.mac and not sealed:
            append_detail(
                session,
                vault,
                None,
                Action.PENDING_EVENT_REJECTED,
                {"pending_id": event.id, "claimed_action": event.action[:48]},
            )
            continue
        detail["pending_id"] = event.id
        if not sealed:
            detail["unsealed"] = True
        append_detail(
            session,
            vault,
            None,
            event.action,
            detail,
            "staff" if event.staff_id else None,
            event.staff_id,
            at=event.at,
            staff_id=event.staff_id,
        )
    if pending:
        session.execute(
            delete(PendingAuditEvent).where(PendingAuditEvent.id.in_([p.id for p in pending]))
        )
    return [p.id for p in pending]


def _pending_detail(text: str) -> dict[str, Any]:
    try:
        detail = json.loads(text)
    except ValueError:
        return {"unreadable": True}
    return detail if isinstance(detail, dict) else {"unreadable": True}


def _as_utc(at: datetime) -> datetime:
    # SQLite hands the stored UTC time back without its zone.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
