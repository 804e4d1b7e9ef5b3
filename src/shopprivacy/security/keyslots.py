"""Wrapping and unwrapping secrets for key slots.

The vault key is made of two shares: the *staff share*, wrapped once per staff account under a key
from that account's password, and the *device share*, wrapped once per enrolled PC under a secret
kept in that PC's keyring. Opening needs both, so a password alone does not open a copied file,
and a deactivated account (its slot deleted) opens nothing. The recovery slot wraps both shares.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shopprivacy.security.kdf import expand

SHARE_LEN = 32


class UnwrapFailed(Exception):
    """Wrong password, wrong secret, or a tampered slot: the caller decides what to tell."""


def wrap(secret: bytes, wrapping_key: bytes, label: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(wrapping_key).encrypt(nonce, secret, label.encode())


def unwrap(blob: bytes, wrapping_key: bytes, label: str) -> bytes:
    blob = bytes(blob)
    try:
        return AESGCM(wrapping_key).decrypt(blob[:12], blob[12:], label.encode())
    except (InvalidTag, ValueError) as exc:
        raise UnwrapFailed from exc


def new_share() -> bytes:
    return os.urandom(SHARE_LEN)


@dataclass(frozen=True)
class VaultKeys:
    """Subkeys of an unlocked vault. Held in memory only while someone is signed in."""

    staff_share: bytes
    device_share: bytes

    @property
    def master(self) -> bytes:
        return expand(self.staff_share + self.device_share, "shopprivacy vault key v1")

    @property
    def field_key(self) -> bytes:
        return expand(self.master, "field encryption")

    @property
    def blind_index_key(self) -> bytes:
        return expand(self.master, "blind index")

    @property
    def audit_key(self) -> bytes:
        return expand(self.master, "audit chain")

    @property
    def row_binding_key(self) -> bytes:
        """Ties rows with no sealed field of their own to their customer (contacts' owner,
        consent entries): see ``services.row_binding``."""
        return expand(self.master, "row binding")

    @property
    def pending_key(self) -> bytes:
        """Seals failed sign-ins parked before anyone is signed in. Each enrolled desk keeps a
        copy in its keyring (it is needed before the vault opens); it can seal parked events
        and nothing else."""
        return expand(self.master, "pending events")

    @property
    def check_value(self) -> bytes:
        """Stored in clear to tell a wrong key from damaged data; reveals nothing of the key."""
        return expand(self.master, "key check", 16)
