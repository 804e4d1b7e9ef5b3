"""The director's overview counts: requests, people held (with the 100,000 warning), backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.requests import RequestType
from shopprivacy.storage.customer_models import Customer
from shopprivacy.ui.director.home import DirectorHome
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.services.request_helpers import open_request


def overview(qtbot: QtBot, shop: Shop, workers: Workers) -> DirectorHome:
    page = DirectorHome(shop.services, shop.director, workers)
    qtbot.addWidget(page)
    page.show()
    return page


def many_customers(shop: Shop, n: int) -> None:
    """Bare rows: only the count matters here, not what they hold."""
    with shop.services.vault.db.transaction() as session:
        session.execute(insert(Customer), [{"source": "in_shop"} for _ in range(n)])


def test_open_requests_are_counted_on_the_overview(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    customer = add(shop)
    open_request(shop, RequestType.ACCESS, customer.id)
    open_request(shop, RequestType.DELETION, customer.id)
    page = overview(qtbot, shop, workers)
    text = page.request_counts.text()
    assert text.splitlines()[0].endswith(": 2")
    counts = shop.services.requests.counts(shop.director)
    assert counts.open == 2


def test_people_held_are_counted_without_a_warning_far_from_the_limit(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    add(shop)
    page = overview(qtbot, shop, workers)
    assert page.people_held.text() == "1 customers."
    assert "⚠" not in page.people_held.text()


def test_from_80000_people_the_overview_warns_about_the_100000_threshold(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    many_customers(shop, 80_000)
    page = overview(qtbot, shop, workers)
    text = page.people_held.text()
    assert text.startswith("⚠ 80.000 khách hàng.")
    assert "100.000" in text and "#b00020" in page.people_held.styleSheet()


def test_sales_cannot_read_the_people_count(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        shop.services.overview.people_held(shop.sales)


def test_the_backup_reminder_shows_until_a_backup_is_made(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    page = overview(qtbot, shop, workers)
    assert page.backup_state.text() == "⚠ No backup has been made yet. Make one now."
    shop.services.backup.create_backup(shop.director, tmp_path / "shop.spbak")
    page.refresh()
    assert page.backup_state.text().startswith("Last backup: ")
    assert "⚠" not in page.backup_state.text()
