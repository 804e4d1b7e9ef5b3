"""Privacy-policy versions the shop has shown customers; a consent names the one it was given
under, so the director can find consents given under an older text."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import PolicyVersion
from shopprivacy.domain.errors import ConflictError, NotFound, ValidationError
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import local_day
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import ConsentEntry, Customer, PolicyVersionRow


def _version(row: PolicyVersionRow) -> PolicyVersion:
    return PolicyVersion(row.id, row.label, row.effective_on, row.text, row.created_at)


def version_in_force(session: Session, on: date) -> PolicyVersionRow | None:
    """The newest version whose effective date has come."""
    return session.scalars(
        select(PolicyVersionRow)
        .where(PolicyVersionRow.effective_on <= on)
        .order_by(PolicyVersionRow.effective_on.desc(), PolicyVersionRow.id.desc())
        .limit(1)
    ).first()


class PolicyService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add_version(self, actor: Actor, label: str, text: str, effective_on: date) -> PolicyVersion:
        """Director only (MANAGE_POLICY_VERSIONS). Versions are never edited: a change is a
        new version. Audit: ``policy_version_added``."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS)
        label, text = label.strip(), text.strip()
        if not label or len(label) > 32:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give the version a short name, such as 2026-01."),
                field="label",
            )
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Paste the text of the policy."), field="text"
            )
        with self.vault.db.transaction() as session:
            taken = session.scalar(
                select(func.count())
                .select_from(PolicyVersionRow)
                .where(PolicyVersionRow.label == label)
            )
            if taken:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "A policy version named {label} already exists."),
                    label=label,
                )
            row = PolicyVersionRow(
                label=label, text=text, effective_on=effective_on,
                created_by=actor.staff_id, created_at=self.vault.now(),
            )  # fmt: skip
            session.add(row)
            session.flush()
            audit_log.append(
                session, self.vault, actor, Action.POLICY_VERSION_ADDED, "policy_version", row.id
            )
            return _version(row)

    def list_versions(self) -> list[PolicyVersion]:
        """Any signed-in staff member (the consent form shows the version in force). Not
        audited: the shop's own text, no personal data."""
        with self.vault.db.transaction() as session:
            rows = session.scalars(
                select(PolicyVersionRow).order_by(
                    PolicyVersionRow.effective_on, PolicyVersionRow.id
                )
            ).all()
            return [_version(r) for r in rows]

    def current_version(self, on: date | None = None) -> PolicyVersion | None:
        """The version in force today (or ``on``); None before the director records one."""
        with self.vault.db.transaction() as session:
            row = version_in_force(session, on or local_day(self.vault.now()))
            return _version(row) if row else None

    def customers_on_older_versions(self, actor: Actor) -> list[int]:
        """Director only (MANAGE_POLICY_VERSIONS): ids of customers with a consent in force
        that was given under a version older than the one in force now (to ask them again).
        Audit: ``outdated_consents_listed`` with the count."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS)
        with self.vault.db.transaction() as session:
            current = version_in_force(session, local_day(self.vault.now()))
            if current is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "No privacy policy version is in force yet.")
                )
            newest = select(func.max(ConsentEntry.id)).group_by(
                ConsentEntry.customer_id, ConsentEntry.purpose
            )
            older = select(PolicyVersionRow.id).where(
                PolicyVersionRow.effective_on < current.effective_on
            )
            ids = session.scalars(
                select(ConsentEntry.customer_id)
                .join(Customer, Customer.id == ConsentEntry.customer_id)
                .where(
                    ConsentEntry.id.in_(newest),
                    ConsentEntry.granted.is_(True),
                    ConsentEntry.policy_version_id.in_(older),
                    Customer.erased_at.is_(None),
                )
                .distinct()
                .order_by(ConsentEntry.customer_id)
            ).all()
            audit_log.append(
                session, self.vault, actor, Action.OUTDATED_CONSENTS_LISTED, count=len(ids)
            )
            return list(ids)
