"""Reading and verifying the audit log (the director's tools)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import overload

from sqlalchemy import DateTime, String, select, type_coerce
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action, AuditRecord, VerifyResult
from shopprivacy.domain.staff import Actor
from shopprivacy.security.audit_chain import (
    GENESIS,
    EntryHasher,
    entry_message,
    head_mac,
    stored_audit_time,
)
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.audit_point import point_problem, read_point, save_point
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import AuditEntry, AuditHead

BATCH = 20_000


@dataclass(frozen=True)
class AuditFilter:
    staff_id: int | None = None
    target_type: str | None = None
    target_id: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 10_000


def verify_chain(vault: Vault, start: tuple[int, str] | None = None) -> VerifyResult:
    """Walk the chain in batches: link, sequence and keyed hash of every entry, then the sealed
    head. Stops at the first broken entry. ``start`` (a sequence and the hash it must carry, as
    a desk remembered it) checks only what came after it: a sign-in's quick check."""
    with vault.db.transaction() as session:
        return walk_chain(session, vault, start)


def walk_chain(
    session: Session, vault: Vault, start: tuple[int, str] | None = None
) -> VerifyResult:
    """``verify_chain`` inside the caller's transaction."""
    key = vault.audit_key
    entry_hash = EntryHasher(key)
    last_seq, prev_hash = start or (0, GENESIS)
    expected_seq, checked = last_seq + 1, 0
    # Plain rows through Core and times as stored (SQLite's text, PostgreSQL's datetime), not
    # re-wrapped as aware datetimes: a verify reads every entry of the log.
    stored_at = (
        type_coerce(AuditEntry.at, String())
        if vault.db.is_sqlite
        else type_coerce(AuditEntry.at, DateTime())
    )
    columns = select(
        AuditEntry.seq,
        stored_at,
        AuditEntry.staff_id,
        AuditEntry.action,
        AuditEntry.target_type,
        AuditEntry.target_id,
        AuditEntry.detail,
        AuditEntry.prev_hash,
        AuditEntry.hash,
    ).order_by(AuditEntry.seq)
    head = session.get(AuditHead, 1)
    connection = session.connection()
    while True:
        batch = columns.where(AuditEntry.seq > last_seq).limit(BATCH)
        rows = connection.execute(batch).all()
        if not rows:
            break
        for seq, at, staff_id, action, ttype, tid, detail, prev, digest in rows:
            if seq != expected_seq:
                return _broken(checked, expected_seq, "missing", head)
            message = entry_message(
                seq, stored_audit_time(at), staff_id, action, ttype, tid, detail
            )
            if prev != prev_hash or entry_hash(message, prev_hash) != digest:
                return _broken(checked, seq, "altered", head)
            prev_hash, expected_seq, checked = digest, seq + 1, checked + 1
        last_seq = rows[-1][0]
    newest = expected_seq - 1
    if head is None:
        if newest:
            return _broken(checked, newest, "head_missing", None)
        return VerifyResult(True, 0, 0, GENESIS)
    if (
        head.seq != newest
        or head.hash != prev_hash
        or head.mac != head_mac(key, head.seq, head.hash)
    ):
        # The newest entries were removed (or the head itself was edited).
        return _broken(checked, newest + 1 if head.seq > newest else head.seq, "truncated", head)
    return VerifyResult(True, checked, head.seq, head.hash)


def _broken(checked: int, seq: int, problem: str, head: AuditHead | None) -> VerifyResult:
    return VerifyResult(
        ok=False,
        checked=checked,
        head_seq=head.seq if head else 0,
        head_hash=head.hash if head else GENESIS,
        broken_seq=seq,
        problem=problem,
    )


