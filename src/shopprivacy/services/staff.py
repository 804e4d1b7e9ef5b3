"""Staff accounts: the director adds, deactivates, unlocks and resets; everyone changes their own
password."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.errors import AuthenticationError, NotFound, ValidationError
from shopprivacy.domain.staff import Actor, NewStaff, StaffInfo, Undertaking
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, slots
from shopprivacy.services.authz import require
from shopprivacy.services.staff_records import (
    enforce_password_policy,
    insert_staff,
    personal_details,
    staff_info,
    validate_new_staff,
    validate_undertaking,
)
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Staff


class StaffService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _get(self, session: Session, staff_id: int) -> Staff:
        row = session.get(Staff, staff_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No staff account #{id}."), id=staff_id)
        return row

    def find_id(self, username: str) -> int:
        """The id behind a login name (ids only, so any signed-in user may ask)."""
        with self.vault.db.transaction() as session:
            staff_id = session.scalar(
                select(Staff.id).where(Staff.username == username.strip().lower())
            )
        if staff_id is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No staff account {username}."), username=username
            )
        return staff_id

    def list_staff(self, actor: Actor) -> list[StaffInfo]:
        """Director only (MANAGE_STAFF). Audit: ``staff_viewed`` with the count."""
        require(self.vault, actor, Permission.MANAGE_STAFF)
        with self.vault.db.transaction() as session:
            rows = session.scalars(select(Staff).order_by(Staff.username)).all()
            result = [staff_info(self.vault, row) for row in rows]
            audit_log.append(session, self.vault, actor, Action.STAFF_VIEWED, count=len(result))
            for info in result:
                if info.damaged:
                    audit_log.append(
                        session, self.vault, actor, Action.RECORD_DAMAGED, "staff", info.id
                    )
        return result

    def add_staff(self, actor: Actor, new: NewStaff, password: str) -> StaffInfo:
        """Director only. The new account must change the password at first sign-in; the
        signed confidentiality undertaking may be recorded at once. Audit: ``staff_added``, and
        ``staff_undertaking_recorded`` when an undertaking is given."""
        require(self.vault, actor, Permission.MANAGE_STAFF)
        validate_new_staff(new, password)
        undertaking = new.undertaking and validate_undertaking(new.undertaking, self._today())
        with self.vault.db.transaction() as session:
            row = insert_staff(session, self.vault, new)
            row.must_change_password = True
            slots.add_staff_slot(session, row.id, self.vault.keys, password)
            audit_log.append(
                session, self.vault, actor, Action.STAFF_ADDED, "staff", row.id, role=str(new.role)
            )
            if undertaking:
                self._store_undertaking(session, actor, row, undertaking)
            return staff_info(self.vault, row)

    def record_undertaking(
        self, actor: Actor, staff_id: int, undertaking: Undertaking
    ) -> StaffInfo:
        """Director only (MANAGE_STAFF; refused and logged for anyone else). Records the date
        and version of the confidentiality undertaking the person signed; a newer one replaces
        it. Audit: ``staff_undertaking_recorded`` with the date, the version and the previous
        ones."""
        require(self.vault, actor, Permission.MANAGE_STAFF, "staff", staff_id)
        clean = validate_undertaking(undertaking, self._today())
        with self.vault.db.transaction() as session:
            row = self._get(session, staff_id)
            self._store_undertaking(session, actor, row, clean)
            return staff_info(self.vault, row)

    def _store_undertaking(
        self, session: Session, actor: Actor, row: Staff, undertaking: Undertaking
    ) -> None:
        before = (row.undertaking_signed_on, row.undertaking_version)
        row.undertaking_signed_on = undertaking.signed_on
        row.undertaking_version = undertaking.version
        audit_log.append(
            session, self.vault, actor, Action.STAFF_UNDERTAKING_RECORDED, "staff", row.id,
            signed_on=undertaking.signed_on.isoformat(), version=undertaking.version,
            previous_signed_on=before[0].isoformat() if before[0] else None,
            previous_version=before[1],
        )  # fmt: skip

    def _today(self) -> date:
        return self.vault.now().astimezone(SHOP_ZONE).date()

    def deactivate(self, actor: Actor, staff_id: int) -> None:
        """Director only; not oneself. Deletes the account's key slot, so the account opens
        nothing anywhere, even with an old copy of its password. Audit: ``staff_deactivated``."""
        require(self.vault, actor, Permission.MANAGE_STAFF, "staff", staff_id)
        if staff_id == actor.staff_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "You cannot deactivate your own account.")
            )
        with self.vault.db.transaction() as session:
            row = self._get(session, staff_id)
            row.active = False
            row.deactivated_at = self.vault.now()
            slots.delete_staff_slot(session, staff_id)
            audit_log.append(
                session, self.vault, actor, Action.STAFF_DEACTIVATED, "staff", staff_id
            )

    def unlock(self, actor: Actor, staff_id: int) -> None:
        """Director only. Clears the failed-sign-in count. Audit: ``account_unlocked``."""
        require(self.vault, actor, Permission.MANAGE_STAFF, "staff", staff_id)
        with self.vault.db.transaction() as session:
            row = self._get(session, staff_id)
            row.locked, row.failed_logins = False, 0
            audit_log.append(session, self.vault, actor, Action.ACCOUNT_UNLOCKED, "staff", staff_id)

    def reset_password(self, actor: Actor, staff_id: int, new_password: str) -> None:
        """Director only. Sets a temporary password the person must change at next sign-in, and
        unlocks the account. Audit: ``staff_password_reset``."""
        require(self.vault, actor, Permission.MANAGE_STAFF, "staff", staff_id)
        with self.vault.db.transaction() as session:
            row = self._get(session, staff_id)
            if not row.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "This account is no longer active.")
                )
            enforce_password_policy(new_password, row.username, *personal_details(self.vault, row))
            slots.add_staff_slot(session, staff_id, self.vault.keys, new_password)
            row.must_change_password = staff_id != actor.staff_id
            row.locked, row.failed_logins = False, 0
            audit_log.append(
                session, self.vault, actor, Action.STAFF_PASSWORD_RESET, "staff", staff_id
            )

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """Everyone, for their own account. Audit: ``password_changed``."""
        require(self.vault, actor, Permission.CHANGE_OWN_PASSWORD, "staff", actor.staff_id)
        with self.vault.db.transaction() as session:
            row = self._get(session, actor.staff_id)
            if slots.open_staff_slot(session, row.id, old_password) is None:
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP("errors", "The current password is wrong.")
                )
            if old_password == new_password:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Choose a password different from the current one."
                    ),
                    field="password",
                )
            enforce_password_policy(new_password, row.username, *personal_details(self.vault, row))
            slots.add_staff_slot(session, row.id, self.vault.keys, new_password)
            row.must_change_password = False
            audit_log.append(session, self.vault, actor, Action.PASSWORD_CHANGED, "staff", row.id)
