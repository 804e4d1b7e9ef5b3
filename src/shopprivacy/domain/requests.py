"""Customers' requests about their data: kinds, how they came in, and the life of a request.

A request moves new → identity checked → in progress → (awaiting director approval → approved)
→ done, or ends refused with a stated reason. Deletion always passes through the director's
approval. The rules live here so the service, the queue screen and the command line agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "requests"


class RequestType(StrEnum):
    ACCESS = "access"
    CORRECTION = "correction"
    DELETION = "deletion"
    WITHDRAWAL = "withdrawal"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    COMPLAINT = "complaint"

    @property
    def label(self) -> str:
        return TYPE_LABELS[self]


TYPE_LABELS = {
    RequestType.ACCESS: QT_TRANSLATE_NOOP("requests", "Access to personal data"),
    RequestType.CORRECTION: QT_TRANSLATE_NOOP("requests", "Correction of personal data"),
    RequestType.DELETION: QT_TRANSLATE_NOOP("requests", "Deletion of personal data"),
    RequestType.WITHDRAWAL: QT_TRANSLATE_NOOP("requests", "Withdrawal of consent"),
    RequestType.RESTRICTION: QT_TRANSLATE_NOOP("requests", "Restriction of processing"),
    RequestType.OBJECTION: QT_TRANSLATE_NOOP("requests", "Objection to processing"),
    RequestType.COMPLAINT: QT_TRANSLATE_NOOP("requests", "Complaint"),
}


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"
    WEB_FORM = "web_form"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS = {
    Channel.PHONE: QT_TRANSLATE_NOOP("requests", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("requests", "Email"),
    Channel.LETTER: QT_TRANSLATE_NOOP("requests", "Letter"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("requests", "In person"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("requests", "Web form"),
}


class Status(StrEnum):
    NEW = "new"
    IDENTITY_CHECKED = "identity_checked"
    IN_PROGRESS = "in_progress"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    DONE = "done"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self not in CLOSED_STATUSES


STATUS_LABELS = {
    Status.NEW: QT_TRANSLATE_NOOP("requests", "New"),
    Status.IDENTITY_CHECKED: QT_TRANSLATE_NOOP("requests", "Identity checked"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("requests", "In progress"),
    Status.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("requests", "Waiting for the director"),
    Status.APPROVED: QT_TRANSLATE_NOOP("requests", "Approved by the director"),
    Status.DONE: QT_TRANSLATE_NOOP("requests", "Done"),
    Status.REFUSED: QT_TRANSLATE_NOOP("requests", "Refused"),
}

CLOSED_STATUSES = frozenset({Status.DONE, Status.REFUSED})

# Refusal is possible from every open status: a request may be refused because the person could
# not prove who they are (before any check) as much as after the director said no.
_REFUSE = Status.REFUSED
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.IDENTITY_CHECKED, _REFUSE}),
    Status.IDENTITY_CHECKED: frozenset({Status.IN_PROGRESS, _REFUSE}),
    Status.IN_PROGRESS: frozenset({Status.AWAITING_APPROVAL, Status.DONE, _REFUSE}),
    Status.AWAITING_APPROVAL: frozenset({Status.APPROVED, _REFUSE}),
    Status.APPROVED: frozenset({Status.DONE, _REFUSE}),
    Status.DONE: frozenset(),
    Status.REFUSED: frozenset(),
}

# Kinds whose outcome only the director may decide.
NEEDS_APPROVAL = frozenset({RequestType.DELETION})
# Kinds that stop marketing and partner sharing the moment they are logged: stopping is always
# safe for the customer, and the law wants it without delay.
WITHDRAWAL_TYPES = frozenset(
    {RequestType.WITHDRAWAL, RequestType.RESTRICTION, RequestType.OBJECTION}
)


def check_transition(request_type: RequestType, current: Status, target: Status) -> None:
    """Raise ConflictError unless a request of this type may move from ``current`` to ``target``."""
    if (
        target is Status.DONE
        and request_type in NEEDS_APPROVAL
        and current in (Status.IN_PROGRESS, Status.AWAITING_APPROVAL)
    ):
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "A deletion needs the director's approval first.")
        )
    if target is Status.AWAITING_APPROVAL and request_type not in NEEDS_APPROVAL:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "Only a deletion goes to the director for approval.")
        )
    if target not in TRANSITIONS[current]:
        if not current.is_open:
            raise ConflictError(QT_TRANSLATE_NOOP("errors", "This request is already closed."))
        if current is Status.NEW:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "Check the requester's identity first.")
            )
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "This step does not fit where the request stands now.")
        )


def identity_checked(status: Status) -> bool:
    """Whether the requester's identity has been checked: nothing is given out or changed
    before that."""
    return status not in (Status.NEW, Status.REFUSED)


class IdentityMethod(StrEnum):
    ID_DOCUMENT = "id_document"
    CALL_BACK = "call_back"
    EMAIL_ON_FILE = "email_on_file"
    ORDER_DETAILS = "order_details"
    OTHER = "other"

    @property
    def label(self) -> str:
        return IDENTITY_LABELS[self]


IDENTITY_LABELS = {
    IdentityMethod.ID_DOCUMENT: QT_TRANSLATE_NOOP("requests", "ID card shown in person"),
    IdentityMethod.CALL_BACK: QT_TRANSLATE_NOOP(
        "requests", "Called back on the phone number we hold"
    ),
    IdentityMethod.EMAIL_ON_FILE: QT_TRANSLATE_NOOP(
        "requests", "Reply from the email address we hold"
    ),
    IdentityMethod.ORDER_DETAILS: QT_TRANSLATE_NOOP("requests", "Knew details of their own orders"),
    IdentityMethod.OTHER: QT_TRANSLATE_NOOP("requests", "Other (see note)"),
}


class Honorific(StrEnum):
    """How a letter addresses the person (Vietnamese letters always use one); unknown gives
    the polite general "Quý khách"."""

    ONG = "ong"
    BA = "ba"
    ANH = "anh"
    CHI = "chi"

    @property
    def label(self) -> str:
        return HONORIFIC_LABELS[self]


HONORIFIC_LABELS = {
    Honorific.ONG: QT_TRANSLATE_NOOP("requests", "Mr (Ông)"),
    Honorific.BA: QT_TRANSLATE_NOOP("requests", "Mrs (Bà)"),
    Honorific.ANH: QT_TRANSLATE_NOOP("requests", "Mr, younger (Anh)"),
    Honorific.CHI: QT_TRANSLATE_NOOP("requests", "Ms, younger (Chị)"),
}


class HistoryKind(StrEnum):
    """One line of a request's history. The text of notes, reasons and corrected values is sealed;
    the kind and the name of a corrected field are not personal."""

    OPENED = "opened"
    ACKNOWLEDGED = "acknowledged"
    IDENTITY_CHECKED = "identity_checked"
    ASSIGNED = "assigned"
    STARTED = "started"
    NOTE = "note"
    EXTENDED = "extended"
    APPROVAL_REQUESTED = "approval_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    CORRECTED = "corrected"
    FINDING = "finding"
    COMPLETED = "completed"
    REFUSED = "refused"
    MATCHED = "matched"
    CONSENTS_WITHDRAWN = "consents_withdrawn"  # text: the purpose codes withdrawn
    DATA_REPORT_MADE = "data_report_made"
    LETTER_PRINTED = "letter_printed"
    WAITING = "waiting"  # text: what the shop waits for from the customer
    RESUMED = "resumed"  # text: how long the clock stood still
    LINKED = "linked"  # text: the earlier open request of the same type
    CLOSED_BY_ERASURE = "closed_by_erasure"  # text: the deletion request that erased the customer

    @property
    def label(self) -> str:
        return HISTORY_LABELS[self]


HISTORY_LABELS = {
    HistoryKind.OPENED: QT_TRANSLATE_NOOP("requests", "Request logged"),
    HistoryKind.ACKNOWLEDGED: QT_TRANSLATE_NOOP("requests", "Customer told it was received"),
    HistoryKind.IDENTITY_CHECKED: QT_TRANSLATE_NOOP("requests", "Identity checked"),
    HistoryKind.ASSIGNED: QT_TRANSLATE_NOOP("requests", "Assigned"),
    HistoryKind.STARTED: QT_TRANSLATE_NOOP("requests", "Work started"),
    HistoryKind.NOTE: QT_TRANSLATE_NOOP("requests", "Note"),
    HistoryKind.EXTENDED: QT_TRANSLATE_NOOP("requests", "Extended"),
    HistoryKind.APPROVAL_REQUESTED: QT_TRANSLATE_NOOP("requests", "Sent to the director"),
    HistoryKind.APPROVED: QT_TRANSLATE_NOOP("requests", "Approved by the director"),
    HistoryKind.REJECTED: QT_TRANSLATE_NOOP("requests", "Rejected by the director"),
    HistoryKind.CORRECTED: QT_TRANSLATE_NOOP("requests", "Corrected"),
    HistoryKind.FINDING: QT_TRANSLATE_NOOP("requests", "Finding"),
    HistoryKind.COMPLETED: QT_TRANSLATE_NOOP("requests", "Completed"),
    HistoryKind.REFUSED: QT_TRANSLATE_NOOP("requests", "Refused"),
    HistoryKind.MATCHED: QT_TRANSLATE_NOOP("requests", "Matched to a customer"),
    HistoryKind.LETTER_PRINTED: QT_TRANSLATE_NOOP("requests", "Letter printed"),
    HistoryKind.CONSENTS_WITHDRAWN: QT_TRANSLATE_NOOP("requests", "Consents withdrawn"),
    HistoryKind.DATA_REPORT_MADE: QT_TRANSLATE_NOOP("requests", "Data report made"),
    HistoryKind.WAITING: QT_TRANSLATE_NOOP("requests", "Waiting on the customer (clock stopped)"),
    HistoryKind.RESUMED: QT_TRANSLATE_NOOP("requests", "Resumed (clock running again)"),
    HistoryKind.LINKED: QT_TRANSLATE_NOOP("requests", "Linked to the earlier open request"),
    HistoryKind.CLOSED_BY_ERASURE: QT_TRANSLATE_NOOP(
        "requests", "Closed: the customer's data was erased"
    ),
}


def require_text(value: str | None, field_name: str, message: str) -> str:
    """A stated reason or note: stripped, and not empty."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(message, field=field_name)
    return text


