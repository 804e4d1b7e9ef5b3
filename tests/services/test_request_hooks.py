"""The plug points other features use: disclosures in the data report, erasure on restore."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from shopprivacy.domain.customer_data import DisclosureLine, to_json
from shopprivacy.services import erasure_replay, request_erasure
from shopprivacy.services.request_access import (
    register_disclosure_source,
    unregister_disclosure_source,
)
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer
from tests.conftest import Shop
from tests.services.request_helpers import customer_with_order

WHEN = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def partner_disclosures(session: Session, vault: Vault, customer_id: int) -> list[DisclosureLine]:
    return [DisclosureLine("Công ty Lắp đặt Sao Mai", WHEN, "Hợp đồng lắp đặt", ("name", "phone"))]


@pytest.fixture
def disclosures() -> Iterator[None]:
    register_disclosure_source(partner_disclosures)
    yield
    unregister_disclosure_source(partner_disclosures)


def test_disclosures_recorded_elsewhere_appear_in_the_data_report(
    shop: Shop, disclosures: None
) -> None:
    customer = customer_with_order(shop)
    data = to_json(shop.services.requests.customer_data_report(shop.care, customer.id))
    assert data["disclosures"] == [
        {
            "recipient": "Công ty Lắp đặt Sao Mai",
            "at": WHEN.isoformat(),
            "basis": "Hợp đồng lắp đặt",
            "fields": ["name", "phone"],
            "reference": "",
        }
    ]


def test_the_eraser_is_replayed_by_a_restore_and_is_idempotent(shop: Shop) -> None:
    assert request_erasure.replay_eraser in erasure_replay.registered()
    customer = customer_with_order(shop)
    vault = shop.services.vault
    for _ in range(2):
        with vault.db.transaction() as session:
            erasure_replay.replay(session, vault, [customer.id])
    with vault.db.transaction() as session:
        row = session.get(Customer, customer.id)
        assert row is not None and row.full_name_enc is None and row.erased_at is not None
    assert shop.services.customers.search_customers(shop.sales, customer.full_name) == []
