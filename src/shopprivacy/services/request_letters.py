"""What goes into a reply letter, read once per print; every print is audited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ConflictError, DamagedRecord
from shopprivacy.domain.request_letters import (
    Addressee,
    LetterContent,
    LetterKind,
    letter_kind_for,
)
from shopprivacy.domain.requests import (
    HistoryKind,
    RequestInfo,
    RequestType,
    Status,
    Step,
    check_step,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import local_day
from shopprivacy.services.request_addressee import (
    current_addressee,
    forget_expired,
    kept_addressee,
)
from shopprivacy.services.request_erasure import legal_holds
from shopprivacy.services.request_records import (
    add_history,
    get_request,
    request_info,
    staff_full_name,
)
from shopprivacy.services.shop import read_profile
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer
from shopprivacy.storage.request_models import DataRequest

TARGET = "request"

_DONE_KINDS = {
    LetterKind.CLOSED_BY_ERASURE,
    LetterKind.ACCESS_PROVIDED,
    LetterKind.CORRECTED,
    LetterKind.DELETED,
    LetterKind.WITHDRAWAL_DONE,
    LetterKind.COMPLAINT_OUTCOME,
}


def _check_kind(kind: LetterKind, info: RequestInfo) -> None:
    """A letter may only say what has happened."""
    ok = True
    if kind is LetterKind.REFUSED:
        ok = info.status is Status.REFUSED
    elif kind is LetterKind.EXTENDED:
        ok = info.extended_due is not None
    elif kind in _DONE_KINDS:
        ok = info.status is Status.DONE and letter_kind_for(info) is kind
    if not ok:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "This letter does not fit the request as it stands.")
        )


class RequestLetters:
    vault: Vault

    def letter_content(
        self, actor: Actor, request_id: int, kind: LetterKind | None = None
    ) -> LetterContent:
        """Care or director (WORK_REQUESTS): the reply letter's content (by default the one
        the request's state calls for), addressed with the request's honorific to the customer,
        to the addressee kept with the request before an erasure, or to the unmatched
        requester; signed with staff full names. Call once per print or export; it also drops
        kept addressees whose time has ended. Audit: ``request_letter_printed`` with the kind."""
        require(self.vault, actor, Permission.WORK_REQUESTS, TARGET, request_id)
        now = self.vault.now()
        with self.vault.db.transaction() as session:
            forget_expired(session, now)
            row = get_request(session, request_id, for_update=True)
            info = request_info(session, self.vault, row)
            check_step(info, actor.role, Step.LETTER)
            chosen = kind or letter_kind_for(info)
            _check_kind(chosen, info)
            addressee = self._addressee(session, row, info, now)
            holds = None
            if info.type is RequestType.DELETION and info.customer_id is not None:
                holds = legal_holds(session, info.customer_id, local_day(now))
            withdrawn: tuple[str, ...] = ()
            for h in info.history:
                if h.kind is HistoryKind.CONSENTS_WITHDRAWN and h.text:
                    withdrawn += tuple(p for p in h.text.split(",") if p and p not in withdrawn)
            erased_by = next(
                (h.text for h in info.history if h.kind is HistoryKind.CLOSED_BY_ERASURE), None
            )
            printed_by = staff_full_name(session, self.vault, actor.staff_id)
            content = LetterContent(
                kind=chosen,
                request=info,
                profile=read_profile(session, self.vault),
                addressee=addressee.name,
                address=addressee.address,
                corrections=tuple(h for h in info.history if h.kind is HistoryKind.CORRECTED),
                withdrawn=withdrawn,
                holds=holds,
                honorific=addressee.honorific,
                staff_name=staff_full_name(session, self.vault, row.assignee_id) or printed_by,
                printed_by_name=printed_by,
                erased_by_request=int(erased_by) if erased_by and erased_by.isdigit() else None,
                kept_until=row.letter_keep_until if row.letter_addressee_enc else None,
            )
            add_history(session, self.vault, row, actor, HistoryKind.LETTER_PRINTED, str(chosen))
            audit_log.append(
                session, self.vault, actor, Action.REQUEST_LETTER_PRINTED, TARGET, request_id,
                customer_id=info.customer_id, kind=str(chosen),
            )  # fmt: skip
            return content

    def _addressee(
        self, session: Session, row: DataRequest, info: RequestInfo, now: datetime
    ) -> Addressee:
        """The kept addressee first (after an erasure it is all there is), then the live
        customer, then the unmatched requester as they were written down."""
        kept = kept_addressee(self.vault, row, now)
        if kept is not None:
            return kept
        if info.customer_id is not None:
            customer = session.get(Customer, info.customer_id)
            if customer is not None and customer.erased_at is None:
                try:
                    return current_addressee(session, self.vault, row, info.customer_id)
                except DamagedRecord:
                    pass
            return Addressee(None, None, info.honorific)
        return Addressee(info.requester_name, info.requester_contact, info.honorific)
