"""Customers kept past their retention date: listed for the director, purged with the same
erasure as a deletion request, and kept erased by a later restore."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.requests import RequestType
from shopprivacy.services.audit import AuditFilter
from shopprivacy.storage.customer_models import Customer
from shopprivacy.storage.models import ErasureLedger
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.services.request_helpers import open_request


def three_years_later(shop: Shop) -> None:
    vault = shop.services.vault
    real = vault.clock
    vault.clock = lambda: real() + timedelta(days=3 * 365)


def test_nobody_is_due_while_within_retention(shop: Shop) -> None:
    add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    assert shop.services.retention.due(shop.director) == []


def test_the_director_sees_and_purges_customers_past_retention(shop: Shop) -> None:
    old = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    asking = add(shop, name="Đoàn Thị Nga", mobile="0921 000 222")
    open_request(shop, RequestType.ACCESS, asking.id)
    three_years_later(shop)

    due = shop.services.retention.due(shop.director)
    assert [d.customer_id for d in due] == [old.id]  # an open request holds the other back

    seen: list[tuple[int, int]] = []
    result = shop.services.retention.purge(
        shop.director, 1, progress=lambda done, total: seen.append((done, total))
    )

    assert result.erased == (old.id,) and result.skipped_open_request == 1
    assert seen[-1] == (1, 1)
    with shop.db.transaction() as session:
        row = session.get(Customer, old.id)
        assert row is not None and row.full_name_enc is None and row.erased_at is not None
        ledger = session.query(ErasureLedger).all()
        assert [(e.customer_id, e.reason) for e in ledger] == [(old.id, "retention")]
    assert shop.services.customers.get_customer(shop.director, asking.id).full_name
    erased = shop.services.audit.entries(shop.director, AuditFilter(action="customer_erased"))
    assert [e.detail["reason"] for e in erased] == ["retention"]
    assert shop.services.retention.due(shop.director) == []


def test_a_restore_keeps_retention_purges(shop: Shop, tmp_path: Path) -> None:
    old = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    file = tmp_path / "truoc.spbak"
    shop.services.backup.create_backup(shop.director, file)
    three_years_later(shop)
    shop.services.retention.purge(shop.director, 1)
    result = shop.services.backup.restore_backup(shop.director, file)
    assert result.erasures_replayed == 1
    with shop.db.transaction() as session:
        row = session.get(Customer, old.id)
        assert row is not None and row.full_name_enc is None


def test_a_cancelled_purge_erases_nothing_more(shop: Shop) -> None:
    add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    three_years_later(shop)
    result = shop.services.retention.purge(shop.director, 1, cancel=lambda: True)
    assert result.cancelled and result.erased == ()
    assert len(shop.services.retention.due(shop.director)) == 1


@pytest.mark.parametrize("role", ["sales", "care"])
def test_only_the_director_purges(shop: Shop, role: str) -> None:
    actor = getattr(shop, role)
    with pytest.raises(PermissionDenied):
        shop.services.retention.due(actor)
    with pytest.raises(PermissionDenied):
        shop.services.retention.purge(actor, 0)
