"""What goes into a reply letter, read once per print; every print is audited."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ConflictError, DamagedRecord
from shopprivacy.domain.request_letters import LetterContent, LetterKind, letter_kind_for
from shopprivacy.domain.requests import HistoryKind, RequestInfo, RequestType, Status
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, customer_records
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import local_day
from shopprivacy.services.request_erasure import legal_holds
from shopprivacy.services.request_records import add_history, get_request, request_info
from shopprivacy.services.shop import read_profile
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer

TARGET = "request"

_DONE_KINDS = {
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
        the request's state calls for), addressed to the customer or the unmatched requester;
        after a deletion, to the requester by request number only. Call once per print or
        export. Audit: ``request_letter_printed`` with the letter kind."""
        require(self.vault, actor, Permission.WORK_REQUESTS, TARGET, request_id)
        with self.vault.db.transaction() as session:
            row = get_request(session, request_id, for_update=True)
            info = request_info(session, self.vault, row)
            chosen = kind or letter_kind_for(info)
            _check_kind(chosen, info)
            addressee, address = info.requester_name, info.requester_contact
            if info.customer_id is not None:
                addressee, address = None, None
                customer = session.get(Customer, info.customer_id)
                if customer is not None and customer.erased_at is None:
                    addressee, address = self._customer_address(session, info.customer_id)
            holds = None
            if info.type is RequestType.DELETION and info.customer_id is not None:
                holds = legal_holds(session, info.customer_id, local_day(self.vault.now()))
            withdrawn: tuple[str, ...] = ()
            for h in info.history:
                if h.kind is HistoryKind.CONSENTS_WITHDRAWN and h.text:
                    withdrawn += tuple(p for p in h.text.split(",") if p and p not in withdrawn)
            content = LetterContent(
                kind=chosen,
                request=info,
                profile=read_profile(session, self.vault),
                addressee=addressee,
                address=address,
                corrections=tuple(h for h in info.history if h.kind is HistoryKind.CORRECTED),
                withdrawn=withdrawn,
                holds=holds,
            )
            add_history(session, self.vault, row, actor, HistoryKind.LETTER_PRINTED, str(chosen))
            audit_log.append(
                session, self.vault, actor, Action.REQUEST_LETTER_PRINTED, TARGET, request_id,
                customer_id=info.customer_id, kind=str(chosen),
            )  # fmt: skip
            return content

    def _customer_address(
        self, session: Session, customer_id: int
    ) -> tuple[str | None, str | None]:
        """The customer's name and first address for the letter's heading."""
        row = customer_records.get_live(session, customer_id)
        try:
            name = self.vault.cipher.open(
                customer_records.T, "full_name", customer_id, row.full_name_enc
            )
            address = customer_records.first_address_line(session, self.vault, customer_id)
        except DamagedRecord:
            return None, None
        return name, address or None
