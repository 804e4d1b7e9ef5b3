"""Sign-out and idle screen lock, recorded in the audit log."""

from __future__ import annotations

from shopprivacy.domain.audit import Action
from shopprivacy.domain.staff import Actor
from shopprivacy.services import audit_log
from shopprivacy.services.vault import Vault


def record_sign_out(vault: Vault, actor: Actor, idle: bool) -> None:
    """Anyone, for their own session. Audit: ``screen_locked`` (idle) or ``signed_out``."""
    with vault.db.transaction() as session:
        audit_log.append(session, vault, actor, Action.SCREEN_LOCKED if idle else Action.SIGNED_OUT)
