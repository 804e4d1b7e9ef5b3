"""Key slots in the database: adding, replacing and opening wrapped shares of the vault key."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from shopprivacy.security.device import NO_KEYRING_DEVICE, DeviceSecret
from shopprivacy.security.enrolment_code import VALID_FOR, generate_enrolment_code
from shopprivacy.security.kdf import DEFAULT_PARAMS, KdfParams, derive_key, expand
from shopprivacy.security.keyslots import SHARE_LEN, UnwrapFailed, VaultKeys, unwrap, wrap
from shopprivacy.security.recovery import generate_recovery_code
from shopprivacy.storage.models import KeySlot


def _staff_label(staff_id: int) -> str:
    return f"staff-slot:{staff_id}"


def _device_label(device_id: str) -> str:
    return f"device-slot:{device_id}"


def add_staff_slot(session: Session, staff_id: int, keys: VaultKeys, password: str) -> None:
    """(Re)wrap the staff share under this account's password; replaces any older slot."""
    session.execute(delete(KeySlot).where(KeySlot.kind == "staff", KeySlot.staff_id == staff_id))
    salt = os.urandom(16)
    params = DEFAULT_PARAMS
    kek = derive_key(password.encode("utf-8"), salt, params)
    session.add(
        KeySlot(
            kind="staff",
            staff_id=staff_id,
            salt=salt,
            kdf_params=params.to_json(),
            wrapped=wrap(keys.staff_share, kek, _staff_label(staff_id)),
        )
    )


def open_staff_slot(session: Session, staff_id: int, password: str) -> bytes | None:
    """The staff share, or None when the password is wrong (or the account has no slot)."""
    slot = session.scalar(
        select(KeySlot).where(KeySlot.kind == "staff", KeySlot.staff_id == staff_id)
    )
    if slot is None or slot.salt is None or slot.kdf_params is None:
        return None
    kek = derive_key(password.encode("utf-8"), slot.salt, KdfParams.from_json(slot.kdf_params))
    try:
        return unwrap(slot.wrapped, kek, _staff_label(staff_id))
    except UnwrapFailed:
        return None


def equal_time_derivation(session: Session, password: str) -> None:
    """The work a wrong password costs, done where no slot is opened (unknown, inactive, locked
    or held-back accounts), so the answer's timing does not tell which of these it was: one
    Argon2id derivation with the parameters of an existing staff slot and a throwaway salt."""
    stored = session.scalar(select(KeySlot.kdf_params).where(KeySlot.kind == "staff").limit(1))
    params = KdfParams.from_json(stored) if stored else None
    derive_key(password.encode("utf-8"), os.urandom(16), params)


def _device_kek(device: DeviceSecret) -> bytes:
    # Without a keyring the "device secret" is empty: the slot then protects nothing, which is
    # exactly what the security screen reports for such a PC.
    return expand(device.secret, "device slot")


def add_device_slot(session: Session, device: DeviceSecret, keys: VaultKeys) -> None:
    session.execute(
        delete(KeySlot).where(KeySlot.kind == "device", KeySlot.device_id == device.device_id)
    )
    session.add(
        KeySlot(
            kind="device",
            device_id=device.device_id,
            wrapped=wrap(keys.device_share, _device_kek(device), _device_label(device.device_id)),
        )
    )


def has_keyring_less_desk(session: Session) -> bool:
    """Whether any desk's device slot was made without a keyring (it protects nothing)."""
    found = session.scalar(
        select(KeySlot.id)
        .where(KeySlot.kind == "device", KeySlot.device_id == NO_KEYRING_DEVICE)
        .limit(1)
    )
    return found is not None


def open_device_slot(session: Session, device: DeviceSecret | None) -> bytes | None:
    """The device share for this PC, or None when this PC is not enrolled."""
    candidate = device or DeviceSecret(NO_KEYRING_DEVICE, b"")
    slot = session.scalar(
        select(KeySlot).where(KeySlot.kind == "device", KeySlot.device_id == candidate.device_id)
    )
    if slot is None:
        return None
    try:
        return unwrap(slot.wrapped, _device_kek(candidate), _device_label(candidate.device_id))
    except UnwrapFailed:
        return None


def replace_recovery_slot(session: Session, keys: VaultKeys) -> str:
    """A new recovery code (returned once, never stored) wrapping both shares."""
    code = generate_recovery_code()
    session.execute(delete(KeySlot).where(KeySlot.kind == "recovery"))
    salt = os.urandom(16)
    kek = derive_key(code.encode(), salt, DEFAULT_PARAMS)
    session.add(
        KeySlot(
            kind="recovery",
            salt=salt,
            kdf_params=DEFAULT_PARAMS.to_json(),
            wrapped=wrap(keys.staff_share + keys.device_share, kek, "recovery-slot"),
        )
    )
    return code


