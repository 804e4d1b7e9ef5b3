"""Privacy-policy versions the shop has shown customers; a consent names the one it was given
under, so the director can find consents given under an older text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import PolicyVersion
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.errors import ConflictError, DamagedRecord, NotFound, ValidationError
from shopprivacy.domain.policy import (
    ChangeNotice,
    Contradiction,
    LegalBasis,
    PolicyFacts,
    ProcessingPurpose,
    draft_policy,
    facts_from_json,
    facts_to_json,
)
from shopprivacy.domain.policy_changes import change_notice, changes_between
from shopprivacy.domain.policy_check import find_contradictions
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, customer_records
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import local_day
from shopprivacy.services.policy_facts import (
    current_facts,
    practice,
    purpose_from_row,
    read_register,
    write_purpose,
)
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import ConsentEntry, Customer, PolicyVersionRow
from shopprivacy.storage.policy_models import ProcessingPurposeRow

T = "policy_versions"
NO_POLICY = QT_TRANSLATE_NOOP("policy", "No privacy policy is in force yet.")


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
            facts = current_facts(session, self.vault, local_day(self.vault.now()))
            row = PolicyVersionRow(
                label=label, text=text, effective_on=effective_on,
                facts_enc=self.vault.cipher.seal(T, "facts", label, facts_to_json(facts)),
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

    # --- the register of processing purposes ---------------------------------------------

    def purposes(self, actor: Actor) -> list[ProcessingPurpose]:
        """Any signed-in staff member (the consent form names the purposes). Not audited: the
        shop's own register, no personal data."""
        require(self.vault, actor, Permission.FIND_CUSTOMER)
        with self.vault.db.transaction() as session:
            return read_register(session)

    def save_purpose(self, actor: Actor, purpose: ProcessingPurpose) -> ProcessingPurpose:
        """Director only (MANAGE_POLICY_VERSIONS): add a purpose (``id`` None) or change one.
        A consent purpose needs the consent basis. Audit: ``processing_purpose_saved``."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS, "processing_purpose",
                purpose.id)  # fmt: skip
        clean = _clean_purpose(purpose)
        with self.vault.db.transaction() as session:
            read_register(session)
            if clean.id is None:
                row = ProcessingPurposeRow()
            else:
                found = session.get(ProcessingPurposeRow, clean.id)
                if found is None:
                    raise NotFound(
                        QT_TRANSLATE_NOOP("errors", "No processing purpose #{id}."), id=clean.id
                    )
                row = found
            same_key = select(ProcessingPurposeRow.id).where(ProcessingPurposeRow.key == clean.key)
            if clean.id is not None:
                same_key = same_key.where(ProcessingPurposeRow.id != clean.id)
            taken = session.scalars(same_key).first()
            if taken is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "A purpose with the code {key} already exists."),
                    key=clean.key,
                )
            write_purpose(row, clean)
            session.add(row)
            session.flush()
            audit_log.append(
                session, self.vault, actor, Action.PROCESSING_PURPOSE_SAVED,
                "processing_purpose", row.id, key=clean.key, basis=str(clean.basis),
                active=clean.active,
            )  # fmt: skip
            return purpose_from_row(row)

    # --- drafting, publishing, checking ----------------------------------------------------

    def facts(self, actor: Actor) -> PolicyFacts:
        """Director only (MANAGE_POLICY_VERSIONS): what the shop does now, as a policy would
        declare it. Not audited: the shop's own settings and register."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS)
        with self.vault.db.transaction() as session:
            return current_facts(session, self.vault, local_day(self.vault.now()))

    def draft(self, actor: Actor, language: str = "vi") -> str:
        """Director only (MANAGE_POLICY_VERSIONS): the policy drafted from what the shop does,
        in Markdown ("vi" or "en"). Audit: ``policy_drafted`` with the language."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS)
        with self.vault.db.transaction() as session:
            facts = current_facts(session, self.vault, local_day(self.vault.now()))
            audit_log.append(session, self.vault, actor, Action.POLICY_DRAFTED, language=language)
        return draft_policy(facts, language)

    def publish(self, actor: Actor, label: str, effective_on: date, text: str) -> PolicyVersion:
        """Director only: ``add_version`` (the facts the shop declares are stored with the
        text; neither ever changes). Use ``publish_checked`` to get the check's findings too."""
        return self.add_version(actor, label, text, effective_on)

    def publish_checked(
        self, actor: Actor, label: str, effective_on: date, text: str
    ) -> tuple[PolicyVersion, list[Contradiction]]:
        """Director only: publish, then check practice against the version in force. Audit:
        ``policy_version_added`` and ``policy_checked``."""
        version = self.add_version(actor, label, text, effective_on)
        return version, self.check(actor)

    def version_by_label(self, label: str) -> PolicyVersion:
        """Any signed-in staff member. Not audited (the shop's own text)."""
        with self.vault.db.transaction() as session:
            row = session.scalars(
                select(PolicyVersionRow).where(PolicyVersionRow.label == label.strip())
            ).first()
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "No privacy policy version named {label}."),
                    label=label,
                )
            return _version(row)

    def version_facts(self, version_id: int) -> PolicyFacts | None:
        """Any signed-in staff member: the facts a version declared (None for a version kept
        before facts were stored)."""
        with self.vault.db.transaction() as session:
            row = session.get(PolicyVersionRow, version_id)
            return self._facts(row) if row else None

    def check(self, actor: Actor) -> list[Contradiction]:
        """Director only (MANAGE_POLICY_VERSIONS): each contradiction between what the app
        records and the policy in force. Audit: ``policy_checked`` with the count."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS)
        with self.vault.db.transaction() as session:
            found = self._contradictions(session)
            audit_log.append(session, self.vault, actor, Action.POLICY_CHECKED, count=len(found))
            return found

    def contradiction_count(self, actor: Actor) -> int:
        """Director only: the number ``check`` would list, for the overview. Not audited (a
        count on the director's own screen)."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS)
        with self.vault.db.transaction() as session:
            return len(self._contradictions(session))

    def _facts(self, row: PolicyVersionRow) -> PolicyFacts | None:
        return facts_from_json(self.vault.cipher.open(T, "facts", row.label, row.facts_enc))

    def _contradictions(self, session: Session) -> list[Contradiction]:
        today = local_day(self.vault.now())
        row = version_in_force(session, today)
        if row is None:
            return [Contradiction("no_policy", NO_POLICY, {},
                                  QT_TRANSLATE_NOOP("policy", "Draft and publish the policy."),
                                  "")]  # fmt: skip
        declared = self._facts(row)
        if declared is None:
            return [Contradiction(
                "policy_without_facts",
                QT_TRANSLATE_NOOP("policy", "The policy in force, {label}, was recorded before the app kept what it declares."),  # noqa: E501
                {"label": row.label},
                QT_TRANSLATE_NOOP("policy", "Publish the policy again from a draft."), "",
            )]  # fmt: skip
        since = datetime.combine(row.effective_on, time(0, 0), tzinfo=SHOP_ZONE)
        return find_contradictions(declared, practice(session, self.vault, today, since))

    def change_notice(self, actor: Actor, language: str = "vi") -> ChangeNotice:
        """Director only (MANAGE_POLICY_VERSIONS): the letter and email telling customers what
        changed between the version in force and the one before. Not audited: no customer
        data (the letters printed from it are)."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS)
        with self.vault.db.transaction() as session:
            current = version_in_force(session, local_day(self.vault.now()))
            if current is None:
                raise NotFound(NO_POLICY)
            before = session.scalars(
                select(PolicyVersionRow)
                .where(PolicyVersionRow.effective_on <= current.effective_on,
                       PolicyVersionRow.id != current.id)
                .order_by(PolicyVersionRow.effective_on.desc(), PolicyVersionRow.id.desc())
                .limit(1)
            ).first()  # fmt: skip
            shop = current_facts(session, self.vault, local_day(self.vault.now()))
            new = self._facts(current) or shop
            old = self._facts(before) if before else None
            changes = changes_between(old, new, language, before is not None)
            return change_notice(_version(current), shop.shop_name, changes, language)

    def notice_addressees(self, actor: Actor, customer_ids: list[int]) -> list[NoticeAddressee]:
        """Director only (MANAGE_POLICY_VERSIONS): each customer's name and first address for
        the change-notice letters (erased customers are left out). Each letter is a print of
        the customer's details. Audit: ``customer_printed`` per customer, kind
        ``policy_change_notice``."""
        require(self.vault, actor, Permission.MANAGE_POLICY_VERSIONS)
        out = []
        with self.vault.db.transaction() as session:
            for customer_id in customer_ids:
                row = session.get(Customer, customer_id)
                if row is None or row.erased_at is not None:
                    continue
                try:
                    name = self.vault.cipher.open(
                        customer_records.T, "full_name", customer_id, row.full_name_enc
                    )
                    address = customer_records.first_address_line(session, self.vault, customer_id)
                except DamagedRecord:
                    name, address = "", ""
                out.append(NoticeAddressee(customer_id, name or "", address))
                audit_log.append(
                    session, self.vault, actor, Action.CUSTOMER_PRINTED, "customer", customer_id,
                    kind="policy_change_notice",
                )  # fmt: skip
        return out


def _clean_purpose(p: ProcessingPurpose) -> ProcessingPurpose:
    key = p.key.strip().lower()
    name = " ".join(p.name.split())
    if not key or len(key) > 40 or not key.replace("_", "").isalnum() or not key.isascii():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the purpose a short code of letters and _."),
            field="key",
        )
    if not name or len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Name the purpose in the shop's words."), field="name"
        )
    if (p.consent_purpose is not None) != (p.basis is LegalBasis.CONSENT):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A purpose on the consent basis names the consent it records."
            ),
            field="basis",
        )
    months = p.retention_months
    if months is not None and not 1 <= months <= 600:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a number of months from 1 to 600."),
            field="retention_months",
        )
    return ProcessingPurpose(
        p.id, key, name, p.basis, tuple(d for d in p.data_used if d), p.retention.strip()[:200],
        months, p.consent_purpose, p.active,
    )  # fmt: skip


@dataclass(frozen=True)
class NoticeAddressee:
    customer_id: int
    name: str
    address: str
