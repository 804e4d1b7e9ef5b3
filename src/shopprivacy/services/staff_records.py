"""Reading and writing staff rows with their encrypted fields."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from shopprivacy.domain.errors import ConflictError, DamagedRecord, ValidationError
from shopprivacy.domain.staff import NewStaff, Role, StaffInfo, Undertaking
from shopprivacy.domain.text_safety import refuse_unsafe
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.passwords import check_password
from shopprivacy.services.shop import read_profile
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Staff

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
T = "staff"
MAX_UNDERTAKING_VERSION = 40


class PasswordRefused(ValidationError):
    """The password breaks the policy; ``reasons`` lists every rule it breaks."""

    def __init__(self, reasons: list) -> None:  # type: ignore[type-arg]
        self.reasons = reasons
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The password is not accepted."), field="password"
        )


def enforce_password_policy(
    password: str,
    username: str,
    full_name: str | None,
    phone: str | None,
    birth_date: date | None,
    shop_name: str | None = None,
) -> None:
    problems = check_password(
        password,
        username=username,
        full_name=full_name,
        phone=phone,
        birth_date=birth_date,
        shop_name=shop_name,
    )
    if problems:
        raise PasswordRefused(problems)


def validate_new_staff(new: NewStaff, password: str, shop_name: str | None = None) -> None:
    if not USERNAME_RE.match(new.username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A login name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, "
                "with no spaces or accents.",
            ),
            field="username",
        )
    if not new.full_name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the person's full name."), field="full_name"
        )
    refuse_unsafe(new.full_name, "full_name")
    enforce_password_policy(
        password, new.username, new.full_name, new.phone, new.birth_date, shop_name
    )


def insert_staff(session: Session, vault: Vault, new: NewStaff) -> Staff:
    taken = session.scalar(
        select(func.count()).select_from(Staff).where(Staff.username == new.username)
    )
    if taken:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "The login name {username} is already used."),
            username=new.username,
        )
    staff = Staff(username=new.username, role=str(new.role), created_at=vault.now())
    session.add(staff)
    session.flush()  # the row id is part of each field's associated data
    c = vault.cipher
    staff.full_name_enc = c.seal(T, "full_name", staff.id, new.full_name.strip())
    staff.phone_enc = c.seal(T, "phone", staff.id, new.phone)
    staff.birth_date_enc = c.seal(
        T, "birth_date", staff.id, new.birth_date.isoformat() if new.birth_date else None
    )
    return staff


def staff_info(vault: Vault, row: Staff) -> StaffInfo:
    """The row as the staff screen shows it; a damaged field marks that account only."""
    damaged = False
    full_name = phone = None
    try:
        full_name = vault.cipher.open(T, "full_name", row.id, row.full_name_enc)
        phone = vault.cipher.open(T, "phone", row.id, row.phone_enc)
    except DamagedRecord:
        damaged = True
    return StaffInfo(
        id=row.id,
        username=row.username,
        role=Role(row.role),
        full_name=full_name,
        phone=phone,
        active=row.active,
        locked=row.locked,
        must_change_password=row.must_change_password,
        created_at=row.created_at,
        damaged=damaged,
        undertaking=undertaking_of(row),
    )


def undertaking_of(row: Staff) -> Undertaking | None:
    if row.undertaking_signed_on is None or not row.undertaking_version:
        return None
    return Undertaking(row.undertaking_signed_on, row.undertaking_version)


def validate_undertaking(undertaking: Undertaking, today: date) -> Undertaking:
    """The version is a label (e.g. "CK-2026"), trimmed; the date is not in the future."""
    version = " ".join(undertaking.version.split())
    if not version:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write the version of the undertaking that was signed."),
            field="undertaking_version",
        )
    if len(version) > MAX_UNDERTAKING_VERSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A version has at most {n} characters."),
            field="undertaking_version",
            n=MAX_UNDERTAKING_VERSION,
        )
    if undertaking.signed_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The signing date cannot be in the future."),
            field="undertaking_signed_on",
        )
    return Undertaking(undertaking.signed_on, version)


def personal_details(
    vault: Vault, row: Staff
) -> tuple[str | None, str | None, date | None, str | None]:
    """Name, phone and birth date, and the shop's name, for checking a new password against
    them (``enforce_password_policy``'s arguments after the login name, in order)."""
    c = vault.cipher
    birth = c.open(T, "birth_date", row.id, row.birth_date_enc)
    session = object_session(row)
    shop_name = read_profile(session, vault).name if session is not None else None
    return (
        c.open(T, "full_name", row.id, row.full_name_enc),
        c.open(T, "phone", row.id, row.phone_enc),
        date.fromisoformat(birth) if birth else None,
        shop_name,
    )
