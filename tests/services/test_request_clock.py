"""The request's clock: waiting on the customer, the due dates moving by the days waited, the
acknowledgement never after the completion, the law's maxima, and duplicate requests."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import DeadlineGroup, DeadlineRule, Urgency
from shopprivacy.domain.errors import PermissionDenied, ValidationError
from shopprivacy.domain.request_steps import R_NOT_WAITING, R_WAITING, StepRefused
from shopprivacy.domain.requests import (
    DuplicateRequest,
    HistoryKind,
    IdentityMethod,
    RequestType,
    Status,
)
from shopprivacy.services.audit import AuditFilter
from shopprivacy.storage.request_models import DataRequest
from tests.conftest import Shop
from tests.services.request_helpers import customer_with_order, open_request, worked


def advance(shop: Shop, days: float) -> None:
    now = shop.services.vault.now() + timedelta(days=days)
    shop.services.vault.clock = lambda: now


def test_waiting_stops_the_clock_and_resuming_moves_every_due_date(shop: Shop) -> None:
    advance(shop, 0)  # a clock that stands still between steps
    customer = customer_with_order(shop)
    requests = shop.services.requests
    opened = open_request(shop, RequestType.DELETION, customer.id)
    waiting = requests.wait_on_customer(shop.care, opened.id, "Chờ khách gửi bản sao CCCD")
    assert waiting.waiting and waiting.waiting_reason == "Chờ khách gửi bản sao CCCD"
    assert waiting.due == opened.due  # nothing moves until the clock runs again
    advance(shop, 4)
    resumed = requests.resume(shop.care, opened.id)
    assert not resumed.waiting and resumed.waiting_reason is None
    assert resumed.complete_due - opened.complete_due == timedelta(days=4)
    assert resumed.acknowledge_due - opened.acknowledge_due == timedelta(days=4)
    assert resumed.paused == timedelta(days=4)
    lines = [(h.kind, h.text) for h in resumed.history][-2:]
    assert lines == [
        (HistoryKind.WAITING, "Chờ khách gửi bản sao CCCD"),
        (HistoryKind.RESUMED, "4"),
    ]
    assert resumed.history[-1].at - resumed.history[-2].at == timedelta(days=4)
    resumed_log = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.REQUEST_RESUMED)
    )
    assert [e.detail["paused_days"] for e in resumed_log] == [4]
    assert shop.services.audit.entries(shop.director, AuditFilter(action=Action.REQUEST_WAITING))


def test_an_extension_moves_too_and_an_acknowledged_request_keeps_its_acknowledgement(
    shop: Shop,
) -> None:
    customer = customer_with_order(shop)
    requests = shop.services.requests
    req = worked(shop, RequestType.ACCESS, customer.id)
    extended = requests.extend(shop.care, req.id, "Cần đối tác lắp đặt gửi lại dữ liệu")
    requests.wait_on_customer(shop.care, req.id, "Khách cần nói rõ muốn xem dữ liệu nào")
    advance(shop, 2)
    resumed = requests.resume(shop.care, req.id)
    assert resumed.extended_due is not None and extended.extended_due is not None
    assert resumed.extended_due - extended.extended_due == timedelta(days=2)
    assert resumed.due - extended.due == timedelta(days=2)
    assert resumed.acknowledge_due == extended.acknowledge_due  # already acknowledged


def test_a_waiting_request_is_never_overdue_in_the_queue(shop: Shop) -> None:
    customer = customer_with_order(shop)
    requests = shop.services.requests
    now = shop.services.vault.now()
    req = open_request(shop, RequestType.ACCESS, customer.id, received_at=now - timedelta(days=9))
    requests.record_identity_check(shop.care, req.id, IdentityMethod.CALL_BACK)
    requests.wait_on_customer(shop.care, req.id, "Chờ khách gửi giấy ủy quyền")
    advance(shop, 5)
    [item] = requests.list_requests(shop.care)
    assert item.urgency is not Urgency.OVERDUE
    assert requests.counts(shop.director).overdue == 0
    with pytest.raises(StepRefused) as refused:
        requests.start(shop.care, req.id)
    assert refused.value.message.source == R_WAITING
    requests.resume(shop.care, req.id)
    with pytest.raises(StepRefused) as refused:
        requests.resume(shop.care, req.id)
    assert refused.value.message.source == R_NOT_WAITING


def test_waiting_needs_a_reason_and_a_role_that_works_requests(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.ACCESS, customer.id)
    with pytest.raises(ValidationError):
        shop.services.requests.wait_on_customer(shop.care, req.id, "  ")
    with pytest.raises(PermissionDenied):
        shop.services.requests.wait_on_customer(shop.sales, req.id, "Chờ khách")
    assert not shop.services.requests.get_request(shop.care, req.id).waiting


def test_the_acknowledgement_never_falls_after_the_completion(shop: Shop) -> None:
    customer = customer_with_order(shop)
    shop.services.requests.set_deadline_table(
        shop.director, {DeadlineGroup.PROVIDE: DeadlineRule(2, 1, 1, 1)}
    )
    # Received on a Friday evening: two working days is Tuesday, one calendar day Saturday.
    friday = shop.services.vault.now()
    while friday.weekday() != 4:
        friday -= timedelta(days=1)
    req = open_request(shop, RequestType.ACCESS, customer.id, received_at=friday)
    assert req.acknowledge_due <= req.complete_due


def test_the_director_edits_the_table_only_within_the_law(shop: Shop) -> None:
    requests = shop.services.requests
    with pytest.raises(ValidationError) as too_long:
        requests.set_deadline_table(
            shop.director, {DeadlineGroup.DELETE: DeadlineRule(2, 25, 30, 20)}
        )
    assert too_long.value.field == "complete_days"
    with pytest.raises(ValidationError):
        requests.set_deadline_table(
            shop.director, {DeadlineGroup.PROVIDE: DeadlineRule(2, 10, 15, 11)}
        )
    with pytest.raises(PermissionDenied):
        requests.set_deadline_table(shop.care, {DeadlineGroup.PROVIDE: DeadlineRule(1, 5, 8, 5)})
    requests.set_deadline_table(shop.director, {DeadlineGroup.PROVIDE: DeadlineRule(1, 5, 8, 5)})
    assert requests.deadline_table()[DeadlineGroup.PROVIDE] == DeadlineRule(1, 5, 8, 5)


def count_requests(shop: Shop) -> int:
    with shop.services.vault.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(DataRequest)) or 0)


def test_a_second_open_request_of_the_same_type_is_refused_naming_the_first(shop: Shop) -> None:
    customer = customer_with_order(shop)
    first = open_request(shop, RequestType.DELETION, customer.id)
    with pytest.raises(DuplicateRequest) as caught:
        open_request(shop, RequestType.DELETION, customer.id, anyway=False)
    assert caught.value.existing_id == first.id
    assert f"#{first.id}" in str(caught.value)
    assert count_requests(shop) == 1
    # Another type is another matter.
    other = open_request(shop, RequestType.ACCESS, customer.id, anyway=False)
    assert other.linked_to is None
    # Opened anyway: linked to the first, and the history says so.
    linked = open_request(shop, RequestType.DELETION, customer.id, anyway=True)
    assert linked.linked_to == first.id
    assert (HistoryKind.LINKED, str(first.id)) in [(h.kind, h.text) for h in linked.history]
    opened = shop.services.audit.entries(shop.director, AuditFilter(action=Action.REQUEST_OPENED))
    assert [e.detail.get("linked_to") for e in opened if e.target_id == str(linked.id)] == [
        first.id
    ]


def test_a_closed_request_does_not_count_as_a_duplicate(shop: Shop) -> None:
    customer = customer_with_order(shop)
    first = open_request(shop, RequestType.ACCESS, customer.id)
    shop.services.requests.refuse(shop.care, first.id, "Không xác minh được danh tính")
    again = open_request(shop, RequestType.ACCESS, customer.id, anyway=False)
    assert again.linked_to is None and again.status is Status.NEW
