"""The request's clock: waiting on the customer stops it, resuming starts it again and moves
every due date by the days it stood still."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import move_by_pause, paused_days
from shopprivacy.domain.requests import HistoryKind, RequestInfo, Step, require_text
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services.request_flow import RequestFlow
from shopprivacy.services.request_records import add_history, seal
from shopprivacy.storage.request_models import DataRequest


class RequestClock(RequestFlow):
    def wait_on_customer(self, actor: Actor, request_id: int, reason: str) -> RequestInfo:
        """Care or director (WORK_REQUESTS): the shop needs something from the customer
        (identity proof, what exactly they want); the clock stops until ``resume``. The reason
        is sealed in the history. Audit: ``request_waiting``."""

        def step(session: Session, row: DataRequest) -> dict[str, Any]:
            why = require_text(
                reason,
                "reason",
                QT_TRANSLATE_NOOP("errors", "Write down what the customer is asked for."),
            )
            row.waiting_since = self.vault.now()
            seal(self.vault, row, "waiting_reason", why)
            add_history(session, self.vault, row, actor, HistoryKind.WAITING, why)
            return {}

        return self._step(
            actor, request_id, Permission.WORK_REQUESTS, Action.REQUEST_WAITING, step, Step.WAIT
        )

    def resume(self, actor: Actor, request_id: int) -> RequestInfo:
        """Care or director (WORK_REQUESTS): the customer answered; the clock runs again and
        the acknowledgement, completion and extended deadlines move by the whole days it stood
        still. Audit: ``request_resumed`` with the days."""

        def step(session: Session, row: DataRequest) -> dict[str, Any]:
            since = row.waiting_since
            assert since is not None  # the step rule allows RESUME only while waiting
            now = self.vault.now()
            days = paused_days(since, now)
            if row.acknowledged_at is None:
                row.acknowledge_due_at = move_by_pause(row.acknowledge_due_at, days) or now
            row.complete_due_at = move_by_pause(row.complete_due_at, days) or now
            row.extended_due_at = move_by_pause(row.extended_due_at, days)
            row.paused_seconds = (row.paused_seconds or 0) + int((now - since).total_seconds())
            row.waiting_since = None
            seal(self.vault, row, "waiting_reason", None)
            add_history(session, self.vault, row, actor, HistoryKind.RESUMED, str(days))
            return {"paused_days": days}

        return self._step(
            actor, request_id, Permission.WORK_REQUESTS, Action.REQUEST_RESUMED, step, Step.RESUME
        )