def recovery_slot_id(session: Session) -> int | None:
    """Which recovery slot is in force now: each new code gets a new row."""
    return session.scalar(select(KeySlot.id).where(KeySlot.kind == "recovery"))


def spend_recovery_slot(session: Session, keys: VaultKeys, slot_id: int) -> str | None:
    """Replace the recovery slot a code just opened with a new code (returned once, never
    stored). None when that slot is gone already: another desk used or replaced the same code
    meanwhile, and a code opens the vault once."""
    gone = session.execute(
        delete(KeySlot)
        .where(KeySlot.id == slot_id, KeySlot.kind == "recovery")
        .returning(KeySlot.id)
    ).first()
    if gone is None:
        return None
    return replace_recovery_slot(session, keys)


def open_recovery_slot(session: Session, code: str) -> VaultKeys | None:
    slot = session.scalar(select(KeySlot).where(KeySlot.kind == "recovery"))
    if slot is None or slot.salt is None or slot.kdf_params is None:
        return None
    kek = derive_key(code.encode(), slot.salt, KdfParams.from_json(slot.kdf_params))
    try:
        both = unwrap(slot.wrapped, kek, "recovery-slot")
    except UnwrapFailed:
        return None
    return VaultKeys(staff_share=both[:SHARE_LEN], device_share=both[SHARE_LEN:])


def delete_staff_slot(session: Session, staff_id: int) -> None:
    session.execute(delete(KeySlot).where(KeySlot.kind == "staff", KeySlot.staff_id == staff_id))


_ENROLMENT_LABEL = "enrolment-slot"
# Marks (in ``device_id``) a code the director made for a PC without a keyring. The mark is also
# part of the wrapping's label, so setting it with an SQL tool makes the code open nothing.
KEYRING_LESS_ALLOWED = "keyring-less-allowed"


def _enrolment_label(allow_keyring_less: bool) -> str:
    return f"{_ENROLMENT_LABEL}:{KEYRING_LESS_ALLOWED}" if allow_keyring_less else _ENROLMENT_LABEL


def replace_enrolment_slot(
    session: Session, keys: VaultKeys, now: datetime, allow_keyring_less: bool = False
) -> tuple[str, bool]:
    """A new desk enrolment code (returned once, never stored) wrapping the device share only;
    it expires ``VALID_FOR`` after ``now`` (the slot's ``created_at``). Only with
    ``allow_keyring_less`` may it enrol a PC without a keyring (which makes the file open
    anywhere with a password). Also says whether an unused code was replaced."""
    replaced = session.execute(
        delete(KeySlot).where(KeySlot.kind == "enrolment").returning(KeySlot.id)
    ).first()
    code = generate_enrolment_code()
    salt = os.urandom(16)
    kek = derive_key(code.encode(), salt, DEFAULT_PARAMS)
    session.add(
        KeySlot(
            kind="enrolment",
            device_id=KEYRING_LESS_ALLOWED if allow_keyring_less else None,
            salt=salt,
            kdf_params=DEFAULT_PARAMS.to_json(),
            wrapped=wrap(keys.device_share, kek, _enrolment_label(allow_keyring_less)),
            created_at=now,
        )
    )
    return code, replaced is not None


@dataclass(frozen=True)
class OpenedEnrolment:
    slot_id: int
    device_share: bytes
    allows_keyring_less: bool = False


def open_enrolment_slot(session: Session, code: str, now: datetime) -> OpenedEnrolment | str:
    """The device share the code unwraps, or why not: ``no_code`` (none issued, or used),
    ``expired`` or ``wrong_code``. An expired slot is deleted (it can never open again)."""
    slot = session.scalar(select(KeySlot).where(KeySlot.kind == "enrolment"))
    if slot is None or slot.salt is None or slot.kdf_params is None:
        return "no_code"
    kek = derive_key(code.encode(), slot.salt, KdfParams.from_json(slot.kdf_params))
    allows = slot.device_id == KEYRING_LESS_ALLOWED
    try:
        share = unwrap(slot.wrapped, kek, _enrolment_label(allows))
    except UnwrapFailed:
        return "wrong_code"
    if now >= slot.created_at + VALID_FOR:
        session.delete(slot)
        return "expired"
    return OpenedEnrolment(slot.id, share, allows)


def spend_enrolment_slot(session: Session, slot_id: int) -> bool:
    """Delete the enrolment slot a code just opened; False when another desk spent (or the
    director replaced) it meanwhile, since a code enrolls one PC."""
    gone = session.execute(
        delete(KeySlot)
        .where(KeySlot.id == slot_id, KeySlot.kind == "enrolment")
        .returning(KeySlot.id)
    ).first()
    return gone is not None
