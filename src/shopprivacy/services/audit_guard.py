"""The check a sign-in makes before writing onto the audit chain, and this desk's anchor.

A sign-in appends to the chain and re-seals its head. Doing that without looking first would
bless whatever an SQL tool left behind (a log cut short with its head moved back, a wiped log, an
older copy of the file). So before the first append: the sealed head must exist and match the
newest entry, the entry this desk last saw must still be there unchanged, and every entry after
it must link and hash correctly. Only then is the head re-sealed and this desk's anchor moved on.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action, VerifyResult
from shopprivacy.domain.staff import Actor
from shopprivacy.security.audit_anchor import ANCHOR_NOTE, PENDING_KEY_NOTE, AuditAnchor
from shopprivacy.security.audit_chain import GENESIS, head_mac
from shopprivacy.security.device import DeviceStore
from shopprivacy.services import audit_log
from shopprivacy.services.audit import walk_chain
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import AuditEntry, AuditHead, PendingAuditEvent

# Breaks that writing a new entry and re-sealing the head would wipe out of sight. An entry
# changed or missing in the middle stays broken whatever is appended after it ("Verify audit
# log" still finds it), so those do not stop a sign-in.
HIDDEN_BY_APPENDING = frozenset({"head_missing", "truncated", "rolled_back", "rewritten"})


def load_anchor(devices: DeviceStore, vault_id: str) -> AuditAnchor | None:
    return AuditAnchor.decode(devices.recall(vault_id, ANCHOR_NOTE))


def check_chain(session: Session, vault: Vault, anchor: AuditAnchor | None) -> VerifyResult:
    """Whole from this desk's anchor (or from the first entry, without one) to a sealed head."""
    # Locked first (as an append would), so another desk's entry cannot land between reading
    # the head and walking the entries and look like a cut-off log.
    head = session.get(AuditHead, 1, with_for_update=True)
    if head is None:
        # Setting up a shop writes entries, so a shop without a head has lost it.
        return _broken("head_missing", 1, anchor)
    if anchor is not None and anchor.seq:
        if head.seq < anchor.seq:
            return _broken("rolled_back", head.seq + 1, anchor)
        seen = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == anchor.seq))
        if seen is None:
            # Deleted, leaving a gap that no later entry can hide; the full walk names it.
            return walk_chain(session, vault)
        if seen != anchor.hash:
            # Still there but different: rewritten, maybe re-chained by someone with the key.
            return _broken("rewritten", anchor.seq, anchor)
        return walk_chain(session, vault, (anchor.seq, anchor.hash))
    return walk_chain(session, vault)


def _broken(problem: str, seq: int, anchor: AuditAnchor | None) -> VerifyResult:
    return VerifyResult(
        ok=False,
        checked=0,
        head_seq=anchor.seq if anchor else 0,
        head_hash=anchor.hash if anchor else GENESIS,
        broken_seq=seq,
        problem=problem,
    )


def record_break(session: Session, vault: Vault, actor: Actor, found: VerifyResult) -> None:
    """The director carries on over a broken chain: the head is set on the newest entry that is
    really there and the first thing written after it says what was found, so the break stays in
    the log for every later review (entries changed in the middle still fail a verify)."""
    newest = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, digest = (newest[0], newest[1]) if newest else (0, GENESIS)
    head = session.get(AuditHead, 1)
    if head is None:
        head = AuditHead(id=1, seq=seq, hash=digest, mac="")
        session.add(head)
    head.seq, head.hash, head.mac = seq, digest, head_mac(vault.audit_key, seq, digest)
    session.flush()
    audit_log.append(
        session,
        vault,
        actor,
        Action.AUDIT_BREAK_RECORDED,
        problem=found.problem,
        broken_seq=found.broken_seq,
        remembered_seq=found.head_seq,
        found_seq=seq,
    )


def missing_pending(session: Session, anchor: AuditAnchor | None) -> list[int]:
    """Failed sign-ins this desk parked that are neither still parked nor in the chain since
    its anchor: someone deleted them with an SQL tool. Call before absorbing."""
    if anchor is None or not anchor.pending_ids:
        return []
    still = set(
        session.scalars(
            select(PendingAuditEvent.id).where(PendingAuditEvent.id.in_(anchor.pending_ids))
        )
    )
    joined: set[int] = set()
    details = session.scalars(
        select(AuditEntry.detail).where(
            AuditEntry.seq > anchor.seq, AuditEntry.detail.contains('"pending_id"')
        )
    )
    for text in details:
        value = json.loads(text).get("pending_id")
        if isinstance(value, int):
            joined.add(value)
    return [i for i in anchor.pending_ids if i not in still and i not in joined]


def remember_parked(devices: DeviceStore, vault_id: str, ids: list[int]) -> None:
    """This desk notes the failed sign-ins it parked, so deleting them is noticed here."""
    if not ids:
        return
    anchor = load_anchor(devices, vault_id) or AuditAnchor()
    for event_id in ids:
        anchor = anchor.with_pending(event_id)
    devices.remember(vault_id, ANCHOR_NOTE, anchor.encode())


def move_anchor(devices: DeviceStore, vault: Vault, newest: tuple[int, str]) -> None:
    """After a checked sign-in has committed: this desk now vouches for the chain up to
    ``newest`` (sequence, hash). Also keeps the pending-events key, so failures typed here are
    sealed."""
    anchor = AuditAnchor(*newest)
    devices.remember(vault.vault_id, ANCHOR_NOTE, anchor.encode())
    devices.remember(vault.vault_id, PENDING_KEY_NOTE, vault.keys.pending_key.hex())


def pending_key(devices: DeviceStore, vault_id: str) -> bytes | None:
    stored = devices.recall(vault_id, PENDING_KEY_NOTE)
    try:
        return bytes.fromhex(stored) if stored else None
    except ValueError:
        return None
