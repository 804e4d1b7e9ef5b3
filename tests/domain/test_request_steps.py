"""The steps a request offers: one rule for the screen's buttons and the service's refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.domain.request_steps import (
    R_APPROVAL_FIRST,
    R_CLOSED,
    R_DIRECTOR,
    R_IDENTITY_FIRST,
    R_NOT_WAITING,
    R_REPORT_FIRST,
    R_ROLE,
    R_START_FIRST,
    R_SUBMITTED,
    R_WAITING,
    StepRefused,
)
from shopprivacy.domain.requests import (
    Channel,
    HistoryEntry,
    HistoryKind,
    RequestInfo,
    RequestType,
    Status,
    Step,
    available_steps,
    check_step,
)
from shopprivacy.domain.staff import Role

NOW = datetime(2026, 12, 8, 3, 0, tzinfo=UTC)


def info(kind: RequestType, status: Status, **kw: object) -> RequestInfo:
    base = RequestInfo(
        id=7, type=kind, channel=Channel.PHONE, status=status, customer_id=3, received_at=NOW,
        acknowledge_due=NOW + timedelta(days=2), complete_due=NOW + timedelta(days=20),
        acknowledged_at=None, extended_due=None, assignee_id=None, identity_method=None,
        identity_checked_by=None, identity_checked_at=None, processor_involved=False,
        closed_at=None,
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


def allowed(request: RequestInfo, role: Role = Role.CARE) -> set[Step]:
    return {s.step for s in available_steps(request, role) if s.allowed}


def reason(request: RequestInfo, step: Step, role: Role = Role.CARE) -> str | None:
    return next(s.reason for s in available_steps(request, role) if s.step is step)


def test_a_new_request_offers_the_identity_check_first() -> None:
    new = info(RequestType.ACCESS, Status.NEW)
    assert allowed(new) == {Step.IDENTITY, Step.WAIT, Step.EXTEND, Step.REFUSE, Step.LETTER}
    assert reason(new, Step.DATA_REPORT) == R_IDENTITY_FIRST
    assert reason(new, Step.START) == R_IDENTITY_FIRST


def test_the_data_report_comes_after_work_starts_and_only_for_access() -> None:
    checked = info(RequestType.ACCESS, Status.IDENTITY_CHECKED)
    assert reason(checked, Step.DATA_REPORT) == R_START_FIRST
    working = info(RequestType.ACCESS, Status.IN_PROGRESS)
    assert Step.DATA_REPORT in allowed(working)
    assert reason(working, Step.COMPLETE) == R_REPORT_FIRST
    made = replace(working, history=(HistoryEntry(NOW, 1, HistoryKind.DATA_REPORT_MADE),))
    assert Step.COMPLETE in allowed(made)
    assert Step.DATA_REPORT not in allowed(info(RequestType.DELETION, Status.IN_PROGRESS))


def test_a_deletion_goes_through_the_director() -> None:
    working = info(RequestType.DELETION, Status.IN_PROGRESS)
    assert Step.SUBMIT in allowed(working)
    assert reason(working, Step.COMPLETE) == R_APPROVAL_FIRST
    waiting = info(RequestType.DELETION, Status.AWAITING_APPROVAL)
    assert reason(waiting, Step.SUBMIT) == R_SUBMITTED
    assert reason(waiting, Step.APPROVE) == R_DIRECTOR
    assert reason(waiting, Step.REFUSE) == R_DIRECTOR
    assert {Step.APPROVE, Step.REJECT, Step.REFUSE} <= allowed(waiting, Role.DIRECTOR)
    approved = info(RequestType.DELETION, Status.APPROVED)
    assert Step.COMPLETE in allowed(approved)
    assert Step.APPROVE not in allowed(approved, Role.DIRECTOR)


def test_a_closed_request_offers_only_its_letter_and_an_access_report() -> None:
    done = info(RequestType.ACCESS, Status.DONE)
    assert allowed(done, Role.DIRECTOR) == {Step.LETTER, Step.DATA_REPORT}
    refused = info(RequestType.DELETION, Status.REFUSED)
    assert allowed(refused, Role.DIRECTOR) == {Step.LETTER}
    assert reason(refused, Step.APPROVE, Role.DIRECTOR) == R_CLOSED


def test_while_waiting_only_resume_refuse_and_letter() -> None:
    waiting = info(RequestType.CORRECTION, Status.IN_PROGRESS, waiting_since=NOW)
    assert allowed(waiting) == {Step.RESUME, Step.REFUSE, Step.LETTER}
    assert reason(waiting, Step.CORRECT) == R_WAITING
    assert reason(info(RequestType.CORRECTION, Status.IN_PROGRESS), Step.RESUME) == R_NOT_WAITING


def test_sales_is_offered_nothing() -> None:
    assert allowed(info(RequestType.ACCESS, Status.NEW), Role.SALES) == set()
    assert reason(info(RequestType.ACCESS, Status.NEW), Step.LETTER, Role.SALES) == R_ROLE


def test_check_step_refuses_with_the_same_reason() -> None:
    closed = info(RequestType.ACCESS, Status.DONE)
    with pytest.raises(StepRefused) as caught:
        check_step(closed, Role.CARE, Step.START)
    assert isinstance(caught.value, ValidationError) and isinstance(caught.value, ConflictError)
    assert caught.value.message.source == R_CLOSED
    check_step(closed, Role.CARE, Step.LETTER)
