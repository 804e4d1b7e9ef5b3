"""Staff accounts and their roles, as the shops' policies name them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP


class Role(StrEnum):
    DIRECTOR = "director"
    SALES = "sales"
    CARE = "care"

    @property
    def label(self) -> str:
        """English source of the role's name; front ends translate it in context 'roles'."""
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.DIRECTOR: QT_TRANSLATE_NOOP("roles", "Director"),
    Role.SALES: QT_TRANSLATE_NOOP("roles", "Sales"),
    Role.CARE: QT_TRANSLATE_NOOP("roles", "Customer care"),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member on whose behalf a service acts.

    Only a sign-in issues one (``services.authz.issue_actor``): ``token`` is a keyed seal over
    who it is, and services refuse an Actor without a valid one, so a script cannot hand them a
    made-up director. Kept out of ``repr`` and of equality."""

    staff_id: int
    username: str
    role: Role
    token: bytes = field(default=b"", repr=False, compare=False)


@dataclass(frozen=True)
class StaffInfo:
    """What the staff screen shows about an account. ``damaged`` when its fields cannot be read."""

    id: int
    username: str
    role: Role
    full_name: str | None
    phone: str | None
    active: bool
    locked: bool
    must_change_password: bool
    created_at: datetime
    damaged: bool = False
    undertaking: Undertaking | None = None


@dataclass(frozen=True)
class Undertaking:
    """The confidentiality undertaking a staff member signed: the shop's policy promises that
    everyone with access to customers' data is bound to confidentiality."""

    signed_on: date
    version: str


@dataclass(frozen=True)
class NewStaff:
    username: str
    role: Role
    full_name: str
    phone: str | None = None
    birth_date: date | None = None
    undertaking: Undertaking | None = None


@dataclass(frozen=True)
class ShopProfile:
    """The data controller's identity: it heads every printed report and letter."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""  # when the hotline answers, e.g. "8:00–17:30, Monday to Saturday"
    dp_officer: str = ""  # the person responsible for data protection
    dp_officer_phone: str = ""
    installs_cameras: bool = False  # the policy then says how footage is handled
