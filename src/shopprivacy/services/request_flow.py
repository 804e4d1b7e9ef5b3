"""Moving a request along: identity check, acknowledgement, assignment, notes, extension, the
director's decision on a deletion, refusal, and matching an unknown requester to a customer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import extended_due, rule_for
from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.domain.requests import (
    NEEDS_APPROVAL,
    WITHDRAWAL_TYPES,
    HistoryKind,
    IdentityMethod,
    RequestInfo,
    RequestType,
    Status,
    Step,
    check_step,
    check_transition,
    require_text,
)
from shopprivacy.domain.staff import Actor, Role
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission, allows
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.request_customers import live_customer
from shopprivacy.services.request_deadlines import load_table
from shopprivacy.services.request_records import (
    add_history,
    get_request,
    request_info,
    seal,
)
from shopprivacy.services.request_withdrawal import withdraw_consents
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Staff
from shopprivacy.storage.request_models import DataRequest

TARGET = "request"
Change = Callable[[Session, DataRequest], dict[str, Any] | None]


def move(vault: Vault, row: DataRequest, target: Status) -> None:
    """Change the status after checking the move is allowed; closing stamps the time."""
    check_transition(RequestType(row.type), Status(row.status), target)
    row.status = str(target)
    if not target.is_open:
        row.closed_at = vault.now()


def ensure_open(row: DataRequest) -> None:
    if not Status(row.status).is_open:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "This request is already closed."))


class RequestFlow:
    vault: Vault

    def _step(
        self,
        actor: Actor,
        request_id: int,
        permission: Permission,
        action: Action,
        step: Change,
        gate: Step | None = None,
    ) -> RequestInfo:
        """Check the permission, lock the request, check ``gate`` fits where the request
        stands (the rule the screen's buttons follow), apply ``step`` and audit it, in one
        unit."""
        require(self.vault, actor, permission, TARGET, request_id)
        with self.vault.db.transaction() as session:
            row = get_request(session, request_id, for_update=True)
            if gate is not None:
                check_step(request_info(session, self.vault, row), actor.role, gate)
            detail = step(session, row) or {}
            audit_log.append(
                session,
                self.vault,
                actor,
                action,
                TARGET,
                row.id,
                customer_id=row.customer_id,
                status=row.status,
                **detail,
            )
            return request_info(session, self.vault, row)

    def record_identity_check(
        self, actor: Actor, request_id: int, method: IdentityMethod, note: str | None = None
    ) -> RequestInfo:
        """Care or director (WORK_REQUESTS): how the requester proved who they are. Nothing is
        given out or changed before this. Counts as the acknowledgement if none was sent yet.
        Audit: ``request_identity_checked`` with the method."""

        def step(session: Session, row: DataRequest) -> dict[str, Any]:
            if method is IdentityMethod.OTHER:
                require_text(
                    note,
                    "identity_note",
                    QT_TRANSLATE_NOOP("errors", "Write down how the identity was checked."),
                )
            move(self.vault, row, Status.IDENTITY_CHECKED)
            now = self.vault.now()
            row.identity_method = str(method)
            row.identity_checked_by = actor.staff_id
            row.identity_checked_at = now
            row.acknowledged_at = row.acknowledged_at or now
            seal(self.vault, row, "identity_note", (note or "").strip() or None)
            add_history(session, self.vault, row, actor, HistoryKind.IDENTITY_CHECKED)
            return {"method": str(method)}

        return self._step(
            actor,
            request_id,
            Permission.WORK_REQUESTS,
            Action.REQUEST_IDENTITY_CHECKED,
            step,
            Step.IDENTITY,
        )

    def acknowledge(self, actor: Actor, request_id: int, note: str | None = None) -> RequestInfo:
        """Care or director (WORK_REQUESTS): the customer was told their request was received
        (this stops the acknowledgement clock). Audit: ``request_acknowledged``."""

        def step(session: Session, row: DataRequest) -> None:
            ensure_open(row)
            if row.acknowledged_at is None:
                row.acknowledged_at = self.vault.now()
            add_history(
                session,
                self.vault,
                row,
                actor,
                HistoryKind.ACKNOWLEDGED,
                (note or "").strip() or None,
            )

        return self._step(
            actor, request_id, Permission.WORK_REQUESTS, Action.REQUEST_ACKNOWLEDGED, step
        )

    def assign(self, actor: Actor, request_id: int, staff_id: int) -> RequestInfo:
        """Care or director (WORK_REQUESTS): who works the request; they must be an active
        account whose role may work requests. Audit: ``request_assigned`` with the staff id."""

        def step(session: Session, row: DataRequest) -> dict[str, Any]:
            ensure_open(row)
            staff = session.get(Staff, staff_id)
            if (
                staff is None
                or not staff.active
                or not allows(Role(staff.role), Permission.WORK_REQUESTS)
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Requests can only be given to active customer care staff."
                    ),
                    field="assignee",
                )
            row.assignee_id = staff_id
            add_history(session, self.vault, row, actor, HistoryKind.ASSIGNED, str(staff_id))
            return {"assignee_id": staff_id}

        return self._step(
            actor, request_id, Permission.WORK_REQUESTS, Action.REQUEST_ASSIGNED, step
        )

    def start(self, actor: Actor, request_id: int) -> RequestInfo:
        """Care or director (WORK_REQUESTS): work begins (after the identity check); the request
        goes to the starter if nobody has it. Audit: ``request_started``."""

        def step(session: Session, row: DataRequest) -> None:
            move(self.vault, row, Status.IN_PROGRESS)
            row.assignee_id = row.assignee_id or actor.staff_id
            add_history(session, self.vault, row, actor, HistoryKind.STARTED)

        return self._step(
            actor, request_id, Permission.WORK_REQUESTS, Action.REQUEST_STARTED, step, Step.START
        )

    def add_note(
        self, actor: Actor, request_id: int, text: str, finding: bool = False
    ) -> RequestInfo:
        """Care or director (WORK_REQUESTS): a note, sealed; ``finding`` marks a complaint's
        investigation note. Audit: ``request_note_added`` (no text)."""

        def step(session: Session, row: DataRequest) -> dict[str, Any]:
            body = require_text(text, "note", QT_TRANSLATE_NOOP("errors", "The note is empty."))
            kind = HistoryKind.FINDING if finding else HistoryKind.NOTE
            add_history(session, self.vault, row, actor, kind, body)
            return {"kind": str(kind)}

        return self._step(
            actor, request_id, Permission.WORK_REQUESTS, Action.REQUEST_NOTE_ADDED, step
        )

    def extend(
        self, actor: Actor, request_id: int, reason: str, days: int | None = None
    ) -> RequestInfo:
        """Care or director (WORK_REQUESTS): the one extension the law allows, with a reason
        that goes into the letter to the customer. Audit: ``request_extended`` with the days."""

        def step(session: Session, row: DataRequest) -> dict[str, Any]:
            ensure_open(row)
            why = require_text(
                reason,
                "reason",
                QT_TRANSLATE_NOOP("errors", "Write down why more time is needed."),
            )
            if row.extended_due_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "This request has already been extended once.")
                )
            rule = rule_for(load_table(session), RequestType(row.type))
            if rule.extension_days < 1:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "The shop's rules allow no extension here.")
                )
            row.extended_due_at = extended_due(row.complete_due_at, rule, days)
            seal(self.vault, row, "extension_reason", why)
            add_history(session, self.vault, row, actor, HistoryKind.EXTENDED, why)
            return {"days": days or rule.extension_days}

        return self._step(
            actor, request_id, Permission.WORK_REQUESTS, Action.REQUEST_EXTENDED, step, Step.EXTEND
        )

    def request_approval(
        self, actor: Actor, request_id: int, note: str | None = None
    ) -> RequestInfo:
        """Care or director (WORK_REQUESTS): a deletion goes to the director, once the identity
        is checked and work has begun. Audit: ``request_approval_asked``."""

        def step(session: Session, row: DataRequest) -> None:
            move(self.vault, row, Status.AWAITING_APPROVAL)
            add_history(
                session,
                self.vault,
                row,
                actor,
                HistoryKind.APPROVAL_REQUESTED,
                (note or "").strip() or None,
            )

        return self._step(
            actor,
            request_id,
            Permission.WORK_REQUESTS,
            Action.REQUEST_APPROVAL_ASKED,
            step,
            Step.SUBMIT,
        )

    def approve(self, actor: Actor, request_id: int) -> RequestInfo:
        """Director only (APPROVE_DELETION): the deletion may be carried out. Anyone else is
        refused and the attempt logged. Audit: ``request_approved``."""

        def step(session: Session, row: DataRequest) -> None:
            move(self.vault, row, Status.APPROVED)
            row.decided_by, row.decided_at = actor.staff_id, self.vault.now()
            add_history(session, self.vault, row, actor, HistoryKind.APPROVED)

        return self._step(
            actor,
            request_id,
            Permission.APPROVE_DELETION,
            Action.REQUEST_APPROVED,
            step,
            Step.APPROVE,
        )

    def reject(self, actor: Actor, request_id: int, reason: str) -> RequestInfo:
        """Director only (APPROVE_DELETION): the deletion is refused, with the legal reason that
        goes into the letter. Audit: ``request_rejected``."""

        def step(session: Session, row: DataRequest) -> None:
            if RequestType(row.type) not in NEEDS_APPROVAL:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Only a deletion goes to the director for approval."
                    )
                )
            self._refuse_row(session, actor, row, reason, HistoryKind.REJECTED)
            row.decided_by, row.decided_at = actor.staff_id, self.vault.now()

        return self._step(
            actor,
            request_id,
            Permission.APPROVE_DELETION,
            Action.REQUEST_REJECTED,
            step,
            Step.REJECT,
        )

    def refuse(self, actor: Actor, request_id: int, reason: str) -> RequestInfo:
        """Care or director (WORK_REQUESTS), with a reason for the letter (e.g. the identity
        could not be confirmed). Refusing a deletion is the director's decision
        (APPROVE_DELETION). Audit: ``request_refused``."""
        with self.vault.db.transaction() as session:
            kind = RequestType(get_request(session, request_id).type)
        permission = (
            Permission.APPROVE_DELETION if kind in NEEDS_APPROVAL else Permission.WORK_REQUESTS
        )

        def step(session: Session, row: DataRequest) -> None:
            self._refuse_row(session, actor, row, reason, HistoryKind.REFUSED)

        return self._step(actor, request_id, permission, Action.REQUEST_REFUSED, step, Step.REFUSE)

    def _refuse_row(
        self, session: Session, actor: Actor, row: DataRequest, reason: str, kind: HistoryKind
    ) -> None:
        why = require_text(
            reason,
            "reason",
            QT_TRANSLATE_NOOP("errors", "Write down the legal reason for the refusal."),
        )
        move(self.vault, row, Status.REFUSED)
        seal(self.vault, row, "refusal_reason", why)
        add_history(session, self.vault, row, actor, kind, why)

    def match_customer(self, actor: Actor, request_id: int, customer_id: int) -> RequestInfo:
        """Care or director (WORK_REQUESTS): an unmatched requester turns out to be this
        customer. A pending withdrawal then takes effect. Audit: ``request_matched``."""

        def step(session: Session, row: DataRequest) -> dict[str, Any]:
            ensure_open(row)
            if row.customer_id is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "This request is already matched to a customer.")
                )
            live_customer(session, customer_id)
            row.customer_id = customer_id
            add_history(session, self.vault, row, actor, HistoryKind.MATCHED, str(customer_id))
            if RequestType(row.type) in WITHDRAWAL_TYPES:
                withdraw_consents(session, self.vault, actor, row)
            return {}

        return self._step(actor, request_id, Permission.WORK_REQUESTS, Action.REQUEST_MATCHED, step)
