"""Printing and exporting a report are reads of what it shows, so each one is audited."""

from __future__ import annotations

from sqlalchemy import select

from shopprivacy.domain.audit import Action
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import VaultMeta


def is_demo(vault: Vault) -> bool:
    """Whether this is the practice database: its reports carry a DEMO marking on every page."""
    with vault.db.transaction() as session:
        meta = session.scalar(select(VaultMeta))
        return bool(meta and meta.demo)


def record_report(
    vault: Vault,
    actor: Actor,
    kind: str,
    permission: Permission,
    target_type: str | None = None,
    target_id: object = None,
    pages: int | None = None,
    exported: bool = False,
) -> None:
    """Whoever holds ``permission`` (the one the report itself needs: the caller names it).
    Audit: ``report_exported`` when saved to a file, else ``report_printed``, with the report
    ``kind`` (e.g. "access_review") and page count; the record it is about goes in target."""
    require(vault, actor, permission, target_type, target_id)
    action = Action.REPORT_EXPORTED if exported else Action.REPORT_PRINTED
    with vault.db.transaction() as session:
        audit_log.append(
            session, vault, actor, action, target_type, target_id, kind=kind, pages=pages
        )
