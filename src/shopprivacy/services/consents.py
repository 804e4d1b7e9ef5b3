"""Consents: grants and withdrawals per purpose, kept as an append-only history.

A grant records how it was given, the policy version shown and what the customer was told; a
child's grant needs the guardian's recorded consent first. A withdrawal (opt-out) is one call
and is in force the moment it returns.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import (
    MARKETING_CHANNELS,
    ConsentChange,
    ConsentMethod,
    ConsentRecord,
    Purpose,
    in_force,
)
from shopprivacy.domain.customer_validation import check_guardian
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import audit_log, customer_records, processing, row_binding
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import load_rules, local_day, touch
from shopprivacy.services.policy_facts import purpose_in_use
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import ConsentEntry, PolicyVersionRow

T = "consents"


def _check_grant(session: Session, change: ConsentChange, today: date) -> None:
    notice = change.notice
    if notice is None or not all(
        s.strip() for s in (notice.purpose, notice.channel, notice.frequency)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Record what the customer was told: the purpose, the channel and how often.",
            ),
            field="notice",
        )
    version = (
        None
        if change.policy_version_id is None
        else session.get(PolicyVersionRow, change.policy_version_id)
    )
    if version is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose the privacy policy version the customer was shown."
            ),
            field="policy_version",
        )
    if not purpose_in_use(session, change.purpose):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shop's register of processing purposes does not use this purpose: the "
                "director switches it on (and states it in the policy) first.",
            ),
            field="purpose",
        )
    if version.effective_on > today:
        # A consent binds to a text the customer could be shown: not one still to come.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Policy version {label} is not in force yet: use the one in force."
            ),
            field="policy_version",
            label=version.label,
        )


def append_entry(
    session: Session, vault: Vault, actor: Actor, customer_id: int, change: ConsentChange
) -> ConsentEntry:
    """Add one history row (never an update), sealed notice included."""
    entry = ConsentEntry(
        customer_id=customer_id, purpose=str(change.purpose), granted=change.granted,
        at=vault.now(), staff_id=actor.staff_id, method=str(change.method),
        policy_version_id=change.policy_version_id if change.granted else None,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    if change.granted and change.notice is not None:
        notice = json.dumps(asdict(change.notice), ensure_ascii=False)
        entry.notice_enc = vault.cipher.seal(T, "notice", entry.id, notice)
    entry.bind = row_binding.consent_seal(vault, entry)
    return entry


class ConsentService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def record_consent(
        self, actor: Actor, customer_id: int, change: ConsentChange
    ) -> ConsentRecord:
        """Grants: sales, care and director (RECORD_CONSENT). Withdrawals: the same, or anyone
        who may mark opt-outs (MARK_OPT_OUT). A grant needs the notice and the policy version,
        and for a child the guardian's recorded consent. Audit: ``consent_recorded`` with the
        purpose, granted or not, and the method."""
        self._require(actor, change.granted, customer_id)
        now = self.vault.now()
        with self.vault.db.transaction() as session:
            row = customer_records.get_live(session, customer_id)
            rules = load_rules(session)
            if change.granted:
                _check_grant(session, change, local_day(now))
                birth, guardian = customer_records.read_birth_and_guardian(self.vault, row)
                check_guardian(birth, guardian, local_day(now), rules.minor_age)
            entry = append_entry(session, self.vault, actor, customer_id, change)
            touch(session, customer_id, now, rules.retention_months_without_order)
            audit_log.append(
                session, self.vault, actor, Action.CONSENT_RECORDED, "customer", customer_id,
                purpose=str(change.purpose), granted=change.granted, method=str(change.method),
                consent_id=entry.id,
            )  # fmt: skip
            if not change.granted:
                processing.after_withdrawal(session, self.vault, actor, customer_id, change.method)
            return next(
                r
                for r in customer_records.read_consents(session, self.vault, customer_id)
                if r.id == entry.id
            )

    def opt_out(
        self,
        actor: Actor,
        customer_id: int,
        method: ConsentMethod,
        purposes: tuple[Purpose, ...] = MARKETING_CHANNELS,
    ) -> list[ConsentRecord]:
        """The one-click opt-out: withdraws every purpose in ``purposes`` now granted (all
        marketing channels by default), in one transaction. Who may: as for a withdrawal.
        Audit: ``consent_recorded`` per purpose withdrawn."""
        self._require(actor, False, customer_id)
        with self.vault.db.transaction() as session:
            customer_records.get_live(session, customer_id)
            state = in_force(customer_records.read_consents(session, self.vault, customer_id))
            ids = []
            for purpose in purposes:
                if not state[purpose]:
                    continue
                change = ConsentChange(purpose, False, method)
                entry = append_entry(session, self.vault, actor, customer_id, change)
                ids.append(entry.id)
                audit_log.append(
                    session, self.vault, actor, Action.CONSENT_RECORDED, "customer",
                    customer_id, purpose=str(purpose), granted=False, method=str(method),
                    consent_id=entry.id,
                )  # fmt: skip
            if ids:
                months = load_rules(session).retention_months_without_order
                touch(session, customer_id, self.vault.now(), months)
                processing.after_withdrawal(session, self.vault, actor, customer_id, method)
            history = customer_records.read_consents(session, self.vault, customer_id)
            return [r for r in history if r.id in ids]

    def _require(self, actor: Actor, granted: bool, customer_id: int) -> None:
        if granted or allows(actor.role, Permission.RECORD_CONSENT):
            require(self.vault, actor, Permission.RECORD_CONSENT, "customer", customer_id)
        else:
            require(self.vault, actor, Permission.MARK_OPT_OUT, "customer", customer_id)

    def processing_stopped(self, actor: Actor, customer_id: int) -> bool:
        """Every role (VIEW_CUSTOMER): whether processing has stopped for the customer (no
        basis left and a deletion request open), so screens can say so. Not audited."""
        require(self.vault, actor, Permission.VIEW_CUSTOMER, "customer", customer_id)
        with self.vault.db.transaction() as session:
            return processing.stopped(session, self.vault, customer_id)

    def consent_state(self, actor: Actor, customer_id: int) -> dict[Purpose, bool]:
        """Every role (VIEW_CUSTOMER): what is in force now, purpose by purpose (no personal
        data; the full history comes with ``CustomerService.get_customer``). Not audited."""
        require(self.vault, actor, Permission.VIEW_CUSTOMER, "customer", customer_id)
        with self.vault.db.transaction() as session:
            customer_records.get_live(session, customer_id)
            return in_force(customer_records.read_consents(session, self.vault, customer_id))
