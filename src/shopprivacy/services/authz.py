"""Permission checks for every service call, below any screen or script.

The Actor they trust is one a sign-in issued (``services.actors``): a made-up one is refused and
the attempt logged under the person who really signed in.
"""

from __future__ import annotations

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import AuthenticationError, PermissionDenied
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import audit_log
from shopprivacy.services.actors import FORGED, is_issued, issue_actor
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Staff

__all__ = ["issue_actor", "refuse_forged", "require"]


def refuse_forged(
    vault: Vault,
    actor: Actor,
    permission: str,
    target_type: str | None = None,
    target_id: object = None,
) -> PermissionDenied:
    """Log a made-up Actor's attempt under whoever really signed in, and the refusal to raise."""
    with vault.db.transaction() as session:
        audit_log.append_detail(
            session,
            vault,
            None,
            Action.PERMISSION_REFUSED,
            {
                "permission": permission,
                "reason": "forged_actor",
                "claimed_staff_id": getattr(actor, "staff_id", None),
                "claimed_role": str(getattr(actor, "role", "")),
            },
            target_type,
            target_id,
            staff_id=vault.signed_in.staff_id if vault.signed_in else None,
        )
    return PermissionDenied(FORGED)


def require(
    vault: Vault,
    actor: Actor,
    permission: Permission,
    target_type: str | None = None,
    target_id: object = None,
) -> None:
    """Raise PermissionDenied (after logging the attempt) unless ``actor`` may do this.

    The account is re-read each time, so a deactivation or lock on another desk takes effect at
    the very next action, not at the next sign-in. An Actor no sign-in issued is refused first.
    """
    if not is_issued(vault, actor):
        raise refuse_forged(vault, actor, str(permission), target_type, target_id)
    with vault.db.transaction() as session:
        staff = session.get(Staff, actor.staff_id)
        if staff is None or not staff.active or staff.locked:
            audit_log.append(
                session,
                vault,
                actor,
                Action.PERMISSION_REFUSED,
                target_type,
                target_id,
                permission=str(permission),
                reason="account_inactive",
            )
            refused: AuthenticationError | PermissionDenied = AuthenticationError(
                QT_TRANSLATE_NOOP("errors", "This account is locked or no longer active.")
            )
        elif staff.role != actor.role or not allows(actor.role, permission):
            audit_log.append(
                session,
                vault,
                actor,
                Action.PERMISSION_REFUSED,
                target_type,
                target_id,
                permission=str(permission),
                role=str(actor.role),
            )
            refused = PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Your role does not allow this. Ask the director if you need it."
                ),
            )
        else:
            return
    raise refused
