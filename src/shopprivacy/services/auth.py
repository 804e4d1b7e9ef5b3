"""Signing in, failed-login slowdown and lockout, and recovery with the printed code."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import (
    AccountLocked,
    AuditLogBroken,
    AuthenticationError,
    DeviceNotEnrolled,
    IntegrityProblem,
    KeyringRequired,
    NotFound,
    WrongEnrolmentCode,
    WrongRecoveryCode,
)
from shopprivacy.domain.settings import MAX_FAILED_LOGINS
from shopprivacy.domain.staff import Actor, Role
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.device import DeviceStore
from shopprivacy.security.enrolment_code import normalize_enrolment_code
from shopprivacy.security.keyslots import VaultKeys
from shopprivacy.security.recovery import normalize_recovery_code
from shopprivacy.services import audit_guard, audit_log, row_binding, slots
from shopprivacy.services.actors import issue_actor
from shopprivacy.services.sign_in_throttle import (
    HELD,
    director_hold,
    failure_delay,
    is_held,
    last_active_director,
)
from shopprivacy.services.staff_records import enforce_password_policy, personal_details
from shopprivacy.services.vault import Vault
from shopprivacy.storage import migrate
from shopprivacy.storage.base import utcnow
from shopprivacy.storage.database import Database
from shopprivacy.storage.models import Staff, VaultMeta

WRONG = QT_TRANSLATE_NOOP("errors", "Wrong login name or password.")
LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "This account is locked after too many failed sign-ins. Ask the director to unlock it.",
)


@dataclass(frozen=True)
class SignedIn:
    vault: Vault
    actor: Actor
    must_change_password: bool


@dataclass(frozen=True)
class Recovered(SignedIn):
    """Signed in with the printed code, which is spent now: ``recovery_code`` is the new one, to
    be shown and printed once (kept out of ``repr`` so no log or trace can carry it)."""

    recovery_code: str = field(repr=False)


@dataclass(frozen=True)
class _Checked:
    staff: Staff | None = None
    share: bytes | None = None
    failure: AuthenticationError | None = None
    delay: float = field(default_factory=lambda: failure_delay(1))
    # Ids of the failures parked, noted in this desk's keyring once the transaction is in.
    parked: tuple[int, ...] = ()


class AuthService:
    def __init__(
        self,
        db: Database,
        devices: DeviceStore,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.devices = devices
        self.sleep = sleep
        self.clock = clock

    def open_database(self) -> None:
        """Apply pending migrations (after a safety copy). Needs no key: only ciphertext moves."""
        migrate.upgrade(self.db)

    def vault_id(self) -> str:
        with self.db.transaction() as session:
            meta = session.scalar(select(VaultMeta))
            if meta is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no shop database here yet."))
            return meta.vault_id

    def is_demo(self) -> bool:
        with self.db.transaction() as session:
            meta = session.scalar(select(VaultMeta))
            return bool(meta and meta.demo)

    def sign_in(self, username: str, password: str, accept_audit_break: bool = False) -> SignedIn:
        """Anyone. Audit: ``signed_in``; failures and lockouts are parked and join the chain at the
        next successful sign-in (no key exists before that).

        Nothing is written before the chain is checked (``audit_guard``): a broken one raises
        AuditLogBroken, unless a director passes ``accept_audit_break``, which records the break
        as ``audit_break_recorded`` and carries on."""
        vault_id = self.vault_id()
        done: tuple[SignedIn, tuple[int, str]] | None = None
        with self.db.transaction() as session:
            checked = self._check_password(session, username, password, vault_id)
            if checked.staff is not None and checked.share is not None:
                done = self._complete_sign_in(
                    session, checked.staff, checked.share, vault_id, accept_audit_break
                )
        if done is not None:
            audit_guard.move_anchor(self.devices, done[0].vault, done[1])
            return done[0]
        audit_guard.remember_parked(self.devices, vault_id, list(checked.parked))
        self._fail(checked)

    def _park(
        self, session: Session, vault_id: str, action: str, staff_id: int | None, **detail: Any
    ) -> int:
        """Park a failure, sealed with this desk's pending-events key when it has one."""
        key = audit_guard.pending_key(self.devices, vault_id)
        return audit_log.record_pending(session, self.clock(), action, staff_id, key, **detail)

    def _check_password(
        self, session: Session, username: str, password: str, vault_id: str
    ) -> _Checked:
        """This account's staff share, or the failure to raise (parked in the audit log, and
        counted towards the lockout)."""
        staff = session.scalar(select(Staff).where(Staff.username == username.strip().lower()))
        now = self.clock()
        if staff is None or not staff.active or staff.locked or is_held(staff, now):
            # As slow as a wrong password: the timing does not tell which accounts exist.
            slots.equal_time_derivation(session, password)
        if staff is None or not staff.active:
            parked = self._park(
                session,
                vault_id,
                Action.SIGN_IN_FAILED,
                staff.id if staff else None,
                reason="unknown_account" if staff is None else "inactive_account",
            )
            return _Checked(failure=AuthenticationError(WRONG), parked=(parked,))
        if staff.locked:
            parked = self._park(session, vault_id, Action.SIGN_IN_FAILED, staff.id, reason="locked")
            return _Checked(failure=AccountLocked(LOCKED), parked=(parked,))
        if is_held(staff, now):
            # Not even checked: guesses while held back are worth nothing.
            parked = self._park(
                session, vault_id, Action.SIGN_IN_FAILED, staff.id, reason="held_back"
            )
            return _Checked(failure=AuthenticationError(HELD), parked=(parked,))
        share = slots.open_staff_slot(session, staff.id, password)
        if share is not None:
            return _Checked(staff=staff, share=share)
        staff.failed_logins += 1
        parked = self._park(
            session,
            vault_id,
            Action.SIGN_IN_FAILED,
            staff.id,
            reason="wrong_password",
            failures=staff.failed_logins,
        )
        delay = failure_delay(staff.failed_logins)
        if staff.failed_logins >= MAX_FAILED_LOGINS and last_active_director(session, staff):
            hold = director_hold(staff.failed_logins)
            staff.held_until = now + timedelta(seconds=hold)
            return _Checked(failure=AuthenticationError(HELD), delay=delay, parked=(parked,))
        if staff.failed_logins >= MAX_FAILED_LOGINS:
            staff.locked = True
            locked = self._park(session, vault_id, Action.ACCOUNT_LOCKED, staff.id)
            return _Checked(failure=AccountLocked(LOCKED), delay=delay, parked=(parked, locked))
        return _Checked(failure=AuthenticationError(WRONG), delay=delay, parked=(parked,))

    def _fail(self, checked: _Checked) -> NoReturn:
        # Outside the transaction: the slowdown must not hold the database's write lock.
        failure = checked.failure or AuthenticationError(WRONG)
        if not isinstance(failure, AccountLocked):
            self.sleep(checked.delay)
        raise failure

    def _complete_sign_in(
        self,
        session: Session,
        staff: Staff,
        staff_share: bytes,
        vault_id: str,
        accept_audit_break: bool = False,
    ) -> tuple[SignedIn, tuple[int, str]]:
        device = self.devices.load(vault_id)
        device_share = slots.open_device_slot(session, device)
        if device_share is None:
            raise DeviceNotEnrolled(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This computer is not enrolled for this shop database. "
                    "Ask the director for a desk code (Settings, Add another desk) to add it.",
                )
            )
        vault = self._vault(
            session, VaultKeys(staff_share, device_share), vault_id, device is not None
        )
        staff.failed_logins, staff.held_until = 0, None
        actor = issue_actor(vault, staff.id, staff.username, Role(staff.role))
        vault.signed_in = actor
        self._checked_chain(session, vault, actor, accept_audit_break)
        newest = audit_log.append(
            session, vault, actor, Action.SIGNED_IN, device_protected=vault.device_protected
        )
        return SignedIn(vault, actor, staff.must_change_password), (newest.seq, newest.hash)

    def _checked_chain(
        self, session: Session, vault: Vault, actor: Actor, accept_break: bool
    ) -> None:
        """Check the chain against this desk's anchor before the first write, then bring in the
        parked failures (and say which of this desk's own were deleted)."""
        anchor = audit_guard.load_anchor(self.devices, vault.vault_id)
        found = audit_guard.check_chain(session, vault, anchor)
        if not found.ok and found.problem in audit_guard.HIDDEN_BY_APPENDING:
            if not (accept_break and actor.role is Role.DIRECTOR):
                raise AuditLogBroken(found.problem or "", found.broken_seq)
            audit_guard.record_break(session, vault, actor, found)
        missing = audit_guard.missing_pending(session, anchor)
        audit_log.absorb_pending(session, vault)
        row_binding.bind_rows_from_before(session, vault, actor)
        if missing:
            audit_log.append(session, vault, actor, Action.PENDING_EVENT_MISSING, ids=missing)

    def _vault(
        self, session: Session, keys: VaultKeys, vault_id: str, device_protected: bool
    ) -> Vault:
        meta = session.scalar(select(VaultMeta))
        if meta is None or meta.key_check != keys.check_value:
            raise IntegrityProblem(
                QT_TRANSLATE_NOOP("errors", "The database's keys do not match: it may be damaged.")
            )
        vault = Vault(self.db, keys, vault_id, device_protected=device_protected, clock=self.clock)
        vault.open_anywhere = slots.has_keyring_less_desk(session)
        return vault

    def recover(self, code: str, director_username: str, new_password: str) -> Recovered:
        """Anyone holding the printed code. Enrolls this PC, sets the director's new password and
        unlocks the account, and spends the code: a new one replaces it and is returned, so a
        sheet opens the vault once. Audit: ``recovered``, ``device_enrolled``,
        ``recovery_code_replaced`` (``reason=used``, never the code) and ``signed_in``."""
        normalized = normalize_recovery_code(code)
        if normalized is None:
            raise WrongRecoveryCode()
        vault_id = self.vault_id()
        with self.db.transaction() as session:
            keys = slots.open_recovery_slot(session, normalized)
            slot_id = slots.recovery_slot_id(session)
            if keys is None or slot_id is None:
                parked = self._park(session, vault_id, Action.RECOVERY_FAILED, None)
                failed = True
            else:
                failed = False
        if failed or keys is None or slot_id is None:
            audit_guard.remember_parked(self.devices, vault_id, [parked])
            raise WrongRecoveryCode()
        with self.db.transaction() as session:
            staff = session.scalar(
                select(Staff).where(Staff.username == director_username.strip().lower())
            )
            if staff is None or staff.role != Role.DIRECTOR or not staff.active:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "{username} is not an active director account."),
                    username=director_username,
                )
            # Spent before anything else happens: two desks typing the same code cannot both
            # get in (the second finds the slot gone and is refused).
            new_code = slots.spend_recovery_slot(session, keys, slot_id)
            if new_code is None:
                raise WrongRecoveryCode()
            device = self.devices.enroll(vault_id)
            vault = self._vault(session, keys, vault_id, bool(device.secret))
            enforce_password_policy(new_password, staff.username, *personal_details(vault, staff))
            slots.add_device_slot(session, device, keys)
            slots.add_staff_slot(session, staff.id, keys, new_password)
            staff.locked, staff.failed_logins, staff.must_change_password = False, 0, False
            staff.held_until = None
            actor = issue_actor(vault, staff.id, staff.username, Role.DIRECTOR)
            vault.signed_in = actor
            # The code's holder is the director: a broken chain is recorded, not a dead end.
            self._checked_chain(session, vault, actor, accept_break=True)
            audit_log.append(session, vault, actor, Action.RECOVERED, "staff", staff.id)
            audit_log.append(
                session,
                vault,
                actor,
                Action.DEVICE_ENROLLED,
                device_protected=vault.device_protected,
            )
            audit_log.append(session, vault, actor, Action.RECOVERY_CODE_REPLACED, reason="used")
            vault.open_anywhere = slots.has_keyring_less_desk(session)
            newest = audit_log.append(
                session, vault, actor, Action.SIGNED_IN, device_protected=vault.device_protected
            )
            anchor = (newest.seq, newest.hash)
        audit_guard.move_anchor(self.devices, vault, anchor)
        return Recovered(vault, actor, False, new_code)

    def enrol_desk(self, username: str, password: str, code: str) -> SignedIn:
        """Any active staff member, on a PC not yet enrolled, with the director's desk code: the
        staff share comes from their own password, the device share from the code's slot. This
        PC gets its own device slot and the code is spent in the same transaction. Audit:
        ``device_enrolled`` (``via=enrolment_code``) and ``signed_in``; a wrong password is parked
        as ``sign_in_failed`` (and counts towards the lockout), a wrong, expired or used code as
        ``desk_enrolment_failed``."""
        vault_id = self.vault_id()
        normalized = normalize_enrolment_code(code)
        enrolled: SignedIn | None = None
        anchor = (0, "")
        refused = ""
        with self.db.transaction() as session:
            checked = self._check_password(session, username, password, vault_id)
            if checked.staff is not None and checked.share is not None:
                staff = checked.staff
                opened = (
                    slots.open_enrolment_slot(session, normalized, self.clock())
                    if normalized is not None
                    else "wrong_code"
                )
                if (
                    not isinstance(opened, str)
                    and not self.devices.available
                    and not opened.allows_keyring_less
                ):
                    # This PC would make the file open anywhere: only if the director said so.
                    opened = refused = "no_keyring"
                if not isinstance(opened, str) and slots.spend_enrolment_slot(
                    session, opened.slot_id
                ):
                    keys = VaultKeys(checked.share, opened.device_share)
                    # Keys checked before this PC's keyring is touched.
                    vault = self._vault(session, keys, vault_id, self.devices.available)
                    device = self.devices.enroll(vault_id)
                    slots.add_device_slot(session, device, keys)
                    vault.open_anywhere = slots.has_keyring_less_desk(session)
                    staff.failed_logins = 0
                    actor = issue_actor(vault, staff.id, staff.username, Role(staff.role))
                    vault.signed_in = actor
                    self._checked_chain(session, vault, actor, accept_break=False)
                    audit_log.append(
                        session,
                        vault,
                        actor,
                        Action.DEVICE_ENROLLED,
                        via="enrolment_code",
                        device_protected=vault.device_protected,
                    )
                    newest = audit_log.append(
                        session,
                        vault,
                        actor,
                        Action.SIGNED_IN,
                        device_protected=vault.device_protected,
                    )
                    enrolled = SignedIn(vault, actor, staff.must_change_password)
                    anchor = (newest.seq, newest.hash)
                else:
                    self._park(
                        session,
                        vault_id,
                        Action.DESK_ENROLMENT_FAILED,
                        staff.id,
                        reason=opened if isinstance(opened, str) else "used",
                    )
        if enrolled is not None:
            audit_guard.move_anchor(self.devices, enrolled.vault, anchor)
            return enrolled
        if checked.failure is not None:
            audit_guard.remember_parked(self.devices, vault_id, list(checked.parked))
            self._fail(checked)
        if refused:
            raise KeyringRequired()
        raise WrongEnrolmentCode()
