"""What a reply letter to a requester says, as data: the printed letter is built from this."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from shopprivacy.domain.erasure import LegalHolds
from shopprivacy.domain.requests import (
    HistoryEntry,
    HistoryKind,
    Honorific,
    RequestInfo,
    RequestType,
    Status,
)
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
    CLOSED_BY_ERASURE = "closed_by_erasure"

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
    LetterKind.CLOSED_BY_ERASURE: QT_TRANSLATE_NOOP(
        "requests", "Your request was closed because your data was deleted"
    ),
}

# The shop keeps its record of a request (proof it answered, and how) for this long after the
# request closes; the reply letter's addressee, kept after an erasure, goes with it.
REQUEST_RECORD_MONTHS = 36

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
        if any(h.kind is HistoryKind.CLOSED_BY_ERASURE for h in request.history):
            return LetterKind.CLOSED_BY_ERASURE
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
    honorific: Honorific | None = None  # None: the letter says "Quý khách"
    staff_name: str | None = None  # full name of who handles the request (never a login)
    printed_by_name: str | None = None  # full name of who prints it
    erased_by_request: int | None = None  # for CLOSED_BY_ERASURE: the deletion request
    kept_until: datetime | None = None  # the addressee kept after an erasure goes then


@dataclass(frozen=True)
class Addressee:
    """Who a reply letter goes to, kept sealed with the request before an erasure so the
    letter can still be posted afterwards."""

    name: str | None
    address: str | None
    honorific: Honorific | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "address": self.address,
                "honorific": str(self.honorific) if self.honorific else None,
            },
            ensure_ascii=False,
        )

    @staticmethod
    def from_json(text: str) -> Addressee:
        raw = json.loads(text)
        honorific = raw.get("honorific")
        return Addressee(
            name=raw.get("name"),
            address=raw.get("address"),
            honorific=Honorific(honorific) if honorific in set(Honorific) else None,
        )
