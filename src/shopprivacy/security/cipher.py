"""Field encryption: AES-256-GCM, a fresh nonce per write, bound to table, column and row.

Binding the associated data to (table, column, row) means a ciphertext copied into another row or
column fails to decrypt instead of silently showing another customer's data.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shopprivacy.domain.errors import DamagedRecord

_VERSION = b"\x01"
_NONCE_LEN = 12


def associated_data(table: str, column: str, row_id: object) -> bytes:
    return f"{table}\x1f{column}\x1f{row_id}".encode()


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("field key must be 32 bytes")
        self._aead = AESGCM(key)

    def seal(self, table: str, column: str, row_id: object, value: str | None) -> bytes | None:
        if value is None:
            return None
        return self.seal_bytes(table, column, row_id, value.encode("utf-8"))

    def seal_bytes(self, table: str, column: str, row_id: object, data: bytes) -> bytes:
        nonce = os.urandom(_NONCE_LEN)
        aad = associated_data(table, column, row_id)
        return _VERSION + nonce + self._aead.encrypt(nonce, data, aad)

    def open(self, table: str, column: str, row_id: object, blob: bytes | None) -> str | None:
        if blob is None:
            return None
        data = self.open_bytes(table, column, row_id, blob)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:  # authenticated, so only a wrong key gets here
            raise DamagedRecord(table, row_id) from exc

    def open_bytes(self, table: str, column: str, row_id: object, blob: bytes) -> bytes:
        blob = bytes(blob)
        if len(blob) < 1 + _NONCE_LEN + 16 or blob[:1] != _VERSION:
            raise DamagedRecord(table, row_id)
        nonce = blob[1 : 1 + _NONCE_LEN]
        try:
            return self._aead.decrypt(
                nonce, blob[1 + _NONCE_LEN :], associated_data(table, column, row_id)
            )
        except InvalidTag as exc:
            raise DamagedRecord(table, row_id) from exc
