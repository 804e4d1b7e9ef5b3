"""The care queue on the clock: soonest deadline first, overdue and due-within-a-day marked,
counts on the director's overview, and the director's deadline table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopprivacy.domain.deadlines import (
    DeadlineGroup,
    DeadlineKind,
    DeadlineRule,
    Urgency,
    shop_day,
)
from shopprivacy.domain.errors import PermissionDenied, ValidationError
from shopprivacy.domain.requests import IdentityMethod, RequestType
from tests.conftest import Shop
from tests.services.request_helpers import customer_with_order, open_request


def test_an_overdue_request_heads_the_queue_in_red(shop: Shop) -> None:
    customer = customer_with_order(shop)
    now = shop.services.vault.now()
    fresh = open_request(shop, RequestType.ACCESS, customer.id)
    old = open_request(
        shop, RequestType.DELETION, customer.id, received_at=now - timedelta(days=25)
    )
    queue = shop.services.requests.list_requests(shop.care)
    assert [i.request.id for i in queue] == [old.id, fresh.id]
    assert queue[0].urgency is Urgency.OVERDUE and queue[1].urgency is Urgency.ON_TRACK
    assert queue[0].who and queue[0].who.startswith("Đặng")
    overdue = shop.services.requests.list_requests(shop.care, overdue=True)
    assert [i.request.id for i in overdue] == [old.id]


def test_acknowledgement_then_completion_is_what_is_due_next(shop: Shop) -> None:
    customer = customer_with_order(shop)
    received = shop.services.vault.now() - timedelta(days=9)
    req = open_request(shop, RequestType.ACCESS, customer.id, received_at=received)
    item = shop.services.requests.list_requests(shop.care)[0]
    assert item.next_deadline is not None
    assert item.next_deadline.kind is DeadlineKind.ACKNOWLEDGE and item.urgency is Urgency.OVERDUE
    shop.services.requests.record_identity_check(shop.care, req.id, IdentityMethod.EMAIL_ON_FILE)
    item = shop.services.requests.list_requests(shop.care)[0]
    assert item.next_deadline is not None and item.next_deadline.kind is DeadlineKind.COMPLETE
    assert shop_day(item.next_deadline.due) == shop_day(received) + timedelta(days=10)


def test_due_within_a_day_is_amber(shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.ACCESS, customer.id)
    shop.services.requests.acknowledge(shop.care, req.id)
    due = shop.services.requests.get_request(shop.care, req.id).complete_due
    shop.services.vault.clock = lambda: due - timedelta(hours=5)
    item = shop.services.requests.list_requests(shop.care)[0]
    assert item.urgency is Urgency.DUE_SOON
    counts = shop.services.requests.counts(shop.director)
    assert (counts.open, counts.due_soon, counts.overdue) == (1, 1, 0)


def test_director_overview_counts(shop: Shop) -> None:
    customer = customer_with_order(shop)
    now = shop.services.vault.now()
    open_request(shop, RequestType.ACCESS, customer.id, received_at=now - timedelta(days=30))
    open_request(shop, RequestType.COMPLAINT, customer.id)
    closed = open_request(shop, RequestType.ACCESS, customer.id)
    shop.services.requests.refuse(shop.care, closed.id, "Trùng với yêu cầu trước")
    counts = shop.services.requests.counts(shop.director)
    assert (counts.open, counts.overdue, counts.awaiting_approval) == (2, 1, 0)
    with pytest.raises(PermissionDenied):
        shop.services.requests.counts(shop.sales)


def test_a_processor_involved_gives_more_time(shop: Shop) -> None:
    customer = customer_with_order(shop)
    plain = open_request(shop, RequestType.DELETION, customer.id)
    with_partner = open_request(shop, RequestType.DELETION, customer.id, processor_involved=True)
    assert with_partner.complete_due - plain.complete_due == timedelta(days=10)


def test_director_edits_the_deadline_table_and_new_requests_follow_it(shop: Shop) -> None:
    customer = customer_with_order(shop)
    requests = shop.services.requests
    with pytest.raises(PermissionDenied):
        requests.set_deadline_table(shop.care, {DeadlineGroup.PROVIDE: DeadlineRule(2, 5, 10, 5)})
    requests.set_deadline_table(shop.director, {DeadlineGroup.PROVIDE: DeadlineRule(2, 5, 10, 5)})
    assert requests.deadline_table()[DeadlineGroup.PROVIDE].complete_days == 5
    assert requests.deadline_table()[DeadlineGroup.DELETE].complete_days == 20
    req = open_request(shop, RequestType.ACCESS, customer.id)
    assert shop_day(req.complete_due) == shop_day(req.received_at) + timedelta(days=5)


def test_a_request_cannot_come_in_from_the_future(shop: Shop) -> None:
    customer = customer_with_order(shop)
    with pytest.raises(ValidationError):
        open_request(
            shop, RequestType.ACCESS, customer.id, received_at=datetime.now(UTC) + timedelta(days=1)
        )
