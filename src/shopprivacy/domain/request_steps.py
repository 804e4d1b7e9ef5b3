"""Which steps a request offers now, and why the others are not offered.

One pure rule for the request screen (which enables its buttons and shows the reason on hover)
and the service layer (which refuses the same steps with the same reason): the screen and the
service can never disagree. The permission table still decides who may call a service at all;
this rule adds where the request stands and who decides what (the director alone decides on a
deletion). Reasons are English sources in the "errors" context, like every refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.domain.staff import Role
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from shopprivacy.domain.requests import RequestInfo


class Step(StrEnum):
    """The buttons of a request (and the command line's request sub-commands)."""

    IDENTITY = "identity"
    START = "start"
    WAIT = "wait"
    RESUME = "resume"
    EXTEND = "extend"
    SUBMIT = "submit"  # send a deletion for the director's approval
    APPROVE = "approve"
    REJECT = "reject"
    REFUSE = "refuse"
    COMPLETE = "complete"
    DATA_REPORT = "data_report"
    LETTER = "letter"  # print or reprint the reply letter
    CORRECT = "correct"


@dataclass(frozen=True)
class StepState:
    step: Step
    allowed: bool
    reason: str | None = None  # English source, context "errors"; None when allowed


class StepRefused(ValidationError, ConflictError):
    """A step that does not fit where the request stands (exit code 1). It is a validation
    error for the screens and stays a conflict for callers that catch those."""

    def __init__(self, step: Step, reason: str) -> None:
        self.step = step
        super().__init__(reason, field=str(step))


# Who works on requests at all (the permission table says the same for WORK_REQUESTS).
WORKERS = frozenset({Role.CARE, Role.DIRECTOR})

R_ROLE = QT_TRANSLATE_NOOP("errors", "Only customer care and the director work on requests.")
R_DIRECTOR = QT_TRANSLATE_NOOP("errors", "Only the director decides on a deletion.")
R_CLOSED = QT_TRANSLATE_NOOP("errors", "This request is already closed.")
R_WAITING = QT_TRANSLATE_NOOP("errors", "The request is waiting on the customer. Resume it first.")
R_NOT_WAITING = QT_TRANSLATE_NOOP("errors", "The request is not waiting on the customer.")
R_IDENTITY_FIRST = QT_TRANSLATE_NOOP("errors", "Check the requester's identity first.")
R_IDENTITY_DONE = QT_TRANSLATE_NOOP("errors", "The identity has already been checked.")
R_STARTED = QT_TRANSLATE_NOOP("errors", "Work on this request has already started.")
R_START_FIRST = QT_TRANSLATE_NOOP("errors", "Start work on the request first.")
R_EXTENDED = QT_TRANSLATE_NOOP("errors", "This request has already been extended once.")
R_ONLY_DELETION = QT_TRANSLATE_NOOP("errors", "Only a deletion goes to the director for approval.")
R_SUBMITTED = QT_TRANSLATE_NOOP("errors", "The deletion is already with the director.")
R_NOT_SUBMITTED = QT_TRANSLATE_NOOP("errors", "The deletion has not been sent to the director yet.")
R_APPROVAL_FIRST = QT_TRANSLATE_NOOP("errors", "A deletion needs the director's approval first.")
R_ACCESS_ONLY = QT_TRANSLATE_NOOP("errors", "Only an access request has a data report.")
R_CORRECTION_ONLY = QT_TRANSLATE_NOOP("errors", "Only a correction request changes the record.")
R_MATCH_FIRST = QT_TRANSLATE_NOOP("errors", "Match the request to a customer first.")
R_REPORT_FIRST = QT_TRANSLATE_NOOP("errors", "Make the customer's data report first.")
R_CORRECT_FIRST = QT_TRANSLATE_NOOP(
    "errors",
    "No correction was saved. Correct the record, or refuse the request with the reason.",
)
R_OUTCOME_FIRST = QT_TRANSLATE_NOOP("errors", "Record the outcome of the complaint first.")

# While the clock stands still only these make sense: resuming, refusing (the proof never
# came) and printing the letter that asks for it.
_WHILE_WAITING = frozenset({Step.RESUME, Step.REFUSE, Step.LETTER})


def available_steps(info: RequestInfo, role: Role) -> list[StepState]:
    """Every step in the order of ``Step``, each allowed or with the reason it is not."""
    states = []
    for step in Step:
        reason = _why_not(info, role, step)
        states.append(StepState(step, reason is None, reason))
    return states


def check_step(info: RequestInfo, role: Role, step: Step) -> None:
    """Raise ``StepRefused`` with the same reason the screen shows, unless ``step`` fits."""
    reason = _why_not(info, role, step)
    if reason is not None:
        raise StepRefused(step, reason)


def _why_not(info: RequestInfo, role: Role, step: Step) -> str | None:
    from shopprivacy.domain.requests import NEEDS_APPROVAL, RequestType, Status

    if role not in WORKERS:
        return R_ROLE
    deletion = info.type in NEEDS_APPROVAL
    director_decides = step in (Step.APPROVE, Step.REJECT) or (step is Step.REFUSE and deletion)
    if director_decides and role is not Role.DIRECTOR:
        return R_DIRECTOR
    status = info.status
    if step is Step.LETTER:
        return None
    if not status.is_open:
        if step is Step.DATA_REPORT and info.type is RequestType.ACCESS and status is Status.DONE:
            return None if info.customer_id is not None else R_MATCH_FIRST
        return R_CLOSED
    if info.waiting and step not in _WHILE_WAITING:
        return R_WAITING
    match step:
        case Step.IDENTITY:
            return None if status is Status.NEW else R_IDENTITY_DONE
        case Step.START:
            if status is Status.NEW:
                return R_IDENTITY_FIRST
            return None if status is Status.IDENTITY_CHECKED else R_STARTED
        case Step.WAIT:
            return None
        case Step.RESUME:
            return None if info.waiting else R_NOT_WAITING
        case Step.EXTEND:
            return R_EXTENDED if info.extended_due is not None else None
        case Step.SUBMIT:
            if not deletion:
                return R_ONLY_DELETION
            return _submit_reason(status)
        case Step.APPROVE | Step.REJECT:
            if not deletion:
                return R_ONLY_DELETION
            return None if status is Status.AWAITING_APPROVAL else R_NOT_SUBMITTED
        case Step.REFUSE:
            return None
        case Step.DATA_REPORT:
            if info.type is not RequestType.ACCESS:
                return R_ACCESS_ONLY
            return _working_reason(info)
        case Step.CORRECT:
            if info.type is not RequestType.CORRECTION:
                return R_CORRECTION_ONLY
            return _working_reason(info)
        case Step.COMPLETE:
            return _complete_reason(info)
    return None  # pragma: no cover - every step is matched above


def _submit_reason(status: object) -> str | None:
    from shopprivacy.domain.requests import Status

    if status is Status.IN_PROGRESS:
        return None
    if status in (Status.AWAITING_APPROVAL, Status.APPROVED):
        return R_SUBMITTED
    return R_IDENTITY_FIRST if status is Status.NEW else R_START_FIRST


def _working_reason(info: RequestInfo) -> str | None:
    from shopprivacy.domain.requests import Status

    if info.status is Status.NEW:
        return R_IDENTITY_FIRST
    if info.status is not Status.IN_PROGRESS:
        return R_START_FIRST
    return None if info.customer_id is not None else R_MATCH_FIRST


def _complete_reason(info: RequestInfo) -> str | None:
    from shopprivacy.domain.requests import NEEDS_APPROVAL, HistoryKind, RequestType, Status

    status = info.status
    if status is Status.NEW:
        return R_IDENTITY_FIRST
    if status is Status.IDENTITY_CHECKED:
        return R_START_FIRST
    if info.type in NEEDS_APPROVAL:
        if status is not Status.APPROVED:
            return R_APPROVAL_FIRST
    elif status is not Status.IN_PROGRESS:
        return R_START_FIRST
    if info.type is not RequestType.COMPLAINT and info.customer_id is None:
        return R_MATCH_FIRST
    kinds = {h.kind for h in info.history}
    if info.type is RequestType.ACCESS and HistoryKind.DATA_REPORT_MADE not in kinds:
        return R_REPORT_FIRST
    if info.type is RequestType.CORRECTION and HistoryKind.CORRECTED not in kinds:
        return R_CORRECT_FIRST
    if info.type is RequestType.COMPLAINT and info.outcome is None:
        return R_OUTCOME_FIRST
    return None
