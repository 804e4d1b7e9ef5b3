"""The breach register: recording a personal data breach, the steps after it (notify A05,
notify the customers, close) and what the notices and letters need.

Director only (MANAGE_BREACHES), refused and logged for anyone else. Every step is audited with
ids, counts and category codes; what happened and the measures taken are sealed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopprivacy.domain import breaches as rules
from shopprivacy.domain.audit import Action
from shopprivacy.domain.breaches import (
    BreachInfo,
    BreachStatus,
    BreachSummary,
    DataCategory,
    NewBreach,
)
from shopprivacy.domain.errors import DamagedRecord, NotFound
from shopprivacy.domain.staff import Actor, ShopProfile
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, customer_records
from shopprivacy.services.authz import require
from shopprivacy.services.shop import read_profile
from shopprivacy.services.vault import Vault
from shopprivacy.storage.breach_models import Breach, BreachCustomer
from shopprivacy.storage.customer_models import Customer
from shopprivacy.storage.restore_carry import carry_forward_on_restore

T = "breaches"
TARGET = "breach"

# The breach register records what happened and when the authority was told: a restore of an
# older backup must not roll it back (see storage/restore_carry.py).
carry_forward_on_restore(Breach.__tablename__)
carry_forward_on_restore(BreachCustomer.__tablename__)


@dataclass(frozen=True)
class Addressee:
    """One affected customer for a letter. ``name`` empty when the record cannot be read."""

    customer_id: int
    name: str
    address: str


@dataclass(frozen=True)
class BreachLetters:
    breach: BreachInfo
    profile: ShopProfile
    addressees: tuple[Addressee, ...]


def _categories(text: str) -> tuple[DataCategory, ...]:
    return tuple(DataCategory(c) for c in text.split(",") if c)


def _get(session: Session, breach_id: int, for_update: bool = False) -> Breach:
    row = session.get(Breach, breach_id, with_for_update=for_update)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Breach #{id} was not found."), id=breach_id)
    return row


def _customer_ids(session: Session, breach: Breach) -> tuple[int, ...]:
    if breach.all_customers:
        return tuple(
            session.scalars(
                select(Customer.id).where(Customer.erased_at.is_(None)).order_by(Customer.id)
            )
        )
    return tuple(
        session.scalars(
            select(BreachCustomer.customer_id)
            .where(BreachCustomer.breach_id == breach.id)
            .order_by(BreachCustomer.customer_id)
        )
    )


class BreachService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _open(self, row: Breach, column: str, blob: bytes | None) -> str:
        return self.vault.cipher.open(T, column, row.id, blob) or ""

    def _info(self, session: Session, row: Breach) -> BreachInfo:
        return BreachInfo(
            id=row.id,
            happened_at=row.happened_at,
            found_at=row.found_at,
            recorded_at=row.recorded_at,
            recorded_by=row.recorded_by,
            categories=_categories(row.categories),
            all_customers=row.all_customers,
            customer_ids=_customer_ids(session, row),
            description=self._open(row, "description", row.description_enc),
            measures=self._open(row, "measures", row.measures_enc),
            status=BreachStatus(row.status),
            authority_notified_at=row.authority_notified_at,
            authority_reference=self._open(row, "authority_reference", row.authority_reference_enc),
            customers_notified_at=row.customers_notified_at,
            closed_at=row.closed_at,
            closing_note=self._open(row, "closing_note", row.closing_note_enc),
        )

    def record_breach(self, actor: Actor, new: NewBreach) -> BreachInfo:
        """Director only (MANAGE_BREACHES). Writes the breach with its texts sealed; the 72-hour
        clock starts at ``found_at``. Audit: ``breach_recorded`` with the customer count,
        ``all_customers`` and the category codes."""
        require(self.vault, actor, Permission.MANAGE_BREACHES, TARGET)
        now = self.vault.now()
        clean = rules.check_new_breach(new, now)
        with self.vault.db.transaction() as session:
            if clean.customer_ids is not None:
                known = set(
                    session.scalars(select(Customer.id).where(Customer.id.in_(clean.customer_ids)))
                )
                missing = [cid for cid in clean.customer_ids if cid not in known]
                if missing:
                    raise NotFound(
                        QT_TRANSLATE_NOOP("errors", "Customer #{id} was not found."), id=missing[0]
                    )
            row = Breach(
                happened_at=clean.happened_at,
                found_at=clean.found_at,
                recorded_at=now,
                recorded_by=actor.staff_id,
                categories=",".join(str(c) for c in clean.categories),
                all_customers=clean.customer_ids is None,
                status=str(BreachStatus.OPEN),
            )
            session.add(row)
            session.flush()
            seal = self.vault.cipher.seal
            row.description_enc = seal(T, "description", row.id, clean.description)
            row.measures_enc = seal(T, "measures", row.id, clean.measures)
            for cid in clean.customer_ids or ():
                session.add(BreachCustomer(breach_id=row.id, customer_id=cid))
            session.flush()
            info = self._info(session, row)
            audit_log.append(
                session, self.vault, actor, Action.BREACH_RECORDED, TARGET, row.id,
                customers=len(info.customer_ids), all_customers=info.all_customers,
                categories=row.categories,
            )  # fmt: skip
            return info

    def list_breaches(self, actor: Actor) -> list[BreachSummary]:
        """Director only. The register, newest discovery first: dates, status and counts (no
        sealed text is opened). Audit: ``breaches_listed`` with the count."""
        require(self.vault, actor, Permission.MANAGE_BREACHES, TARGET)
        with self.vault.db.transaction() as session:
            rows = session.scalars(select(Breach).order_by(Breach.found_at.desc(), Breach.id))
            counts: dict[int, int] = {
                bid: n
                for bid, n in session.execute(
                    select(BreachCustomer.breach_id, func.count()).group_by(
                        BreachCustomer.breach_id
                    )
                )
            }
            live = session.scalar(
                select(func.count()).select_from(Customer).where(Customer.erased_at.is_(None))
            )
            out = [
                BreachSummary(
                    id=r.id,
                    happened_at=r.happened_at,
                    found_at=r.found_at,
                    status=BreachStatus(r.status),
                    all_customers=r.all_customers,
                    customer_count=int(live or 0) if r.all_customers else int(counts.get(r.id, 0)),
                    categories=_categories(r.categories),
                    authority_notified_at=r.authority_notified_at,
                )
                for r in rows
            ]
            audit_log.append(session, self.vault, actor, Action.BREACHES_LISTED, count=len(out))
        return out

    def get_breach(self, actor: Actor, breach_id: int) -> BreachInfo:
        """Director only. The whole record with its sealed texts opened (a damaged one raises
        DamagedRecord naming it). Audit: ``breach_viewed``."""
        require(self.vault, actor, Permission.MANAGE_BREACHES, TARGET, breach_id)
        with self.vault.db.transaction() as session:
            info = self._info(session, _get(session, breach_id))
            audit_log.append(session, self.vault, actor, Action.BREACH_VIEWED, TARGET, breach_id)
            return info

    def mark_authority_notified(
        self, actor: Actor, breach_id: int, at: datetime, reference: str
    ) -> BreachInfo:
        """Director only. Records when A05 was notified and the notification's reference
        (sealed); the clock stops. Audit: ``breach_authority_notified`` with ``late`` true when
        past the 72 hours."""
        return self._step(
            actor, breach_id, BreachStatus.AUTHORITY_NOTIFIED, at,
            reference=rules.check_reference(reference),
        )  # fmt: skip

    def mark_customers_notified(self, actor: Actor, breach_id: int, at: datetime) -> BreachInfo:
        """Director only. Records when the affected customers were told. Audit:
        ``breach_customers_notified``."""
        return self._step(actor, breach_id, BreachStatus.CUSTOMERS_NOTIFIED, at)

    def close_breach(self, actor: Actor, breach_id: int, note: str) -> BreachInfo:
        """Director only. Closes the breach with a note (sealed) on how it ended. Audit:
        ``breach_closed``."""
        return self._step(
            actor, breach_id, BreachStatus.CLOSED, self.vault.now(),
            note=rules.check_closing_note(note),
        )  # fmt: skip

    def _step(
        self,
        actor: Actor,
        breach_id: int,
        wanted: BreachStatus,
        at: datetime,
        reference: str = "",
        note: str = "",
    ) -> BreachInfo:
        require(self.vault, actor, Permission.MANAGE_BREACHES, TARGET, breach_id)
        if at.tzinfo is None:
            raise ValueError("step times must be aware")
        with self.vault.db.transaction() as session:
            row = _get(session, breach_id, for_update=True)
            rules.check_step(BreachStatus(row.status), wanted)
            rules.check_step_time(row.found_at, at, self.vault.now())
            seal = self.vault.cipher.seal
            detail: dict[str, Any] = {}
            if wanted is BreachStatus.AUTHORITY_NOTIFIED:
                row.authority_notified_at = at
                row.authority_reference_enc = seal(T, "authority_reference", row.id, reference)
                detail["late"] = at > rules.notify_deadline(row.found_at)
                action = Action.BREACH_AUTHORITY_NOTIFIED
            elif wanted is BreachStatus.CUSTOMERS_NOTIFIED:
                row.customers_notified_at = at
                action = Action.BREACH_CUSTOMERS_NOTIFIED
            else:
                row.closed_at = at
                row.closing_note_enc = seal(T, "closing_note", row.id, note)
                action = Action.BREACH_CLOSED
            row.status = str(wanted)
            session.flush()
            info = self._info(session, row)
            audit_log.append(session, self.vault, actor, action, TARGET, breach_id, **detail)
            return info

    def letters(self, actor: Actor, breach_id: int) -> BreachLetters:
        """Director only. The breach and each affected customer's name and first address, for
        the letters telling them. Call once per print or export. Audit: ``breach_letters_made``
        with the number of letters (the customers' ids are in the breach record)."""
        require(self.vault, actor, Permission.MANAGE_BREACHES, TARGET, breach_id)
        with self.vault.db.transaction() as session:
            info = self._info(session, _get(session, breach_id))
            addressees = tuple(self._addressee(session, cid) for cid in info.customer_ids)
            kept = tuple(a for a in addressees if a is not None)
            audit_log.append(
                session, self.vault, actor, Action.BREACH_LETTERS_MADE, TARGET, breach_id,
                letters=len(kept),
            )  # fmt: skip
            return BreachLetters(info, read_profile(session, self.vault), kept)

    def _addressee(self, session: Session, customer_id: int) -> Addressee | None:
        row = session.get(Customer, customer_id)
        if row is None or row.erased_at is not None:
            return None  # erased since: there is nobody left to write to
        try:
            name = self.vault.cipher.open(
                customer_records.T, "full_name", customer_id, row.full_name_enc
            )
        except DamagedRecord:
            return Addressee(customer_id, "", "")
        return Addressee(customer_id, name or "", self._address(session, customer_id))

    def _address(self, session: Session, customer_id: int) -> str:
        """The customer's first address on one line ("" when none or unreadable)."""
        try:
            return customer_records.first_address_line(session, self.vault, customer_id)
        except DamagedRecord:
            return ""
