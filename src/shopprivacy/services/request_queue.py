"""Opening requests, the care queue and the overview counts."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import (
    NextDeadline,
    Urgency,
    classify,
    due_dates,
    move_by_pause,
    next_deadline,
    paused_days,
    rule_for,
)
from shopprivacy.domain.errors import DamagedRecord, ValidationError
from shopprivacy.domain.request_queue import QueueItem, RequestCounts
from shopprivacy.domain.requests import (
    CLOSED_STATUSES,
    WITHDRAWAL_TYPES,
    DuplicateRequest,
    HistoryKind,
    NewRequest,
    RequestInfo,
    Status,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.request_customers import customer_name, live_customer
from shopprivacy.services.request_deadlines import load_table
from shopprivacy.services.request_records import (
    add_history,
    get_request,
    request_info,
    seal,
    unseal,
)
from shopprivacy.services.request_withdrawal import withdraw_consents
from shopprivacy.services.vault import Vault
from shopprivacy.storage.request_models import DataRequest

TARGET = "request"
# A request may be logged a little after it came in (a letter opened the next morning), but a
# time in the future is a typing mistake.
CLOCK_SLACK = timedelta(minutes=5)


class RequestQueue:
    vault: Vault

    def open_request(self, actor: Actor, new: NewRequest, anyway: bool = False) -> RequestInfo:
        """Care or director (WORK_REQUESTS). Records a request with its deadlines from the
        director's table (``received_at`` counts, not when it was typed in). When the customer
        already has an open request of the same type, raises ``DuplicateRequest`` naming it,
        unless ``anyway``: the new one is then linked to it. A consent withdrawal, restriction
        or objection of a known customer takes effect on marketing and partner sharing at
        once. Audit: ``request_opened`` (ids, type, channel, linked_to) and, for a withdrawal,
        ``consent_recorded`` per purpose withdrawn."""
        require(self.vault, actor, Permission.WORK_REQUESTS, "customer", new.customer_id)
        name = (new.requester_name or "").strip() or None
        if new.customer_id is None and name is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Choose the customer, or write down who made the request."
                ),
                field="customer_id",
            )
        now = self.vault.now()
        received = new.received_at or now
        if received.tzinfo is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter when the request came in."), field="received_at"
            )
        if received > now + CLOCK_SLACK:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The request cannot have come in the future."),
                field="received_at",
            )
        with self.vault.db.transaction() as session:
            linked_to = None
            if new.customer_id is not None:
                live_customer(session, new.customer_id)
                linked_to = open_of_type(session, new.customer_id, str(new.type))
                if linked_to is not None and not anyway:
                    raise DuplicateRequest(linked_to)
            rule = rule_for(load_table(session), new.type)
            acknowledge_at, complete_at = due_dates(received, rule, new.processor_involved)
            row = DataRequest(
                customer_id=new.customer_id,
                type=str(new.type),
                channel=str(new.channel),
                status=str(Status.NEW),
                received_at=received,
                processor_involved=new.processor_involved,
                acknowledge_due_at=acknowledge_at,
                complete_due_at=complete_at,
                opened_by=actor.staff_id,
                linked_to=linked_to,
                created_at=now,
            )
            session.add(row)
            session.flush()
            seal(self.vault, row, "requester_name", name)
            seal(
                self.vault, row, "requester_contact", (new.requester_contact or "").strip() or None
            )
            seal(self.vault, row, "summary", (new.note or "").strip() or None)
            seal(self.vault, row, "honorific", str(new.honorific) if new.honorific else None)
            add_history(session, self.vault, row, actor, HistoryKind.OPENED)
            if linked_to is not None:
                add_history(session, self.vault, row, actor, HistoryKind.LINKED, str(linked_to))
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.REQUEST_OPENED,
                TARGET,
                row.id,
                customer_id=row.customer_id,
                type=row.type,
                channel=row.channel,
                linked_to=linked_to,
            )
            if new.type in WITHDRAWAL_TYPES and row.customer_id is not None:
                withdraw_consents(session, self.vault, actor, row)
            return request_info(session, self.vault, row)

    def get_request(self, actor: Actor, request_id: int) -> RequestInfo:
        """Care or director (WORK_REQUESTS): the request with its texts and history.
        Audit: ``request_viewed``."""
        require(self.vault, actor, Permission.WORK_REQUESTS, TARGET, request_id)
        with self.vault.db.transaction() as session:
            row = get_request(session, request_id)
            info = request_info(session, self.vault, row)
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.REQUEST_VIEWED,
                TARGET,
                row.id,
                customer_id=row.customer_id,
            )
            return info

    def list_requests(
        self,
        actor: Actor,
        overdue: bool = False,
        include_closed: bool = False,
        customer_id: int | None = None,
    ) -> list[QueueItem]:
        """Care or director (WORK_REQUESTS): the queue, soonest deadline first; ``overdue``
        keeps only requests past their next deadline. Shows who asked (customer or requester
        name) but no request text. Audit: ``requests_listed`` with the count."""
        require(self.vault, actor, Permission.WORK_REQUESTS, "customer", customer_id)
        now = self.vault.now()
        with self.vault.db.transaction() as session:
            rows = self._rows(session, include_closed, customer_id)
            items = [self._item(session, row, now) for row in rows]
            if overdue:
                items = [i for i in items if i.urgency is Urgency.OVERDUE]
            items.sort(key=_queue_order)
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.REQUESTS_LISTED,
                "customer" if customer_id else None,
                customer_id,
                count=len(items),
                overdue=overdue,
            )
            return items

    def counts(self, actor: Actor) -> RequestCounts:
        """Director (VIEW_OVERVIEW) or care (WORK_REQUESTS): how many open, overdue, due within
        a day and waiting for approval. Counts only, so not audited."""
        permission = (
            Permission.VIEW_OVERVIEW
            if allows(actor.role, Permission.VIEW_OVERVIEW)
            else Permission.WORK_REQUESTS
        )
        require(self.vault, actor, permission)
        now = self.vault.now()
        with self.vault.db.transaction() as session:
            rows = self._rows(session, False, None)
            urgencies = [_urgency(row, now) for row in rows]
        return RequestCounts(
            open=len(rows),
            overdue=sum(u is Urgency.OVERDUE for u in urgencies),
            due_soon=sum(u is Urgency.DUE_SOON for u in urgencies),
            awaiting_approval=sum(r.status == Status.AWAITING_APPROVAL for r in rows),
        )

    # -- helpers -----------------------------------------------------------------------------
    def _rows(
        self, session: Session, include_closed: bool, customer_id: int | None
    ) -> list[DataRequest]:
        stmt = select(DataRequest)
        if not include_closed:
            stmt = stmt.where(DataRequest.status.not_in([str(s) for s in CLOSED_STATUSES]))
        if customer_id is not None:
            stmt = stmt.where(DataRequest.customer_id == customer_id)
        return list(session.scalars(stmt.order_by(DataRequest.id)).all())

    def _item(self, session: Session, row: DataRequest, now: datetime) -> QueueItem:
        info = request_info(None, self.vault, row, with_texts=False)
        nxt = _next(row, now)
        who = _who(session, self.vault, row)
        return QueueItem(info, nxt, classify(nxt, now), who)


def open_of_type(session: Session, customer_id: int, request_type: str) -> int | None:
    """The customer's earliest open request of this type, if any."""
    return session.scalar(
        select(DataRequest.id)
        .where(
            DataRequest.customer_id == customer_id,
            DataRequest.type == request_type,
            DataRequest.status.not_in([str(s) for s in CLOSED_STATUSES]),
        )
        .order_by(DataRequest.id)
        .limit(1)
    )


def _next(row: DataRequest, now: datetime) -> NextDeadline | None:
    """What is owed next; while the clock stands still, as it will be if work resumed now (a
    request waiting on the customer never turns overdue in the queue)."""
    days = paused_days(row.waiting_since, now) if row.waiting_since is not None else 0
    return next_deadline(
        Status(row.status),
        move_by_pause(row.acknowledge_due_at, days) or row.acknowledge_due_at,
        row.acknowledged_at,
        move_by_pause(row.complete_due_at, days) or row.complete_due_at,
        move_by_pause(row.extended_due_at, days),
    )


def _urgency(row: DataRequest, now: datetime) -> Urgency:
    return classify(_next(row, now), now)


def _who(session: Session, vault: Vault, row: DataRequest) -> str | None:
    try:
        if row.customer_id is not None:
            return customer_name(session, vault, row.customer_id)
        return unseal(vault, row, "requester_name")
    except DamagedRecord:
        return None


def _queue_order(item: QueueItem) -> tuple[int, float]:
    if item.next_deadline is None:
        return (1, -item.request.received_at.timestamp())
    return (0, item.next_deadline.due.timestamp())
