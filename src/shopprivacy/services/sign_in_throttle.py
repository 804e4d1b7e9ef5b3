"""How sign-in slows down guessing: a growing wait after each wrong password, a lock after
``MAX_FAILED_LOGINS`` in a row, except for the last active director.

Locking the last director would let anyone who can reach the login screen shut the shop out
(and force the printed recovery sheet to be spent each time). That account is held back
instead: after the threshold, sign-ins to it are refused without checking the password for a
time that doubles with each further failure, up to 15 minutes. Guessing stays at about a
hundred tries a day; every try is in the audit log; the director always gets back in.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopprivacy.domain.settings import MAX_FAILED_LOGINS
from shopprivacy.domain.staff import Role
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.storage.models import Staff

HELD = QT_TRANSLATE_NOOP(
    "errors",
    "Too many wrong passwords for this account. Sign-ins to it are held back for a few "
    "minutes; try again later.",
)


def director_hold(failures: int) -> float:
    """Seconds the last active director's account is held back after the n-th failure in a row
    (from the lockout threshold on): 30 s, 1 min, 2 min … up to 15 min. About a hundred guesses
    a day at most, and the director is never shut out for good."""
    return float(min(30 * 2.0 ** max(failures - MAX_FAILED_LOGINS, 0), 15 * 60))


def is_held(staff: Staff, now: datetime) -> bool:
    return staff.held_until is not None and now < staff.held_until


def last_active_director(session: Session, staff: Staff) -> bool:
    """Locking this account would leave no director able to sign in (and unlock the others)."""
    if staff.role != Role.DIRECTOR:
        return False
    others = session.scalar(
        select(func.count())
        .select_from(Staff)
        .where(
            Staff.role == Role.DIRECTOR.value,
            Staff.active.is_(True),
            Staff.locked.is_(False),
            Staff.id != staff.id,
        )
    )
    return not others


def failure_delay(failures: int) -> float:
    """Seconds to wait after the n-th failure in a row: 0.5, 1, 2, 4 … (capped)."""
    return float(min(0.5 * 2.0 ** max(failures - 1, 0), 8.0))
