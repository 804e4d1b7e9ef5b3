"""Retention never erases a customer by mistake: keep-until is the latest of every warranty end
and (last order or last contact) + the director's months; old stored dates are recomputed by the
migration; a purge erases only the count the director confirmed, and orders stay on the stub."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import select, update

from shopprivacy.domain.errors import ConflictError
from shopprivacy.domain.orders import NewOrder, add_months
from shopprivacy.domain.retention import retention_until
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.customer_rules import local_day
from shopprivacy.storage import migrate
from shopprivacy.storage.customer_models import Customer, Order
from tests.conftest import Shop
from tests.services.customer_helpers import add


def move_clock(shop: Shop, days: int) -> None:
    vault = shop.services.vault
    real = vault.clock
    vault.clock = lambda: real() + timedelta(days=days)


def today(shop: Shop) -> date:
    return local_day(shop.services.vault.now())


def test_the_rule_takes_the_latest_date() -> None:
    contact = date(2026, 12, 8)
    assert retention_until([], contact, 24) == date(2028, 12, 8)
    assert retention_until([date(2026, 12, 8)], contact, 24) == date(2028, 12, 8)
    assert retention_until([date(2031, 1, 31), date(2027, 1, 1)], contact, 24) == date(2031, 1, 31)
    assert retention_until([], date(2025, 1, 1), 6, last_order=date(2026, 3, 31)) == date(
        2026, 9, 30
    )


def test_a_buyer_without_warranty_today_is_not_on_the_retention_list(shop: Shop) -> None:
    buyer = add(shop, name="Phạm Thị Lan", mobile="0903 111 222")
    shop.services.orders.add_order(shop.sales, buyer.id, NewOrder(today(shop), "Cáp HDMI", 0))
    seen = shop.services.customers.get_customer(shop.sales, buyer.id)
    assert seen.retention_until == add_months(today(shop), 24)
    assert shop.services.retention.due(shop.director) == []
    move_clock(shop, 1)  # tomorrow too: the sale date is not the keep-until date any more
    assert shop.services.retention.due(shop.director) == []


def test_a_warranty_ended_and_contact_older_than_the_months_is_due(shop: Shop) -> None:
    old = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    shop.services.orders.add_order(shop.sales, old.id, NewOrder(today(shop), "Camera", 12))
    held = add(shop, name="Võ Minh Tuấn", mobile="0903 333 444")
    shop.services.orders.add_order(shop.sales, held.id, NewOrder(today(shop), "Camera", 60))
    move_clock(shop, 3 * 365)  # the 12-month warranty and the 24 months have passed
    due = shop.services.retention.due(shop.director)
    assert [d.customer_id for d in due] == [old.id]


def test_changing_the_months_recomputes_customers_with_orders_too(shop: Shop) -> None:
    buyer = add(shop)
    shop.services.orders.add_order(shop.sales, buyer.id, NewOrder(today(shop), "Cáp", 3))
    shop.services.customer_rules.set_retention_months(shop.director, 36)
    seen = shop.services.customers.get_customer(shop.sales, buyer.id)
    assert seen.retention_until == add_months(today(shop), 36)


def test_a_purge_refuses_a_count_that_differs_and_erases_nobody(shop: Shop) -> None:
    first = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    second = add(shop, name="Lê Thị Mai", mobile="0921 000 333")
    move_clock(shop, 3 * 365)
    for wrong in (0, 1, 3):
        with pytest.raises(ConflictError):
            shop.services.retention.purge(shop.director, wrong)
    assert {d.customer_id for d in shop.services.retention.due(shop.director)} == {
        first.id,
        second.id,
    }
    with pytest.raises(ConflictError):  # the selection counts, not the whole list
        shop.services.retention.purge(shop.director, 2, [first.id])
    assert shop.services.retention.purge(shop.director, 1, [first.id]).erased == (first.id,)


def test_erasing_for_retention_keeps_the_orders_accounting_facts(shop: Shop) -> None:
    old = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    shop.services.orders.add_order(shop.sales, old.id, NewOrder(date(2026, 1, 5), "Camera", 12))
    move_clock(shop, 3 * 365)
    shop.services.retention.purge(shop.director, 1)
    with shop.db.transaction() as session:
        stub = session.get(Customer, old.id)
        assert stub is not None and stub.full_name_enc is None and stub.retention_until is None
        kept = session.scalars(select(Order).where(Order.customer_id == old.id)).all()
        assert [(o.sold_on, o.warranty_months) for o in kept] == [(date(2026, 1, 5), 12)]
    erased = shop.services.audit.entries(shop.director, AuditFilter(action="customer_erased"))
    assert erased[0].detail == {"reason": "retention", "orders_kept": 1}


def test_the_migration_recomputes_dates_stored_by_the_old_rule(shop: Shop) -> None:
    buyer = add(shop, name="Phạm Thị Lan", mobile="0903 111 222")
    sold = today(shop) - timedelta(days=10)
    shop.services.orders.add_order(shop.sales, buyer.id, NewOrder(sold, "Cáp HDMI", 0))
    untouched = add(shop, name="Lê Thị Mai", mobile="0921 000 333")
    cfg = migrate.alembic_config(shop.db)
    with shop.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
        # What the old rule stored: the sale date of an order without warranty.
        conn.execute(
            update(Customer.__table__)  # type: ignore[arg-type]
            .where(Customer.__table__.c.id == buyer.id)
            .values(retention_until=sold)
        )
        command.upgrade(cfg, "head")
    with shop.db.transaction() as session:
        row = session.get(Customer, buyer.id)
        other = session.get(Customer, untouched.id)
        assert row is not None and other is not None and row.last_contact_at is not None
        contact = row.last_contact_at.astimezone(UTC)
        assert row.retention_until == add_months(local_day(contact), 24)
        assert other.retention_until == add_months(today(shop), 24)
    assert shop.services.retention.due(shop.director) == []
    assert datetime.now(UTC) > contact  # the stored contact time was read, not made up
