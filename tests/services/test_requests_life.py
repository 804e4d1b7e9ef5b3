"""Every kind of request through its whole life, as customer care and the director work it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.customer_data import to_json
from shopprivacy.domain.customers import ContactKind, ContactPoint
from shopprivacy.domain.errors import ConflictError, PermissionDenied, ValidationError
from shopprivacy.domain.requests import HistoryKind, IdentityMethod, RequestType, Status
from shopprivacy.services.audit import AuditFilter
from tests.conftest import Shop
from tests.services.customer_helpers import grant
from tests.services.request_helpers import (
    MOBILE,
    NAME,
    customer_with_order,
    open_request,
    worked,
)


def actions(shop: Shop, target_type: str, target_id: int) -> list[str]:
    entries = shop.services.audit.entries(
        shop.director, AuditFilter(target_type=target_type, target_id=str(target_id))
    )
    return [e.action for e in sorted(entries, key=lambda e: e.seq)]


def test_access_request_from_phone_call_to_data_report(shop: Shop) -> None:
    customer = customer_with_order(shop)
    grant(shop, customer.id, Purpose.MARKETING_EMAIL)
    req = open_request(shop, RequestType.ACCESS, customer.id)
    assert req.status is Status.NEW and req.summary == "Khách gọi điện yêu cầu"
    requests = shop.services.requests
    requests.record_identity_check(shop.care, req.id, IdentityMethod.CALL_BACK)
    requests.start(shop.care, req.id)
    report = requests.customer_data_report(shop.care, customer.id, request_id=req.id)
    data = to_json(report)
    json.dumps(data)  # machine-readable as it stands
    assert data["customer"]["full_name"] == NAME
    assert data["customer"]["contacts"][0]["value"].replace(" ", "").endswith("765432")
    assert data["orders"][0]["description"] == "Camera IP 4MP, lắp đặt tại nhà"
    assert data["consents_in_force"]["marketing_email"] is True
    assert data["consent_history"][0]["told"]["channel"]
    assert data["requests"][0]["id"] == req.id and data["disclosures"] == []
    done = requests.complete(shop.care, req.id)
    assert done.status is Status.DONE and done.closed_at is not None
    assert [h.kind for h in done.history][-2:] == [
        HistoryKind.DATA_REPORT_MADE,
        HistoryKind.COMPLETED,
    ]
    logged = actions(shop, "request", req.id)
    assert logged[:3] == [
        Action.REQUEST_OPENED,
        Action.REQUEST_IDENTITY_CHECKED,
        Action.REQUEST_STARTED,
    ]
    assert Action.REQUEST_COMPLETED in logged
    assert Action.CUSTOMER_DATA_REPORT_MADE in actions(shop, "customer", customer.id)


def test_no_data_is_given_out_before_the_identity_check(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.ACCESS, customer.id)
    with pytest.raises(ConflictError):
        shop.services.requests.customer_data_report(shop.care, customer.id, request_id=req.id)
    with pytest.raises(ConflictError):
        shop.services.requests.start(shop.care, req.id)  # identity first


def test_access_request_cannot_be_closed_without_the_report(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = worked(shop, RequestType.ACCESS, customer.id)
    with pytest.raises(ConflictError):
        shop.services.requests.complete(shop.care, req.id)
    assert shop.services.requests.get_request(shop.care, req.id).status is Status.IN_PROGRESS


def test_correction_keeps_old_and_new_values_in_the_request_history(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = worked(shop, RequestType.CORRECTION, customer.id)
    requests = shop.services.requests
    with pytest.raises(ConflictError):
        requests.complete(shop.care, req.id)  # nothing corrected yet
    current = requests.customer_for_correction(shop.care, req.id)
    assert not current.masked  # care sees the whole record inside the request
    new_contacts = (ContactPoint(ContactKind.MOBILE, "0977 111 222"), *current.contacts[1:])
    fields = requests.correct_customer(
        shop.care,
        req.id,
        replace(current.draft(), full_name="Đặng Thu Hương", contacts=new_contacts),
        current.version,
    )
    assert fields == ["full_name", "contacts"]
    done = requests.complete(shop.care, req.id)
    corrected = {h.field: (h.old, h.new) for h in done.history if h.kind is HistoryKind.CORRECTED}
    assert corrected["full_name"] == (NAME, "Đặng Thu Hương")
    assert "977" in (corrected["contacts"][1] or "") and "765" in (corrected["contacts"][0] or "")
    assert (
        shop.services.customers.get_customer(shop.sales, customer.id).full_name == "Đặng Thu Hương"
    )
    entry = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.REQUEST_CORRECTION_MADE)
    )[0]
    assert entry.detail["fields"] == ["full_name", "contacts"]
    assert NAME not in json.dumps(entry.detail, ensure_ascii=False)


def test_deletion_waits_for_the_director(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = worked(shop, RequestType.DELETION, customer.id)
    requests = shop.services.requests
    with pytest.raises(ConflictError):
        requests.complete(shop.care, req.id)
    requests.request_approval(shop.care, req.id)
    with pytest.raises(ConflictError):
        requests.complete(shop.care, req.id)
    requests.approve(shop.director, req.id)
    assert requests.complete(shop.care, req.id).status is Status.DONE


def test_care_cannot_approve_deletion_and_the_attempt_is_logged(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = worked(shop, RequestType.DELETION, customer.id)
    shop.services.requests.request_approval(shop.care, req.id)
    with pytest.raises(PermissionDenied):
        shop.services.requests.approve(shop.care, req.id)
    with pytest.raises(PermissionDenied):
        shop.services.requests.reject(shop.care, req.id, "Không đồng ý")
    with pytest.raises(PermissionDenied):
        shop.services.requests.refuse(shop.care, req.id, "Không đồng ý")
    refused = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.PERMISSION_REFUSED, target_id=str(req.id))
    )
    assert len(refused) == 3 and all(e.staff_id == shop.care.staff_id for e in refused)
    assert shop.services.requests.get_request(shop.care, req.id).status is Status.AWAITING_APPROVAL


def test_director_rejects_a_deletion_with_the_legal_reason(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = worked(shop, RequestType.DELETION, customer.id)
    shop.services.requests.request_approval(shop.care, req.id)
    with pytest.raises(ValidationError):
        shop.services.requests.reject(shop.director, req.id, "   ")
    reason = "Đang có tranh chấp về bảo hành chưa giải quyết (Điều 14 Luật 91/2025/QH15)"
    done = shop.services.requests.reject(shop.director, req.id, reason)
    assert done.status is Status.REFUSED and done.reason == reason
    assert shop.services.customers.get_customer(shop.sales, customer.id).full_name == NAME


def test_withdrawal_stops_marketing_and_sharing_the_moment_it_is_logged(shop: Shop) -> None:
    customer = customer_with_order(shop)
    for purpose in (Purpose.MARKETING_EMAIL, Purpose.MARKETING_ZALO, Purpose.PARTNER_SHARING):
        grant(shop, customer.id, purpose)
    req = open_request(shop, RequestType.WITHDRAWAL, customer.id)
    state = shop.services.customers.get_customer(shop.sales, customer.id).consent_state
    assert not any(state.values())
    assert req.status is Status.NEW  # the paperwork continues; the effect did not wait
    worked_req = shop.services.requests.record_identity_check(
        shop.care, req.id, IdentityMethod.ID_DOCUMENT
    )
    shop.services.requests.start(shop.care, worked_req.id)
    assert shop.services.requests.complete(shop.care, req.id).status is Status.DONE
    letter = shop.services.requests.letter_content(shop.care, req.id)
    assert set(letter.withdrawn) == {"marketing_email", "marketing_zalo", "partner_sharing"}


def test_objection_from_an_unknown_caller_takes_effect_once_matched(shop: Shop) -> None:
    customer = customer_with_order(shop)
    grant(shop, customer.id, Purpose.MARKETING_PHONE)
    req = open_request(
        shop, RequestType.OBJECTION, None, requester_name="Chị Hương", requester_contact=MOBILE
    )
    assert req.customer_id is None and req.requester_name == "Chị Hương"
    assert shop.services.customers.get_customer(shop.sales, customer.id).consent_state[
        Purpose.MARKETING_PHONE
    ]
    shop.services.requests.match_customer(shop.care, req.id, customer.id)
    state = shop.services.customers.get_customer(shop.sales, customer.id).consent_state
    assert not state[Purpose.MARKETING_PHONE]


def test_complaint_with_findings_outcome_and_remedy(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = worked(
        shop, RequestType.COMPLAINT, customer.id, note="Số điện thoại bị lộ cho bên thứ ba"
    )
    requests = shop.services.requests
    requests.add_note(shop.care, req.id, "Đối tác lắp đặt đã gọi quảng cáo", finding=True)
    with pytest.raises(ConflictError):
        requests.complete(shop.care, req.id)
    requests.record_complaint_outcome(
        shop.care, req.id, "Đối tác dùng số điện thoại sai mục đích", "Đã chấm dứt hợp tác"
    )
    done = requests.complete(shop.director, req.id)
    assert done.outcome == "Đối tác dùng số điện thoại sai mục đích"
    assert done.remedy == "Đã chấm dứt hợp tác"
    assert [h.kind for h in done.history].count(HistoryKind.FINDING) == 2


def test_refusal_needs_a_reason_and_closes_the_request(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.ACCESS, customer.id)
    with pytest.raises(ValidationError):
        shop.services.requests.refuse(shop.care, req.id, "")
    done = shop.services.requests.refuse(
        shop.care, req.id, "Không xác minh được danh tính người yêu cầu"
    )
    assert done.status is Status.REFUSED and done.closed_at is not None
    with pytest.raises(ConflictError):
        shop.services.requests.start(shop.care, req.id)


def test_one_extension_with_a_reason(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = worked(shop, RequestType.ACCESS, customer.id)
    with pytest.raises(ValidationError):
        shop.services.requests.extend(shop.care, req.id, " ")
    longer = shop.services.requests.extend(shop.care, req.id, "Cần đối tác gửi lại dữ liệu", 5)
    assert longer.extended_due is not None
    assert longer.extended_due - longer.complete_due == timedelta(days=5)
    assert longer.due == longer.extended_due
    with pytest.raises(ConflictError):
        shop.services.requests.extend(shop.care, req.id, "Lần nữa")


def test_sales_cannot_work_requests(shop: Shop) -> None:
    customer = customer_with_order(shop)
    with pytest.raises(PermissionDenied):
        open_request(shop, RequestType.ACCESS, customer.id, actor=shop.sales)
    with pytest.raises(PermissionDenied):
        shop.services.requests.list_requests(shop.sales)


def test_a_request_needs_a_customer_or_a_requester(shop: Shop) -> None:
    with pytest.raises(ValidationError) as info:
        open_request(shop, RequestType.ACCESS, None)
    assert info.value.field == "customer_id"


def test_requests_go_only_to_active_care_staff(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.ACCESS, customer.id)
    with pytest.raises(ValidationError):
        shop.services.requests.assign(shop.care, req.id, shop.sales.staff_id)
    assigned = shop.services.requests.assign(shop.director, req.id, shop.care.staff_id)
    assert assigned.assignee_id == shop.care.staff_id
