"""Hashing of audit entries: each entry's keyed hash covers its fields and the previous hash.

Editing, deleting or reordering entries breaks the chain; recomputing it needs the audit key, and
even a rewrite with the key is caught against the chain head printed on paper reports.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

GENESIS = "0" * 64


def canonical(fields: Mapping[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def entry_hash(key: bytes, fields: Mapping[str, Any], prev_hash: str) -> str:
    return hmac.new(key, canonical(fields) + prev_hash.encode(), hashlib.sha256).hexdigest()


def head_mac(key: bytes, seq: int, head_hash: str) -> str:
    """Seals the chain's head so removing the newest entries is detected too."""
    return hmac.new(key, f"head:{seq}:{head_hash}".encode(), hashlib.sha256).hexdigest()