@dataclass(frozen=True)
class NewRequest:
    """What care records when a request comes in. Either ``customer_id`` or a requester name
    (an unmatched requester, to be matched to a customer later)."""

    type: RequestType
    channel: Channel
    customer_id: int | None = None
    requester_name: str | None = None
    requester_contact: str | None = None
    note: str | None = None
    received_at: datetime | None = None  # None: now
    processor_involved: bool = False
    honorific: Honorific | None = None  # how the reply letter addresses the person


class DuplicateRequest(ConflictError):
    """The customer already has an open request of this type: work on that one, or open the
    new one anyway (it is then linked to the first)."""

    def __init__(self, existing_id: int) -> None:
        self.existing_id = existing_id
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This customer already has request #{id} of this kind open. Work on that one, "
                "or open this one anyway to link the two.",
            ),
            id=existing_id,
        )


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    staff_id: int | None
    kind: HistoryKind
    text: str | None = None
    field: str | None = None
    old: str | None = None
    new: str | None = None
    damaged: bool = False


@dataclass(frozen=True)
class RequestInfo:
    """A request as the queue and the detail screen show it (texts already decrypted)."""

    id: int
    type: RequestType
    channel: Channel
    status: Status
    customer_id: int | None
    received_at: datetime
    acknowledge_due: datetime
    complete_due: datetime
    acknowledged_at: datetime | None
    extended_due: datetime | None
    assignee_id: int | None
    identity_method: IdentityMethod | None
    identity_checked_by: int | None
    identity_checked_at: datetime | None
    processor_involved: bool
    closed_at: datetime | None
    requester_name: str | None = None
    requester_contact: str | None = None
    summary: str | None = None
    reason: str | None = None  # refusal reason
    extension_reason: str | None = None
    outcome: str | None = None  # complaint outcome
    remedy: str | None = None
    history: tuple[HistoryEntry, ...] = field(default_factory=tuple)
    damaged: bool = False
    # The clock: while waiting on the customer it stands still; ``paused`` is the time of the
    # pauses already ended (the due dates above have already been moved by them).
    waiting_since: datetime | None = None
    waiting_reason: str | None = None
    paused: timedelta = timedelta(0)
    linked_to: int | None = None  # the earlier open request of the same type
    identity_detail: str | None = None  # the note recorded with the identity check
    identity_checked_by_name: str | None = None  # staff full name, never the login
    letter_ready: bool = False  # the reply letter's addressee is kept with the request
    honorific: Honorific | None = None

    @property
    def waiting(self) -> bool:
        return self.waiting_since is not None

    @property
    def due(self) -> datetime:
        """The completion deadline in force (after an extension, the extended one)."""
        return self.extended_due or self.complete_due


# The steps a request offers live beside the rules above; imported here so callers find them
# with the request's other names.
from shopprivacy.domain.request_steps import (  # noqa: E402
    Step as Step,
)
from shopprivacy.domain.request_steps import (  # noqa: E402
    StepState as StepState,
)
from shopprivacy.domain.request_steps import (  # noqa: E402
    available_steps as available_steps,
)
from shopprivacy.domain.request_steps import (  # noqa: E402
    check_step as check_step,
)
