"""What this desk last saw of the audit chain, kept in its OS keyring, outside the database.

The database's own sealed head catches entries cut off by someone without the audit key, but a
whole older copy of the file (or a log wiped together with its head) is consistent in itself.
Each desk therefore remembers the newest entry it has seen (sequence and hash) and the failed
sign-ins it parked itself; at the next sign-in the database must still hold that entry, unchanged,
and the chain from there to the head must be whole, before anything new is written onto it.

The note sits next to the device secret and is protected as it is (by the OS account). A desk
without a keyring has no note: it checks the whole chain at every sign-in instead, which still
catches edits and cut-offs, but not a complete older copy of the file.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass

ANCHOR_NOTE = "audit-anchor"
PENDING_KEY_NOTE = "pending-key"
# Parked events this desk remembers writing; older ones are dropped (a desk that fails to sign
# in this many times in a row is locked long before).
MAX_REMEMBERED_PENDING = 64


@dataclass(frozen=True)
class AuditAnchor:
    seq: int = 0
    hash: str = ""
    # Ids of failed sign-ins this desk parked that it has not yet seen joined to the chain.
    pending_ids: tuple[int, ...] = ()

    def encode(self) -> str:
        return json.dumps(
            {"seq": self.seq, "hash": self.hash, "pending": list(self.pending_ids)},
            sort_keys=True,
        )

    @staticmethod
    def decode(text: str | None) -> AuditAnchor | None:
        """The stored note, or None when there is none or it cannot be read (then the whole
        chain is checked instead: a damaged note never weakens the check)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            pending = tuple(int(i) for i in data.get("pending", []))
            return AuditAnchor(int(data["seq"]), str(data["hash"]), pending)
        except (ValueError, KeyError, TypeError):
            return None

    def with_pending(self, event_id: int) -> AuditAnchor:
        ids = (*self.pending_ids, event_id)[-MAX_REMEMBERED_PENDING:]
        return AuditAnchor(self.seq, self.hash, ids)


def pending_mac(
    key: bytes, event_id: int, at: str, staff_id: int | None, action: str, detail: str
) -> str:
    """Seal of one parked event, under the pending-events key every enrolled desk keeps."""
    message = json.dumps([event_id, at, staff_id, action, detail], ensure_ascii=True)
    return hmac.digest(key, message.encode("ascii"), "sha256").hex()
