"""Password and recovery-code key derivation (Argon2id)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


@dataclass(frozen=True)
class KdfParams:
    """Stored beside each key slot, so stronger defaults later never lock out old slots."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        return cls(**json.loads(text))


# Tests lower this (see tests/conftest.py) so each derivation takes milliseconds; a shop's
# database always gets the full cost. Slots remember the parameters they were made with.
DEFAULT_PARAMS = KdfParams()


def derive_key(secret: bytes, salt: bytes, params: KdfParams | None = None) -> bytes:
    p = params or DEFAULT_PARAMS
    kdf = Argon2id(
        salt=salt, length=32, iterations=p.iterations, lanes=p.lanes, memory_cost=p.memory_kib
    )
    return kdf.derive(secret)


def expand(key_material: bytes, purpose: str, length: int = 32) -> bytes:
    """Independent subkeys from one secret (HKDF-SHA256), one per purpose."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=purpose.encode()).derive(
        key_material
    )
