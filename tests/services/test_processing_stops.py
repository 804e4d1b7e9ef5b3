"""When a customer withdraws the only basis of every purpose that uses their data, processing
stops: orders and disclosures are refused with the reason (and logged), and a deletion request
is opened for customer care with its deadline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentChange, ConsentMethod, Purpose
from shopprivacy.domain.disclosures import (
    Basis,
    DisclosedField,
    NewDisclosure,
    PartnerDraft,
    PartnerKind,
)
from shopprivacy.domain.errors import ConflictError
from shopprivacy.domain.orders import NewOrder
from shopprivacy.domain.requests import Channel, RequestType
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.customer_rules import local_day
from tests.conftest import Shop
from tests.services.customer_helpers import add, grant


def _withdraw(shop: Shop, customer_id: int, purpose: Purpose) -> None:
    change = ConsentChange(purpose, False, ConsentMethod.PHONE)
    shop.services.consents.record_consent(shop.sales, customer_id, change)


def _audit(shop: Shop, action: Action) -> list[dict[str, object]]:
    found = shop.services.audit.entries(shop.director, AuditFilter(action=str(action)))
    return [e.detail for e in found]


def _deletions(shop: Shop, customer_id: int) -> list[object]:
    items = shop.services.requests.list_requests(shop.care, customer_id=customer_id)
    return [i.request for i in items if i.request.type is RequestType.DELETION]


def test_withdrawing_the_last_consent_stops_processing_and_opens_a_deletion(shop: Shop) -> None:
    customer = add(shop)
    grant(shop, customer.id, Purpose.MARKETING_EMAIL)
    grant(shop, customer.id, Purpose.MARKETING_ZALO)
    _withdraw(shop, customer.id, Purpose.MARKETING_EMAIL)
    assert not shop.services.consents.processing_stopped(shop.sales, customer.id)
    assert _deletions(shop, customer.id) == []
    _withdraw(shop, customer.id, Purpose.MARKETING_ZALO)
    assert shop.services.consents.processing_stopped(shop.sales, customer.id)
    [request] = _deletions(shop, customer.id)
    assert request.channel is Channel.PHONE
    now = shop.services.vault.now()
    assert now < request.complete_due <= now + timedelta(days=31)
    assert [d["request_id"] for d in _audit(shop, Action.PROCESSING_STOPPED)] == [request.id]
    # A second withdrawal route does not open a second request.
    shop.services.consents.opt_out(shop.sales, customer.id, ConsentMethod.IN_PERSON)
    assert len(_deletions(shop, customer.id)) == 1

    with pytest.raises(ConflictError, match="Processing has stopped"):
        shop.services.orders.add_order(shop.sales, customer.id, NewOrder(
            local_day(now), "Camera Hikvision 2MP", 12))  # fmt: skip
    installer = shop.services.partners.add_partner(shop.director, PartnerDraft(
        PartnerKind.INSTALLER, "Điện lạnh Minh Phát", agreement_signed_on=date(2025, 1, 1))).id  # fmt: skip
    new = NewDisclosure((customer.id,), installer, (DisclosedField.NAME,), Basis.CONTRACT,
                        "Lắp camera", "")  # fmt: skip
    with pytest.raises(ConflictError, match="Processing has stopped"):
        shop.services.disclosures.record_disclosure(shop.sales, new)
    refused = _audit(shop, Action.PROCESSING_REFUSED)
    assert sorted(d["what"] for d in refused) == ["disclosure", "order"]
    # An authority's written request still goes through: it rests on the law.
    police = shop.services.partners.add_partner(
        shop.director, PartnerDraft(PartnerKind.AUTHORITY, "Công an Phường Bến Thành")).id  # fmt: skip
    legal = NewDisclosure((customer.id,), police, (DisclosedField.NAME,), Basis.LEGAL_REQUEST,
                          "Xác minh", "CV 12/CAP")  # fmt: skip
    shop.services.disclosures.record_disclosure(shop.director, legal)

    # A new consent gives a basis again.
    grant(shop, customer.id, Purpose.MARKETING_POST)
    assert not shop.services.consents.processing_stopped(shop.sales, customer.id)
    shop.services.orders.add_order(shop.sales, customer.id, NewOrder(local_day(now), "Ổ cứng", 0))


def test_a_customer_with_an_order_keeps_being_served(shop: Shop) -> None:
    customer = add(shop)
    today = local_day(shop.services.vault.now())
    shop.services.orders.add_order(shop.sales, customer.id, NewOrder(today, "Đầu ghi", 24))
    grant(shop, customer.id, Purpose.MARKETING_EMAIL)
    _withdraw(shop, customer.id, Purpose.MARKETING_EMAIL)
    assert not shop.services.consents.processing_stopped(shop.sales, customer.id)
    assert _deletions(shop, customer.id) == []
    shop.services.orders.add_order(shop.sales, customer.id, NewOrder(today, "Camera", 12))


def test_care_closing_the_deletion_request_lets_processing_resume(shop: Shop) -> None:
    customer = add(shop)
    grant(shop, customer.id, Purpose.MARKETING_EMAIL)
    _withdraw(shop, customer.id, Purpose.MARKETING_EMAIL)
    [request] = _deletions(shop, customer.id)
    shop.services.requests.refuse(shop.director, request.id, "Khách hàng mua hàng lại")
    assert not shop.services.consents.processing_stopped(shop.sales, customer.id)


def test_an_opt_out_from_someone_who_never_agreed_stops_nothing(shop: Shop) -> None:
    customer = add(shop)
    _withdraw(shop, customer.id, Purpose.MARKETING_EMAIL)
    assert not shop.services.consents.processing_stopped(shop.sales, customer.id)
    assert _deletions(shop, customer.id) == []


def test_a_withdrawal_request_that_leaves_no_basis_stops_processing_too(shop: Shop) -> None:
    """Care logging "stop using my data" withdraws every consent; with no order left either, the
    same rule as at the desk opens the deletion request."""
    from shopprivacy.domain.requests import NewRequest

    customer = add(shop)
    grant(shop, customer.id, Purpose.MARKETING_EMAIL)
    withdrawal = shop.services.requests.open_request(
        shop.care, NewRequest(RequestType.WITHDRAWAL, Channel.PHONE, customer_id=customer.id)
    )
    assert shop.services.consents.processing_stopped(shop.sales, customer.id)
    [deletion] = _deletions(shop, customer.id)
    assert deletion.id != withdrawal.id
    assert [d["request_id"] for d in _audit(shop, Action.PROCESSING_STOPPED)] == [deletion.id]
