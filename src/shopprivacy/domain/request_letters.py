"""What a reply letter to a requester says, as data: the printed letter is built from this."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from shopprivacy.domain.erasure import LegalHolds
from shopprivacy.domain.requests import HistoryEntry, RequestInfo, RequestType, Status
from shopprivacy.domain.staff import ShopProfile
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "requests"


class LetterKind(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    EXTENDED = "extended"
    ACCESS_PROVIDED = "access_provided"
    CORRECTED = "corrected"
    DELETED = "deleted"
    WITHDRAWAL_DONE = "withdrawal_done"
    COMPLAINT_OUTCOME = "complaint_outcome"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return LETTER_LABELS[self]


LETTER_LABELS = {
    LetterKind.ACKNOWLEDGED: QT_TRANSLATE_NOOP("requests", "Request received"),
    LetterKind.EXTENDED: QT_TRANSLATE_NOOP("requests", "More time needed"),
    LetterKind.ACCESS_PROVIDED: QT_TRANSLATE_NOOP("requests", "Your data report"),
    LetterKind.CORRECTED: QT_TRANSLATE_NOOP("requests", "Your data was corrected"),
    LetterKind.DELETED: QT_TRANSLATE_NOOP("requests", "Your data was deleted"),
    LetterKind.WITHDRAWAL_DONE: QT_TRANSLATE_NOOP("requests", "Your withdrawal is in effect"),
    LetterKind.COMPLAINT_OUTCOME: QT_TRANSLATE_NOOP("requests", "Outcome of your complaint"),
    LetterKind.REFUSED: QT_TRANSLATE_NOOP("requests", "Your request was refused"),
}

_DONE_LETTER = {
    RequestType.ACCESS: LetterKind.ACCESS_PROVIDED,
    RequestType.CORRECTION: LetterKind.CORRECTED,
    RequestType.DELETION: LetterKind.DELETED,
    RequestType.WITHDRAWAL: LetterKind.WITHDRAWAL_DONE,
    RequestType.RESTRICTION: LetterKind.WITHDRAWAL_DONE,
    RequestType.OBJECTION: LetterKind.WITHDRAWAL_DONE,
    RequestType.COMPLAINT: LetterKind.COMPLAINT_OUTCOME,
}


def letter_kind_for(request: RequestInfo) -> LetterKind:
    """The letter a request's present state calls for."""
    if request.status is Status.REFUSED:
        return LetterKind.REFUSED
    if request.status is Status.DONE:
        return _DONE_LETTER[request.type]
    if request.extended_due is not None:
        return LetterKind.EXTENDED
    return LetterKind.ACKNOWLEDGED


@dataclass(frozen=True)
class LetterContent:
    kind: LetterKind
    request: RequestInfo
    profile: ShopProfile
    # None after a deletion: the letter is then addressed to the requester by request number.
    addressee: str | None = None
    address: str | None = None
    corrections: tuple[HistoryEntry, ...] = ()
    withdrawn: tuple[str, ...] = ()  # purpose codes
    holds: LegalHolds | None = None
    extra: dict[str, str] = field(default_factory=dict)
