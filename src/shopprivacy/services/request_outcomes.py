"""Carrying requests out: the data report, corrections, erasure, withdrawal, complaint outcome,
and completing the request once its work is done."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain import corrections
from shopprivacy.domain.audit import Action
from shopprivacy.domain.customer_data import CustomerDataReport
from shopprivacy.domain.customer_validation import StaleCustomer, validate_draft
from shopprivacy.domain.customers import CustomerDetails, CustomerDraft
from shopprivacy.domain.erasure import LegalHolds
from shopprivacy.domain.errors import ConflictError
from shopprivacy.domain.requests import (
    WITHDRAWAL_TYPES,
    HistoryKind,
    RequestInfo,
    RequestType,
    Status,
    require_text,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, customer_records
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import load_rules, local_day
from shopprivacy.services.request_access import build_data_report
from shopprivacy.services.request_erasure import erase_customer, legal_holds
from shopprivacy.services.request_flow import move
from shopprivacy.services.request_records import (
    add_history,
    get_request,
    request_info,
    seal,
)
from shopprivacy.services.request_withdrawal import withdraw_consents
from shopprivacy.services.vault import Vault
from shopprivacy.storage.request_models import DataRequest, RequestHistory

TARGET = "request"


def _has_history(session: Session, request_id: int, kind: HistoryKind) -> bool:
    found = session.scalar(
        select(RequestHistory.id)
        .where(RequestHistory.request_id == request_id, RequestHistory.kind == str(kind))
        .limit(1)
    )
    return found is not None


def _working(row: DataRequest, kind: RequestType | None = None) -> int:
    """The request is being worked (identity checked, work begun) and has a customer; returns
    the customer's id."""
    if kind is not None and RequestType(row.type) is not kind:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "This is not what the request asked for."))
    if Status(row.status) not in (Status.IN_PROGRESS, Status.APPROVED):
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Check the requester's identity and start work on the request first.",
            )
        )
    return _customer_of(row)


def _customer_of(row: DataRequest) -> int:
    if row.customer_id is None:
        raise ConflictError(QT_TRANSLATE_NOOP("errors", "Match the request to a customer first."))
    return row.customer_id


