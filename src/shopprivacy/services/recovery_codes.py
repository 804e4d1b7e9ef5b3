"""A new printed recovery code: the director replaces a lost or seen sheet, and the old one stops
opening the shop's data at once."""

from __future__ import annotations

from shopprivacy.domain.audit import Action
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, slots
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault


class RecoveryCodeService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def replace_recovery_code(self, actor: Actor) -> str:
        """Director only (REPLACE_RECOVERY_CODE). Makes a new recovery code and returns it, to be
        shown and printed once; it is never stored, and the old code opens nothing from now on.
        Audit: ``recovery_code_replaced`` with ``reason=director`` (never the code itself)."""
        require(self.vault, actor, Permission.REPLACE_RECOVERY_CODE)
        with self.vault.db.transaction() as session:
            code = slots.replace_recovery_slot(session, self.vault.keys)
            audit_log.append(
                session, self.vault, actor, Action.RECOVERY_CODE_REPLACED, reason="director"
            )
        return code
