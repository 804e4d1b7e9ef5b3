"""An unlocked vault: the database plus the keys that exist only while someone is signed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from shopprivacy.domain.staff import Actor
from shopprivacy.security.blind_index import BlindIndexer
from shopprivacy.security.cipher import FieldCipher
from shopprivacy.security.keyslots import VaultKeys
from shopprivacy.storage.base import utcnow
from shopprivacy.storage.database import Database


@dataclass
class Vault:
    db: Database
    keys: VaultKeys
    vault_id: str
    # False where this PC has no OS keyring and the vault opened without the device factor.
    device_protected: bool
    clock: Callable[[], datetime] = utcnow
    # True when some desk was enrolled without a keyring: its device slot is wrapped under an
    # empty secret, and the device share is the same for every desk, so a copy of the file
    # then opens on any PC with a staff password, whatever this PC's keyring does.
    open_anywhere: bool = False
    # Who signed in to open this vault: a refused forged Actor is logged as this person.
    signed_in: Actor | None = None
    cipher: FieldCipher = field(init=False)
    index: BlindIndexer = field(init=False)
    audit_key: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.cipher = FieldCipher(self.keys.field_key)
        self.index = BlindIndexer(self.keys.blind_index_key)
        self.audit_key = self.keys.audit_key

    def now(self) -> datetime:
        return self.clock()
