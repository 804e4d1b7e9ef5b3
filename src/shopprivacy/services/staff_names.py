"""Staff members as official papers name them: full name, role and phone, never the login name.

Login names are the shop's internal handles ("giamdoc", "cskh1"); a notice to the authority, a
letter to a customer or the list of who opened a customer's record names the person instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.errors import DamagedRecord
from shopprivacy.domain.staff import Actor, Role
from shopprivacy.services.staff_records import T
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Staff


@dataclass(frozen=True)
class StaffName:
    """``full_name`` empty when the account's fields cannot be read (or were never filled)."""

    staff_id: int
    full_name: str
    role: Role
    phone: str = ""


def _named(vault: Vault, row: Staff) -> StaffName:
    try:
        name = vault.cipher.open(T, "full_name", row.id, row.full_name_enc) or ""
        phone = vault.cipher.open(T, "phone", row.id, row.phone_enc) or ""
    except DamagedRecord:
        name, phone = "", ""
    return StaffName(row.id, name, Role(row.role), phone)


def staff_names(session: Session, vault: Vault, ids: Iterable[int]) -> dict[int, StaffName]:
    """The named staff members (deactivated ones too: the log outlives the account)."""
    wanted = sorted(set(ids))
    found: dict[int, StaffName] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in session.scalars(select(Staff).where(Staff.id.in_(chunk))):
            found[row.id] = _named(vault, row)
    return found


def signer(vault: Vault, actor: Actor) -> StaffName:
    """The acting staff member's own name, role and phone, for the papers they sign. Any
    signed-in staff member, about themself only; not audited (their own details). An account
    without a readable full name gives an empty one: the paper leaves the line to write on."""
    with vault.db.transaction() as session:
        row = session.get(Staff, actor.staff_id)
        return _named(vault, row) if row is not None else StaffName(actor.staff_id, "", actor.role)


def read_staff_names(vault: Vault, ids: Iterable[int]) -> dict[int, StaffName]:
    """``staff_names`` in its own transaction, for a caller that already checked its right to
    the record naming them (e.g. the director's breach record). Not audited: staff details."""
    with vault.db.transaction() as session:
        return staff_names(session, vault, ids)
