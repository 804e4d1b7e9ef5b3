"""This PC's device secret, kept in the OS keyring.

There is deliberately no plaintext fallback: where no keyring exists, the store says so
(``available`` is False) and the vault is opened without the device factor, which the director's
security screen states plainly.
"""

from __future__ import annotations

import base64
import os
import uuid
from dataclasses import dataclass
from typing import Protocol

import keyring
import keyring.errors
from keyring.backends import fail

SERVICE = "shopprivacy"
# Small per-desk notes beside the device secret (the audit anchor, the pending-events key): a
# separate service name so "is there a device secret" keeps its meaning.
DESK_NOTES = "shopprivacy-desk"
NO_KEYRING_DEVICE = "no-keyring"


@dataclass(frozen=True)
class DeviceSecret:
    device_id: str
    secret: bytes


class DeviceStore(Protocol):
    @property
    def available(self) -> bool: ...

    def load(self, vault_id: str) -> DeviceSecret | None: ...

    def enroll(self, vault_id: str) -> DeviceSecret: ...

    def recall(self, vault_id: str, name: str) -> str | None: ...

    def remember(self, vault_id: str, name: str, value: str) -> None: ...


class KeyringDeviceStore:
    """Device secrets in whatever keyring backend ``keyring`` chose (or a test backend)."""

    @property
    def available(self) -> bool:
        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring) and backend.priority > 0

    @property
    def backend_name(self) -> str:
        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def load(self, vault_id: str) -> DeviceSecret | None:
        if not self.available:
            return None
        try:
            stored = keyring.get_password(SERVICE, _entry(vault_id))
        except keyring.errors.KeyringError:
            return None
        if not stored or ":" not in stored:
            return None
        device_id, encoded = stored.split(":", 1)
        try:
            return DeviceSecret(device_id, base64.b64decode(encoded, validate=True))
        except ValueError:
            return None

    def enroll(self, vault_id: str) -> DeviceSecret:
        """A fresh secret for this PC; without a keyring, the explicit no-device marker."""
        if not self.available:
            return DeviceSecret(NO_KEYRING_DEVICE, b"")
        device = DeviceSecret(uuid.uuid4().hex, os.urandom(32))
        value = f"{device.device_id}:{base64.b64encode(device.secret).decode()}"
        keyring.set_password(SERVICE, _entry(vault_id), value)
        return device

    def recall(self, vault_id: str, name: str) -> str | None:
        """A desk note kept outside the database (None without a keyring or when never kept)."""
        if not self.available:
            return None
        try:
            return keyring.get_password(DESK_NOTES, f"{name}:{vault_id}")
        except keyring.errors.KeyringError:
            return None

    def remember(self, vault_id: str, name: str, value: str) -> None:
        """Keep a desk note; silently nothing where this PC has no keyring (callers say so)."""
        if not self.available:
            return
        try:
            keyring.set_password(DESK_NOTES, f"{name}:{vault_id}", value)
        except keyring.errors.KeyringError:
            return


def _entry(vault_id: str) -> str:
    return f"device-secret:{vault_id}"
