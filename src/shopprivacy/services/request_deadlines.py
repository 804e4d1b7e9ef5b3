"""The deadline table in the shop's settings: everyone reads it, the director changes it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import (
    SETTING_KEY,
    DeadlineTable,
    check_within_law,
    table_from_json,
    table_to_json,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Setting


def load_table(session: Session) -> DeadlineTable:
    row = session.get(Setting, SETTING_KEY)
    return table_from_json(row.value if row else None)


class RequestDeadlines:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def deadline_table(self) -> DeadlineTable:
        """Any signed-in staff member (the queue shows the clock). Not audited: shop settings."""
        with self.vault.db.transaction() as session:
            return load_table(session)

    def set_deadline_table(self, actor: Actor, table: DeadlineTable) -> None:
        """Director only (CHANGE_SETTINGS): the shop may answer sooner than the law's maxima
        (``LEGAL_MAXIMA``), never later; more is refused naming the field and the maximum.
        Requests already open keep the deadlines they were given. Audit:
        ``request_deadlines_changed`` with the groups that changed."""
        require(self.vault, actor, Permission.CHANGE_SETTINGS, "setting", SETTING_KEY)
        for group, rule in table.items():
            check_within_law(group, rule)
        with self.vault.db.transaction() as session:
            old = load_table(session)
            new = {**old, **table}
            row = session.get(Setting, SETTING_KEY)
            if row is None:
                session.add(Setting(key=SETTING_KEY, value=table_to_json(new)))
            else:
                row.value = table_to_json(new)
            changed = sorted(str(g) for g in new if new[g] != old.get(g))
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.REQUEST_DEADLINES_CHANGED,
                "setting",
                SETTING_KEY,
                groups=changed,
            )
