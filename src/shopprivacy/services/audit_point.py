"""The last point up to which the director's check found the audit chain whole.

A full check reads every entry (seconds for a million); the overview's check at sign-in reads only
what came after this point. The point (sequence and hash) is kept in the shop's settings with a
seal under the audit key, so an SQL tool cannot move it past an edit; a missing, damaged or
unsealed point is simply ignored and the whole chain is checked. An edit made before the point
is caught by the full check ("Verify audit log"), never by the quick one.
"""

from __future__ import annotations

import hmac

from sqlalchemy import DateTime, String, select, type_coerce
from sqlalchemy.orm import Session

from shopprivacy.security.audit_chain import entry_hash, entry_message, stored_audit_time
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import AuditEntry, Setting

VERIFIED_POINT = "audit_verified_point"


def _seal(key: bytes, seq: int, digest: str) -> str:
    return hmac.digest(key, f"verified:{seq}:{digest}".encode(), "sha256").hex()


def read_point(session: Session, vault: Vault) -> tuple[int, str] | None:
    """The sealed point, or None when there is none or its seal does not hold."""
    row = session.get(Setting, VERIFIED_POINT)
    if row is None:
        return None
    parts = row.value.split(":")
    if len(parts) != 3 or not parts[0].isdigit():
        return None
    seq, digest, seal = int(parts[0]), parts[1], parts[2]
    if not hmac.compare_digest(seal, _seal(vault.audit_key, seq, digest)):
        return None
    return seq, digest


def save_point(session: Session, vault: Vault, seq: int, digest: str) -> None:
    """Remember (seq, digest) as checked whole, in the caller's transaction."""
    value = f"{seq}:{digest}:{_seal(vault.audit_key, seq, digest)}"
    row = session.get(Setting, VERIFIED_POINT)
    if row is None:
        session.add(Setting(key=VERIFIED_POINT, value=value))
    else:
        row.value = value


def point_problem(session: Session, vault: Vault, point: tuple[int, str]) -> str | None:
    """What is wrong with the entry at the point itself: None when it is there, carries the
    remembered hash and its own fields still hash to it; "missing", "rewritten" or "altered"."""
    seq, digest = point
    stored_at = (
        type_coerce(AuditEntry.at, String())
        if vault.db.is_sqlite
        else type_coerce(AuditEntry.at, DateTime())
    )
    row = session.execute(
        select(
            stored_at,
            AuditEntry.staff_id,
            AuditEntry.action,
            AuditEntry.target_type,
            AuditEntry.target_id,
            AuditEntry.detail,
            AuditEntry.prev_hash,
            AuditEntry.hash,
        ).where(AuditEntry.seq == seq)
    ).first()
    if row is None:
        return "missing"
    at, staff_id, action, ttype, tid, detail, prev, found = row
    if found != digest:
        return "rewritten"
    message = entry_message(seq, stored_audit_time(at), staff_id, action, ttype, tid, detail)
    if entry_hash(vault.audit_key, message, prev) != digest:
        return "altered"
    return None