class RequestOutcomes:
    vault: Vault

    # -- access ------------------------------------------------------------------------------
    def customer_data_report(
        self, actor: Actor, customer_id: int, request_id: int | None = None
    ) -> CustomerDataReport:
        """Care or director (PRINT_CUSTOMER_REPORT): everything held about the customer, for
        the customer. With ``request_id`` (an access request being worked, identity checked)
        the request records that the report was made. The report lists who at the shop opened,
        changed, printed or exported the record, read from the audit log. Audit:
        ``customer_data_report_made`` with the number of those accesses listed."""
        require(self.vault, actor, Permission.PRINT_CUSTOMER_REPORT, "customer", customer_id)
        with self.vault.db.transaction() as session:
            row = None
            if request_id is not None:
                row = get_request(session, request_id, for_update=True)
                if _working(row, RequestType.ACCESS) != customer_id:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP("errors", "This request is about another customer.")
                    )
            report = build_data_report(session, self.vault, customer_id, request_id)
            if row is not None:
                add_history(session, self.vault, row, actor, HistoryKind.DATA_REPORT_MADE)
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.CUSTOMER_DATA_REPORT_MADE,
                "customer",
                customer_id,
                request_id=request_id,
                accesses=len(report.accessed_by),
            )
            return report

    # -- correction --------------------------------------------------------------------------
    def customer_for_correction(self, actor: Actor, request_id: int) -> CustomerDetails:
        """Care or director (WORK_REQUESTS), for a correction request being worked: the whole
        record unmasked, to be corrected with the customer. Audit: ``customer_viewed`` with the
        request id."""
        require(self.vault, actor, Permission.WORK_REQUESTS, TARGET, request_id)
        with self.vault.db.transaction() as session:
            row = get_request(session, request_id)
            customer_id = _working(row, RequestType.CORRECTION)
            details = self._full_details(session, customer_id)
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.CUSTOMER_VIEWED,
                "customer",
                customer_id,
                request_id=request_id,
                masked=False,
            )
            return details

    def correct_customer(
        self, actor: Actor, request_id: int, draft: CustomerDraft, expected_version: int
    ) -> list[str]:
        """Care or director (WORK_REQUESTS), inside a correction request being worked: saves
        the corrected record (the desk's own checks apply) and keeps each changed field's old
        and new value, sealed, in the request's history. Returns the fields changed.
        Audit: ``request_correction_made`` naming the fields (no values)."""
        require(self.vault, actor, Permission.WORK_REQUESTS, TARGET, request_id)
        now = self.vault.now()
        with self.vault.db.transaction() as session:
            row = get_request(session, request_id, for_update=True)
            customer_id = _working(row, RequestType.CORRECTION)
            customer = customer_records.get_live(session, customer_id)
            if customer.version != expected_version:
                raise StaleCustomer(customer_id, expected_version, customer.version)
            clean = validate_draft(draft, load_rules(session), local_day(now))
            duplicate = customer_records.find_duplicate(
                session, self.vault, clean.contacts, exclude_id=customer_id
            )
            if duplicate is not None:
                raise duplicate
            before = self._full_details(session, customer_id)
            customer_records.write_fields(session, self.vault, customer, clean)
            customer.updated_at = now
            session.flush()
            after = self._full_details(session, customer_id)
            diff = corrections.changed(before, after)
            for name, old, new in diff:
                add_history(
                    session, self.vault, row, actor, HistoryKind.CORRECTED, field=name, old=old,
                    new=new,
                )  # fmt: skip
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.REQUEST_CORRECTION_MADE,
                TARGET,
                request_id,
                customer_id=customer_id,
                fields=[name for name, _, _ in diff],
            )
            return [name for name, _, _ in diff]

    def _full_details(self, session: Session, customer_id: int) -> CustomerDetails:
        row = customer_records.get_live(session, customer_id)
        rules = load_rules(session)
        consents = customer_records.read_consents(session, self.vault, customer_id)
        today = local_day(self.vault.now())
        return customer_records.read_details(
            session, self.vault, row, True, rules.minor_age, today, consents
        )

    # -- deletion ----------------------------------------------------------------------------
    def legal_holds(self, actor: Actor, request_id: int) -> LegalHolds:
        """Care or director (WORK_REQUESTS): what a deletion must keep (orders' accounting
        facts) and the open warranties, to explain before approval. Audit: ``request_viewed``
        (with ``holds``)."""
        require(self.vault, actor, Permission.WORK_REQUESTS, TARGET, request_id)
        with self.vault.db.transaction() as session:
            row = get_request(session, request_id)
            customer_id = _customer_of(row)
            holds = legal_holds(session, customer_id, local_day(self.vault.now()))
            audit_log.append(
                session, self.vault, actor, Action.REQUEST_VIEWED, TARGET, request_id,
                customer_id=customer_id, holds=len(holds.orders),
            )  # fmt: skip
            return holds

    # -- complaint ---------------------------------------------------------------------------
    def record_complaint_outcome(
        self, actor: Actor, request_id: int, outcome: str, remedy: str | None = None
    ) -> RequestInfo:
        """Care or director (WORK_REQUESTS): what the investigation found and what the shop
        does about it; both go into the reply. Audit: ``request_note_added`` (kind outcome)."""
        require(self.vault, actor, Permission.WORK_REQUESTS, TARGET, request_id)
        with self.vault.db.transaction() as session:
            row = get_request(session, request_id, for_update=True)
            if RequestType(row.type) is not RequestType.COMPLAINT or not Status(row.status).is_open:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "Only an open complaint has an outcome.")
                )
            text = require_text(
                outcome,
                "outcome",
                QT_TRANSLATE_NOOP("errors", "Write down what the investigation found."),
            )
            seal(self.vault, row, "outcome", text)
            seal(self.vault, row, "remedy", (remedy or "").strip() or None)
            add_history(session, self.vault, row, actor, HistoryKind.FINDING, text)
            audit_log.append(
                session, self.vault, actor, Action.REQUEST_NOTE_ADDED, TARGET, request_id,
                customer_id=row.customer_id, kind="outcome",
            )  # fmt: skip
            return request_info(session, self.vault, row)

    # -- completion --------------------------------------------------------------------------
    def complete(self, actor: Actor, request_id: int) -> RequestInfo:
        """Care or director (WORK_REQUESTS): the request is carried out and closed.

        - access: the data report must have been made for it;
        - correction: at least one correction must have been saved in it;
        - deletion (after the director's approval): the customer's personal data is erased for
          good, an anonymous stub keeps orders' accounting facts, the erasure ledger gets ids and
          dates, and the WAL is checkpointed so the file holds no old copy;
        - withdrawal, restriction, objection: anything agreed since is withdrawn as well;
        - complaint: the outcome must have been recorded.
        Audit: ``request_completed``; for a deletion also ``customer_erased`` (ids only)."""
        require(self.vault, actor, Permission.WORK_REQUESTS, TARGET, request_id)
        erased = False
        with self.vault.db.transaction() as session:
            row = get_request(session, request_id, for_update=True)
            kind = RequestType(row.type)
            move(self.vault, row, Status.DONE)  # checks approval and the order of steps
            if kind is not RequestType.COMPLAINT:
                _customer_of(row)
            if kind is RequestType.ACCESS and not _has_history(
                session, row.id, HistoryKind.DATA_REPORT_MADE
            ):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "Make the customer's data report first.")
                )
            if kind is RequestType.CORRECTION and not _has_history(
                session, row.id, HistoryKind.CORRECTED
            ):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "No correction was saved. Correct the record, or refuse the request "
                        "with the reason.",
                    )
                )
            if kind is RequestType.COMPLAINT and row.outcome_enc is None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "Record the outcome of the complaint first.")
                )
            if kind in WITHDRAWAL_TYPES:
                withdraw_consents(session, self.vault, actor, row)
            add_history(session, self.vault, row, actor, HistoryKind.COMPLETED)
            if kind is RequestType.DELETION:
                customer_id = _customer_of(row)
                customer_records.get_live(session, customer_id)
                erase_customer(session, self.vault, customer_id, self.vault.now())
                audit_log.append(
                    session, self.vault, actor, Action.CUSTOMER_ERASED, "customer", customer_id,
                    request_id=row.id,
                )  # fmt: skip
                erased = True
            audit_log.append(
                session, self.vault, actor, Action.REQUEST_COMPLETED, TARGET, row.id,
                customer_id=row.customer_id, type=row.type,
            )  # fmt: skip
            info = request_info(session, self.vault, row)
        if erased:
            self.vault.db.checkpoint()
        return info
