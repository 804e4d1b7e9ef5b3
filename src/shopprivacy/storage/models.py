"""Foundation tables: vault metadata, key slots, staff, settings, shop profile, audit log.

Columns ending in ``_enc`` hold AES-GCM ciphertext bound to (table, column, row id); nothing
personal is ever stored in clear. Feature areas keep their tables in their own modules.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from shopprivacy.storage.base import Base, utcnow


class VaultMeta(Base):
    """One row: which vault this is and how to check that an unlocked key is the right one."""

    __tablename__ = "vault_meta"
    id: Mapped[int] = mapped_column(primary_key=True)
    vault_id: Mapped[str] = mapped_column(String(32))
    key_check: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    demo: Mapped[bool] = mapped_column(default=False)


class KeySlot(Base):
    """A wrapped share of the vault key: per staff account, per enrolled PC, or for recovery."""

    __tablename__ = "key_slots"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # staff | device | recovery
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), index=True
    )
    device_id: Mapped[str | None] = mapped_column(String(64), index=True)
    salt: Mapped[bytes | None] = mapped_column(LargeBinary)
    kdf_params: Mapped[str | None] = mapped_column(Text)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Login names are chosen by the shop and needed before any key exists, so they stay in clear;
    # the screens advise against using a person's full name as one.
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    full_name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    birth_date_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(default=True)
    locked: Mapped[bool] = mapped_column(default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    # The last active director is never locked (anyone could type wrong passwords to lock the
    # shop out); sign-ins to it are held back until this time instead, longer after each failure.
    held_until: Mapped[datetime | None] = mapped_column()
    must_change_password: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deactivated_at: Mapped[datetime | None] = mapped_column()
    # The signed confidentiality undertaking (the paper stays in the staff file): when and which
    # version. Not personal data of customers, and the access review must read it without a key.
    undertaking_signed_on: Mapped[date | None] = mapped_column(Date)
    undertaking_version: Mapped[str | None] = mapped_column(String(40))


class Setting(Base):
    """Shop settings (idle minutes, languages, thresholds): never personal data."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ShopProfileRow(Base):
    __tablename__ = "shop_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_enc: Mapped[bytes] = mapped_column(LargeBinary)
    address_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    email_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    hours_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    dp_officer_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    dp_officer_phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    installs_cameras: Mapped[bool] = mapped_column(default=False, server_default=false())


class AuditEntry(Base):
    """Append-only. ``detail`` is JSON of ids, counts and codes: never a personal value."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(48), index=True)
    target_type: Mapped[str | None] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(String(64), index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the newest entry and a keyed seal over it (catches deleted newest entries).

    Writers lock this row, which keeps the chain single even with several desks writing.
    """

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class PendingAuditEvent(Base):
    """Events from before anyone is signed in (failed logins, lockouts): no key exists yet to
    chain them, so they wait here and join the chain, with their own time, at the next sign-in."""

    __tablename__ = "audit_pending"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column()
    staff_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(48))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    # Keyed seal under the pending-events key each enrolled desk keeps ("" from a desk without
    # one): a row written or changed with an SQL tool does not join the chain as what it claims.
    mac: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ErasureLedger(Base):
    """Ids and dates of erased customers, no personal data: replayed after a restore."""

    __tablename__ = "erasure_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    erased_at: Mapped[datetime] = mapped_column()
    reason: Mapped[str] = mapped_column(String(32))
