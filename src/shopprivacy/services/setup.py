"""Creating a new vault: the first-run wizard and ``shopprivacy-admin init`` both call this."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.domain.staff import Actor, NewStaff, Role, ShopProfile
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.device import DeviceStore
from shopprivacy.security.keyslots import VaultKeys, new_share
from shopprivacy.services import audit_guard, audit_log, slots
from shopprivacy.services.actors import issue_actor
from shopprivacy.services.policy_facts import ensure_register
from shopprivacy.services.shop import write_profile
from shopprivacy.services.staff_records import insert_staff, validate_new_staff
from shopprivacy.services.vault import Vault
from shopprivacy.storage import migrate
from shopprivacy.storage.database import Database
from shopprivacy.storage.models import VaultMeta


@dataclass(frozen=True)
class SetupResult:
    vault: Vault
    actor: Actor
    # Out of ``repr``: no log line or crash report may carry the code.
    recovery_code: str = field(repr=False)


def create_vault(
    db: Database,
    devices: DeviceStore,
    profile: ShopProfile,
    director: NewStaff,
    password: str,
    demo: bool = False,
) -> SetupResult:
    """Make the encrypted database, the shop profile and the director's account, and enroll this
    PC. Returns the recovery code, which is shown once and never stored.

    Who may call: anyone, on a database that does not exist yet.
    Audit: ``vault_created`` and ``staff_added`` for the director.
    """
    if db.exists():
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "A database already exists here."))
    if not profile.name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the shop's name."), field="shop_name"
        )
    if director.role is not Role.DIRECTOR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The first account must be the director's.")
        )
    validate_new_staff(director, password, profile.name)

    migrate.upgrade(db)
    keys = VaultKeys(staff_share=new_share(), device_share=new_share())
    vault_id = uuid.uuid4().hex
    device = devices.enroll(vault_id)
    vault = Vault(db, keys, vault_id, device_protected=bool(device.secret))
    with db.transaction() as session:
        if session.scalar(select(VaultMeta)) is not None:
            raise ConflictError(QT_TRANSLATE_NOOP("errors", "A database already exists here."))
        session.add(VaultMeta(id=1, vault_id=vault_id, key_check=keys.check_value, demo=demo))
        write_profile(session, vault, profile)
        ensure_register(session)
        staff = insert_staff(session, vault, director)
        slots.add_staff_slot(session, staff.id, keys, password)
        slots.add_device_slot(session, device, keys)
        code = slots.replace_recovery_slot(session, keys)
        actor = issue_actor(vault, staff.id, staff.username, Role.DIRECTOR)
        vault.signed_in = actor
        audit_log.append(
            session, vault, actor, Action.VAULT_CREATED, device_protected=vault.device_protected
        )
        newest = audit_log.append(
            session, vault, actor, Action.STAFF_ADDED, "staff", staff.id, role="director"
        )
        anchor = (newest.seq, newest.hash)
    audit_guard.move_anchor(devices, vault, anchor)
    return SetupResult(vault, actor, code)
