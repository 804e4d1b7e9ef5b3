"""Shop settings: anyone signed in reads them (the idle lock needs its minutes), only the director
changes them."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.settings import CLOSE_HOUR, INT_SETTINGS, OPEN_HOUR, IntSetting
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Setting

HOURS = (OPEN_HOUR, CLOSE_HOUR)


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
            return _read_int(session, setting)

    def set_int(self, actor: Actor, setting: IntSetting, value: int) -> None:
        """Director only (CHANGE_SETTINGS). As ``set_ints`` for one setting."""
        self.set_ints(actor, {setting: value})

    def set_ints(self, actor: Actor, values: Mapping[IntSetting, int]) -> None:
        """Director only (CHANGE_SETTINGS). Saves every value or none: each must be in its
        range, and together with the settings not given they must make sense (the shop opens
        before it closes). Audit: ``setting_changed`` per setting, with old and new value."""
        require(self.vault, actor, Permission.CHANGE_SETTINGS)
        for setting, value in values.items():
            if setting.key not in INT_SETTINGS:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown setting."))
            check_range(setting, value)
        with self.vault.db.transaction() as session:
            if OPEN_HOUR in values or CLOSE_HOUR in values:
                _check_opening_hours(session, values)
            for setting, value in values.items():
                old = write_int(session, setting, value)
                audit_log.append(
                    session, self.vault, actor, Action.SETTING_CHANGED, "setting", setting.key,
                    old=old, new=str(value),
                )  # fmt: skip


def _check_opening_hours(session: Session, values: Mapping[IntSetting, int]) -> None:
    """The hours as they will be (the new value, else the stored one): open before close."""
    opens, closes = (values[s] if s in values else _read_int(session, s) for s in HOURS)
    if opens >= closes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shop must open before it closes: it now opens at {open} and "
                "closes at {close}.",
            ),
            field=(OPEN_HOUR if OPEN_HOUR in values else CLOSE_HOUR).key,
            open=opens,
            close=closes,
        )


def _read_int(session: Session, setting: IntSetting) -> int:
    row = session.get(Setting, setting.key)
    try:
        return int(row.value) if row else setting.default
    except ValueError:
        return setting.default
