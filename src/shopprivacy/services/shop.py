"""The shop's identity as data controller: it heads every printed report and letter."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import ShopProfileRow

T = "shop_profile"


def write_profile(session: Session, vault: Vault, profile: ShopProfile) -> None:
    row = session.get(ShopProfileRow, 1) or ShopProfileRow(id=1)
    c = vault.cipher
    row.name_enc = c.seal_bytes(T, "name", 1, profile.name.strip().encode())
    row.address_enc = c.seal(T, "address", 1, profile.address.strip())
    row.phone_enc = c.seal(T, "phone", 1, profile.phone.strip())
    row.email_enc = c.seal(T, "email", 1, profile.email.strip())
    row.hours_enc = c.seal(T, "hours", 1, profile.hours.strip())
    row.dp_officer_enc = c.seal(T, "dp_officer", 1, profile.dp_officer.strip())
    row.dp_officer_phone_enc = c.seal(T, "dp_officer_phone", 1, profile.dp_officer_phone.strip())
    row.installs_cameras = profile.installs_cameras
    session.add(row)


def read_profile(session: Session, vault: Vault) -> ShopProfile:
    row = session.get(ShopProfileRow, 1)
    if row is None:
        return ShopProfile(name="")
    c = vault.cipher
    return ShopProfile(
        name=c.open(T, "name", 1, row.name_enc) or "",
        address=c.open(T, "address", 1, row.address_enc) or "",
        phone=c.open(T, "phone", 1, row.phone_enc) or "",
        email=c.open(T, "email", 1, row.email_enc) or "",
        hours=c.open(T, "hours", 1, row.hours_enc) or "",
        dp_officer=c.open(T, "dp_officer", 1, row.dp_officer_enc) or "",
        dp_officer_phone=c.open(T, "dp_officer_phone", 1, row.dp_officer_phone_enc) or "",
        installs_cameras=bool(row.installs_cameras),
    )


class ShopService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def profile(self) -> ShopProfile:
        """Any signed-in staff member (reports and letters are headed with it). Not audited:
        it is the shop's own identity, not a customer's data."""
        with self.vault.db.transaction() as session:
            return read_profile(session, self.vault)

    def update_profile(self, actor: Actor, profile: ShopProfile) -> None:
        """Director only (CHANGE_SETTINGS). Audit: ``shop_profile_changed``."""
        require(self.vault, actor, Permission.CHANGE_SETTINGS)
        if not profile.name.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the shop's name."), field="shop_name"
            )
        with self.vault.db.transaction() as session:
            write_profile(session, self.vault, profile)
            audit_log.append(session, self.vault, actor, Action.SHOP_PROFILE_CHANGED)
