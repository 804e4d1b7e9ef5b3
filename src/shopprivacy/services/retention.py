"""Retention: customers kept past their retention date are listed for the director and purged
with the same erasure a deletion request uses, ledger reason ``retention``.

The director confirms a purge by giving the number of customers it will erase (typed in the
screen, ``--confirm N`` on the command line): when the list has changed since it was read, the
purge refuses and erases nobody. Orders are accounting documents kept ten years: the erasure
leaves them on the anonymous stub exactly as a completed deletion request does.

A customer with an open request about their data is held back (the request must be answered
first, and a deletion request erases them anyway). The purge runs in batches, each its own
transaction, with progress and a cancel check between batches: a cancel or a crash leaves every
batch either erased whole or not touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ConflictError
from shopprivacy.domain.requests import CLOSED_STATUSES
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, request_erasure
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import local_day
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer
from shopprivacy.storage.models import ErasureLedger
from shopprivacy.storage.request_models import DataRequest

LEDGER_REASON = "retention"
BATCH = 200
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RetentionDue:
    """One customer past their retention date: ids and dates only (open the record through the
    customer service, which audits the read)."""

    customer_id: int
    retention_until: date
    last_contact_at: datetime | None


@dataclass(frozen=True)
class PurgeResult:
    erased: tuple[int, ...]
    skipped_open_request: int
    cancelled: bool


def _due_query(today: date):  # type: ignore[no-untyped-def]
    open_request = exists().where(
        DataRequest.customer_id == Customer.id,
        DataRequest.status.not_in([str(s) for s in CLOSED_STATUSES]),
    )
    return (
        select(Customer.id, Customer.retention_until, Customer.last_contact_at, open_request)
        .where(
            Customer.erased_at.is_(None),
            Customer.retention_until.is_not(None),
            Customer.retention_until < today,
        )
        .order_by(Customer.retention_until, Customer.id)
    )


class RetentionService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def due(self, actor: Actor, limit: int = 10_000) -> list[RetentionDue]:
        """Director only (PURGE_RETENTION): customers past their retention date, oldest first,
        those with an open request left out. Audit: ``retention_listed`` with the count."""
        require(self.vault, actor, Permission.PURGE_RETENTION)
        today = local_day(self.vault.now())
        with self.vault.db.transaction() as session:
            rows = session.execute(_due_query(today).limit(limit)).all()
            due = [RetentionDue(r[0], r[1], r[2]) for r in rows if not r[3]]
            audit_log.append(session, self.vault, actor, Action.RETENTION_LISTED, count=len(due))
        return due

    def purge(
        self,
        actor: Actor,
        expected: int,
        customer_ids: list[int] | None = None,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> PurgeResult:
        """Director only (PURGE_RETENTION). Erases every customer past retention (or those of
        ``customer_ids`` that still are), in batches, only when they number exactly ``expected``
        (the count the director confirmed); otherwise ``ConflictError`` and nobody is erased.
        Audit: ``customer_erased`` per customer
        (reason ``retention``) and ``retention_purged`` per batch with the count; the erasure
        ledger gets each id with reason ``retention``, so a restore erases them again."""
        require(self.vault, actor, Permission.PURGE_RETENTION)
        today = local_day(self.vault.now())
        with self.vault.db.transaction() as session:
            rows = session.execute(_due_query(today)).all()
        wanted = None if customer_ids is None else set(customer_ids)
        todo = [r[0] for r in rows if not r[3] and (wanted is None or r[0] in wanted)]
        skipped = sum(1 for r in rows if r[3] and (wanted is None or r[0] in wanted))
        if len(todo) != expected:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The purge would erase {due} customers, not the {expected} confirmed: the "
                    "list has changed. Nobody was erased; read the list again.",
                ),
                due=len(todo),
                expected=expected,
            )
        erased: list[int] = []
        stop = cancel or (lambda: False)
        for start in range(0, len(todo), BATCH):
            if stop():
                return PurgeResult(tuple(erased), skipped, True)
            batch = todo[start : start + BATCH]
            with self.vault.db.transaction() as session:
                done = [cid for cid in batch if self._erase(session, actor, cid, today)]
                audit_log.append(
                    session, self.vault, actor, Action.RETENTION_PURGED, count=len(done)
                )
            erased += done
            if progress is not None:
                progress(len(erased), len(todo))
        if erased:
            self.vault.db.checkpoint()  # old ciphertext leaves the WAL file too
        return PurgeResult(tuple(erased), skipped, False)

    def _erase(self, session: Session, actor: Actor, customer_id: int, today: date) -> bool:
        row = session.get(Customer, customer_id, with_for_update=True)
        # Re-checked inside the transaction: another desk may have erased or touched it since.
        if row is None or row.erased_at is not None or not row.retention_until:
            return False
        if row.retention_until >= today:
            return False
        at = self.vault.now()
        # The same legal holds as a deletion request: the orders' accounting facts stay.
        kept = len(request_erasure.legal_holds(session, customer_id, today).orders)
        request_erasure.erase_personal_data(session, self.vault, customer_id)
        row.erased_at = at
        session.add(ErasureLedger(customer_id=customer_id, erased_at=at, reason=LEDGER_REASON))
        audit_log.append(
            session, self.vault, actor, Action.CUSTOMER_ERASED, "customer", customer_id,
            reason=LEDGER_REASON, orders_kept=kept,
        )  # fmt: skip
        return True
