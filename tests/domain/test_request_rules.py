"""The life of a request: which moves are allowed, and deletion's need for approval."""

import itertools

import pytest

from shopprivacy.domain.errors import ConflictError
from shopprivacy.domain.requests import (
    TRANSITIONS,
    RequestType,
    Status,
    check_transition,
    identity_checked,
)


def test_the_happy_path_of_an_access_request() -> None:
    path = [Status.NEW, Status.IDENTITY_CHECKED, Status.IN_PROGRESS, Status.DONE]
    for current, target in itertools.pairwise(path):
        check_transition(RequestType.ACCESS, current, target)


def test_a_deletion_cannot_be_done_without_the_directors_approval() -> None:
    with pytest.raises(ConflictError):
        check_transition(RequestType.DELETION, Status.IN_PROGRESS, Status.DONE)
    check_transition(RequestType.DELETION, Status.IN_PROGRESS, Status.AWAITING_APPROVAL)
    check_transition(RequestType.DELETION, Status.AWAITING_APPROVAL, Status.APPROVED)
    check_transition(RequestType.DELETION, Status.APPROVED, Status.DONE)


def test_only_deletions_go_to_the_director() -> None:
    with pytest.raises(ConflictError):
        check_transition(RequestType.ACCESS, Status.IN_PROGRESS, Status.AWAITING_APPROVAL)


def test_identity_check_cannot_be_skipped() -> None:
    with pytest.raises(ConflictError):
        check_transition(RequestType.ACCESS, Status.NEW, Status.IN_PROGRESS)
    assert not identity_checked(Status.NEW)
    assert identity_checked(Status.IN_PROGRESS)


def test_closed_requests_stay_closed_and_every_open_one_can_be_refused() -> None:
    for closed in (Status.DONE, Status.REFUSED):
        assert not TRANSITIONS[closed]
        assert not closed.is_open
    for status in Status:
        if status.is_open:
            check_transition(RequestType.COMPLAINT, status, Status.REFUSED)


def test_every_kind_status_and_step_has_a_label_for_the_screens() -> None:
    from shopprivacy.domain.requests import Channel, HistoryKind, IdentityMethod

    for enum in (RequestType, Status, Channel, IdentityMethod, HistoryKind):
        for member in enum:  # type: ignore[attr-defined]
            assert member.label and member.label != member.value
