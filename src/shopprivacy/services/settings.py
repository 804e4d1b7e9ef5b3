"""Shop settings: anyone signed in reads them (the idle lock needs its minutes), only the director
changes them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.settings import INT_SETTINGS, IntSetting
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Setting


def check_range(setting: IntSetting, value: int) -> None:
    if not setting.minimum <= value <= setting.maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a value from {minimum} to {maximum}."),
            field=setting.key,
            minimum=setting.minimum,
            maximum=setting.maximum,
        )


def write_int(session: Session, setting: IntSetting, value: int) -> str:
    """Store ``value`` in the caller's transaction; returns the old value for the audit entry."""
    row = session.get(Setting, setting.key)
    old = row.value if row else str(setting.default)
    if row is None:
        session.add(Setting(key=setting.key, value=str(value)))
    else:
        row.value = str(value)
    return old


class SettingsService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get_int(self, setting: IntSetting) -> int:
        with self.vault.db.transaction() as session:
            row = session.get(Setting, setting.key)
        try:
            return int(row.value) if row else setting.default
        except ValueError:
            return setting.default

    def set_int(self, actor: Actor, setting: IntSetting, value: int) -> None:
        """Director only (CHANGE_SETTINGS). Audit: ``setting_changed`` with old and new value."""
        require(self.vault, actor, Permission.CHANGE_SETTINGS)
        if setting.key not in INT_SETTINGS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown setting."))
        check_range(setting, value)
        with self.vault.db.transaction() as session:
            old = write_int(session, setting, value)
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.SETTING_CHANGED,
                "setting",
                setting.key,
                old=old,
                new=str(value),
            )
