"""Issuing the Actor every service trusts, and telling an issued one from a made-up one.

An Actor is a capability: sign-in (and first-run setup, and the practice shop) issues it with
``issue_actor``, which seals who it is (shop, staff id, login name, role) under a secret made
fresh in this process and never stored. ``authz.require`` and the audit log refuse any Actor
without that seal, so a script that signs in as a clerk cannot build
``Actor(1, "giamdoc", Role.DIRECTOR)`` and act as the director.

The limit, stated plainly: code running inside this same process with a signed-in vault can reach
anything this process can, this secret included, and a script holding the vault key can write to
the database directly. What this closes is the service layer trusting whatever Actor it is handed.
"""

from __future__ import annotations

import hmac
import secrets

from shopprivacy.domain.staff import Actor, Role
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.services.vault import Vault

# Made when the process starts, never written anywhere: an Actor is good in this process only.
_ISSUER_SECRET = secrets.token_bytes(32)

FORGED = QT_TRANSLATE_NOOP(
    "errors",
    "This action was not started by a signed-in account. Sign in again; the attempt is logged.",
)


def _seal(vault_id: str, staff_id: int, username: str, role: Role) -> bytes:
    message = f"actor:{vault_id}:{staff_id}:{username}:{role}".encode()
    return hmac.digest(_ISSUER_SECRET, message, "sha256")


def issue_actor(vault: Vault, staff_id: int, username: str, role: Role) -> Actor:
    """For the sign-in paths only (auth, setup, the practice shop): the Actor they hand out."""
    role = Role(role)
    return Actor(staff_id, username, role, _seal(vault.vault_id, staff_id, username, role))


def is_issued(vault: Vault, actor: object) -> bool:
    """Whether a sign-in on this shop, in this process, issued ``actor`` unchanged."""
    if not isinstance(actor, Actor) or not actor.token:
        return False
    expected = _seal(vault.vault_id, actor.staff_id, actor.username, actor.role)
    return hmac.compare_digest(actor.token, expected)
