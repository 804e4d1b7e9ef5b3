"""The service refuses exactly the steps the screen disables, with the same reason, for every
request type at every stage; the wrong role is refused by the permission table and logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.request_steps import StepRefused
from shopprivacy.domain.requests import (
    IdentityMethod,
    RequestType,
    Status,
    Step,
    available_steps,
)
from shopprivacy.domain.staff import Actor, Role
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.services.request_helpers import customer_with_order, open_request

Call = Callable[[Shop, Actor, int, int], Any]

CALLS: dict[Step, Call] = {
    Step.IDENTITY: lambda s, a, r, c: s.services.requests.record_identity_check(
        a, r, IdentityMethod.CALL_BACK
    ),
    Step.START: lambda s, a, r, c: s.services.requests.start(a, r),
    Step.WAIT: lambda s, a, r, c: s.services.requests.wait_on_customer(a, r, "Chờ bản sao CCCD"),
    Step.RESUME: lambda s, a, r, c: s.services.requests.resume(a, r),
    Step.EXTEND: lambda s, a, r, c: s.services.requests.extend(a, r, "Cần đối tác gửi dữ liệu"),
    Step.SUBMIT: lambda s, a, r, c: s.services.requests.request_approval(a, r),
    Step.APPROVE: lambda s, a, r, c: s.services.requests.approve(a, r),
    Step.REJECT: lambda s, a, r, c: s.services.requests.reject(a, r, "Đang có tranh chấp"),
    Step.REFUSE: lambda s, a, r, c: s.services.requests.refuse(a, r, "Không xác minh được"),
    Step.COMPLETE: lambda s, a, r, c: s.services.requests.complete(a, r),
    Step.DATA_REPORT: lambda s, a, r, c: s.services.requests.customer_data_report(a, c, r),
    Step.CORRECT: lambda s, a, r, c: s.services.requests.customer_for_correction(a, r),
    Step.LETTER: lambda s, a, r, c: s.services.requests.letter_content(a, r),
}

# Steps the permission table keeps from a role before any rule about the request is asked.
NOT_PERMITTED = {
    (Role.CARE, Step.APPROVE),
    (Role.CARE, Step.REJECT),
}


def refusals_match_the_screen(shop: Shop, request_id: int) -> int:
    """Every step the rule disallows is refused by the service with the same reason (and
    changes nothing); returns how many were tried."""
    tried = 0
    for role in (Role.CARE, Role.DIRECTOR):
        actor = shop.actor(role)
        before = shop.services.requests.get_request(shop.director, request_id)
        for state in available_steps(before, role):
            if state.allowed:
                continue
            permission_first = (role, state.step) in NOT_PERMITTED or (
                role is Role.CARE
                and state.step is Step.REFUSE
                and before.type is RequestType.DELETION
            )
            call = CALLS[state.step]
            if permission_first:
                with pytest.raises(PermissionDenied):
                    call(shop, actor, request_id, before.customer_id or 0)
                continue
            with pytest.raises(StepRefused) as refused:
                call(shop, actor, request_id, before.customer_id or 0)
            assert refused.value.message.source == state.reason, state.step
            tried += 1
        after = shop.services.requests.get_request(shop.director, request_id)
        assert (after.status, after.waiting_since) == (before.status, before.waiting_since)
    return tried


def walk(shop: Shop, kind: RequestType) -> int:
    """Take one request of ``kind`` through its life, checking the refusals at each stage."""
    customer = customer_with_order(shop)
    requests = shop.services.requests
    req = open_request(shop, kind, customer.id).id
    tried = refusals_match_the_screen(shop, req)
    requests.wait_on_customer(shop.care, req, "Chờ khách gửi bản sao CCCD")
    tried += refusals_match_the_screen(shop, req)
    requests.resume(shop.care, req)
    requests.record_identity_check(shop.care, req, IdentityMethod.CALL_BACK)
    tried += refusals_match_the_screen(shop, req)
    requests.start(shop.care, req)
    tried += refusals_match_the_screen(shop, req)
    if kind is RequestType.DELETION:
        requests.request_approval(shop.care, req)
        tried += refusals_match_the_screen(shop, req)
        requests.approve(shop.director, req)
        tried += refusals_match_the_screen(shop, req)
    elif kind is RequestType.ACCESS:
        requests.customer_data_report(shop.care, customer.id, req)
    elif kind is RequestType.CORRECTION:
        details = requests.customer_for_correction(shop.care, req)
        draft = replace(details.draft(), full_name="Đặng Thu Hương")
        requests.correct_customer(shop.care, req, draft, details.version)
    elif kind is RequestType.COMPLAINT:
        requests.record_complaint_outcome(shop.care, req, "Nhân viên đã xin lỗi khách")
    done = requests.complete(shop.care, req)
    assert done.status is Status.DONE
    tried += refusals_match_the_screen(shop, req)
    return tried


@pytest.mark.parametrize("kind", list(RequestType))
def test_each_type_refuses_what_the_screen_disables(shop: Shop, kind: RequestType) -> None:
    assert walk(shop, kind) > 20


def test_the_wrong_role_is_refused_and_logged(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.DELETION, customer.id).id
    requests = shop.services.requests
    with pytest.raises(PermissionDenied):
        requests.wait_on_customer(shop.sales, req, "Chờ khách")
    with pytest.raises(PermissionDenied):
        requests.refuse(shop.care, req, "Không xác minh được")
    requests.record_identity_check(shop.care, req, IdentityMethod.CALL_BACK)
    requests.start(shop.care, req)
    requests.request_approval(shop.care, req)
    with pytest.raises(PermissionDenied):
        requests.approve(shop.care, req)
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED, target_id=str(req))
    )
    assert {(e.staff_id, e.detail["permission"]) for e in refused} == {
        (shop.sales.staff_id, "work_requests"),
        (shop.care.staff_id, "approve_deletion"),
    }
    assert not any(
        s.allowed for s in available_steps(requests.get_request(shop.care, req), Role.SALES)
    )
    assert requests.get_request(shop.care, req).status is Status.AWAITING_APPROVAL