class AuditService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def verify(self, actor: Actor) -> VerifyResult:
        """Director only (VERIFY_AUDIT). Checks every entry; a whole chain becomes the point the
        quick check starts from. Audit: ``audit_verified`` with the outcome."""
        require(self.vault, actor, Permission.VERIFY_AUDIT)
        return self._record(actor, verify_chain(self.vault), since=None)

    @overload
    def verify_since_last(self, actor: Actor) -> VerifyResult: ...

    @overload
    def verify_since_last(
        self, actor: Actor, walk_all_without_point: bool
    ) -> VerifyResult | None: ...

    def verify_since_last(
        self, actor: Actor, walk_all_without_point: bool = True
    ) -> VerifyResult | None:
        """Director only (VERIFY_AUDIT). The overview's check at sign-in: the entry at the last
        point found whole (still there, same hash, its own fields still hashing to it) and every
        entry after it, up to the sealed head. Without a usable point it checks everything, or,
        with ``walk_all_without_point`` False (a screen that must answer at once), returns None
        and checks nothing. An edit before the point is left to ``verify``. ``checked`` counts
        the entries read. Audit: ``audit_verified`` with the outcome and the point it started
        from (nothing when it returned None)."""
        require(self.vault, actor, Permission.VERIFY_AUDIT)
        with self.vault.db.transaction() as session:
            point = read_point(session, self.vault)
            if point is None and not walk_all_without_point:
                return None
            problem = point_problem(session, self.vault, point) if point else "missing"
            if point is not None and problem == "missing" and not walk_all_without_point:
                result = _broken(0, point[0], problem, session.get(AuditHead, 1))
                since = point[0]
            elif point is None or problem == "missing":
                # No point, or its entry is gone: the full walk names the first gap.
                result, since = walk_chain(session, self.vault), None
            elif problem is not None:
                result = _broken(0, point[0], problem, session.get(AuditHead, 1))
                since = point[0]
            else:
                found = walk_chain(session, self.vault, point)
                result = replace(found, checked=found.checked + 1)
                since = point[0]
        return self._record(actor, result, since)

    def _record(self, actor: Actor, result: VerifyResult, since: int | None) -> VerifyResult:
        with self.vault.db.transaction() as session:
            if result.ok:
                save_point(session, self.vault, result.head_seq, result.head_hash)
            detail: dict[str, object] = {
                "ok": result.ok,
                "checked": result.checked,
                "broken_seq": result.broken_seq,
            }
            if since is not None:
                detail["since"] = since
            audit_log.append_detail(session, self.vault, actor, Action.AUDIT_VERIFIED, detail)
        return result

    def head(self) -> tuple[int, str]:
        """The chain's newest sequence number and hash, printed on reports to anchor the log."""
        with self.vault.db.transaction() as session:
            head = session.get(AuditHead, 1)
            return (head.seq, head.hash) if head else (0, GENESIS)

    def entries(self, actor: Actor, flt: AuditFilter | None = None) -> list[AuditRecord]:
        """Director only (VIEW_ACCESS_REVIEW). Newest first. Audit: ``audit_viewed``."""
        require(self.vault, actor, Permission.VIEW_ACCESS_REVIEW)
        f = flt or AuditFilter()
        query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(f.limit)
        if f.staff_id is not None:
            query = query.where(AuditEntry.staff_id == f.staff_id)
        if f.target_type is not None:
            query = query.where(AuditEntry.target_type == f.target_type)
        if f.target_id is not None:
            query = query.where(AuditEntry.target_id == f.target_id)
        if f.action is not None:
            query = query.where(AuditEntry.action == f.action)
        if f.since is not None:
            query = query.where(AuditEntry.at >= f.since)
        if f.until is not None:
            query = query.where(AuditEntry.at < f.until)
        with self.vault.db.transaction() as session:
            rows = session.scalars(query).all()
            records = [
                AuditRecord(
                    r.seq,
                    r.at,
                    r.staff_id,
                    r.action,
                    r.target_type,
                    r.target_id,
                    json.loads(r.detail),
                    r.hash,
                )
                for r in rows
            ]
            audit_log.append(session, self.vault, actor, Action.AUDIT_VIEWED, count=len(records))
        return records
