"""What the care queue shows: each open request with its next deadline and how urgent it is,
and the counts on the director's overview."""

from __future__ import annotations

from dataclasses import dataclass

from shopprivacy.domain.deadlines import NextDeadline, Urgency
from shopprivacy.domain.requests import RequestInfo


@dataclass(frozen=True)
class QueueItem:
    request: RequestInfo
    next_deadline: NextDeadline | None
    urgency: Urgency
    # The matched customer's name, or the unmatched requester's; None if it cannot be read.
    who: str | None = None


@dataclass(frozen=True)
class RequestCounts:
    open: int = 0
    overdue: int = 0
    due_soon: int = 0
    awaiting_approval: int = 0
