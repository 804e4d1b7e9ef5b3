"""The director's retention screen: customers kept past their date listed by number and dates,
erased after a confirmation that lists them, says it is for good and wants their number typed,
with progress and a summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shopprivacy.domain.orders import NewOrder
from shopprivacy.domain.requests import RequestType
from shopprivacy.services import retention
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.customer_rules import local_day
from shopprivacy.storage.customer_models import Customer
from shopprivacy.ui.director.retention import RetentionPage
from shopprivacy.ui.qt_app import CatalogTranslator
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.services.request_helpers import open_request
from tests.ui.helpers import click, type_into

SHOTS = Path("/tmp/shots/backup")


def three_years_later(shop: Shop) -> None:
    vault = shop.services.vault
    real = vault.clock
    vault.clock = lambda: real() + timedelta(days=3 * 365)


def page(qtbot: QtBot, shop: Shop, workers: Workers) -> RetentionPage:
    screen = RetentionPage(shop.services, shop.director, workers)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    return screen


def erased(shop: Shop, customer_id: int) -> bool:
    with shop.db.transaction() as session:
        row = session.get(Customer, customer_id)
        return row is not None and row.erased_at is not None and row.full_name_enc is None


def confirm(qtbot: QtBot, screen: RetentionPage) -> None:
    box = screen.confirm_box
    assert box is not None and box.isVisible()
    assert box.details.text()
    assert screen.confirm_yes is not None and not screen.confirm_yes.isEnabled()
    type_into(qtbot, box.count_edit, str(box.count))
    click(qtbot, screen.confirm_yes)


def test_nobody_listed_while_within_retention(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    add(shop)
    screen = page(qtbot, shop, workers)
    assert screen.table.rowCount() == 0
    assert screen.summary.text() == "✔ No customer is past their retention date."
    assert not screen.purge_all_button.isEnabled()
    assert not screen.purge_selected_button.isEnabled()


def test_director_erases_the_selected_customer_past_retention(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    first = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    second = add(shop, name="Lê Thị Mai", mobile="0921 000 333")
    three_years_later(shop)
    screen = page(qtbot, shop, workers)
    assert screen.table.rowCount() == 2
    assert {screen.table.item(r, 0).text() for r in range(2)} == {
        f"#{first.id}",
        f"#{second.id}",
    }
    # Dates only, no names: nothing is decrypted on this screen.
    assert "Trịnh" not in screen.table.item(0, 1).text() + screen.table.item(0, 2).text()
    assert screen.summary.text() == "⚠ 2 customers are past their retention date."

    row = next(r for r in range(2) if screen.table.item(r, 0).text() == f"#{first.id}")
    screen.table.selectRow(row)
    click(qtbot, screen.purge_selected_button)
    assert screen.confirm_box is not None
    assert "1 customers for good" in screen.confirm_box.question.text()
    assert "cannot be undone" in screen.confirm_box.details.text()
    assert screen.confirm_box.table.item(0, 0).text() == f"#{first.id}"
    confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=20_000)

    assert screen.message.text() == "✔ 1 customers erased."
    assert erased(shop, first.id) and not erased(shop, second.id)
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text() == f"#{second.id}"


def test_purging_all_shows_progress_and_explains_who_was_held_back(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    old = [add(shop, name=f"Khách {i}", mobile=f"0921 000 {i:03d}") for i in range(3)]
    asking = add(shop, name="Đoàn Thị Nga", mobile="0921 000 222")
    open_request(shop, RequestType.ACCESS, asking.id)
    three_years_later(shop)
    screen = page(qtbot, shop, workers)
    assert screen.table.rowCount() == 3  # the one with an open request is not listed
    values: list[int] = []
    screen.progress.valueChanged.connect(values.append)

    click(qtbot, screen.purge_all_button)
    assert screen.confirm_box is not None
    assert "3 customers for good" in screen.confirm_box.question.text()
    assert screen.confirm_box.table.rowCount() == 3
    confirm(qtbot, screen)
    assert screen.cancel_button.isVisible() and not screen.purge_all_button.isEnabled()
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=20_000)

    assert values and values[-1] == 3
    text = screen.message.text()
    assert text.startswith("✔ 3 customers erased.")
    assert "1 customers were held back because they have a request still open" in text
    assert all(erased(shop, c.id) for c in old) and not erased(shop, asking.id)
    assert screen.table.rowCount() == 0 and not screen.cancel_button.isVisible()
    entries = shop.services.audit.entries(shop.director, AuditFilter(action="customer_erased"))
    assert sorted(e.target_id for e in entries) == sorted(str(c.id) for c in old)


def test_cancelling_the_confirmation_erases_nobody(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    kept = add(shop)
    three_years_later(shop)
    screen = page(qtbot, shop, workers)
    click(qtbot, screen.purge_all_button)
    assert screen.confirm_box is not None
    click(qtbot, screen.confirm_box.no)
    qtbot.wait(50)
    assert screen.last_result is None and not erased(shop, kept.id)
    assert screen.table.rowCount() == 1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_screenshots_of_the_retention_screen(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    language: Callable[[str], CatalogTranslator],
    lang: str,
) -> None:
    language(lang)
    for i in range(5):
        add(shop, name=f"Khách {i}", mobile=f"0921 000 {i:03d}")
    open_request(shop, RequestType.ACCESS, add(shop, name="Đoàn Thị Nga").id)
    three_years_later(shop)
    screen = page(qtbot, shop, workers)
    screen.table.selectRow(1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    assert screen.grab().save(str(SHOTS / f"retention-{lang}.png"))
    click(qtbot, screen.purge_all_button)
    box = screen.confirm_box
    assert box is not None
    qtbot.waitExposed(box)
    type_into(qtbot, box.count_edit, "5")
    assert box.grab().save(str(SHOTS / f"retention-confirm-{lang}.png"))
    type_into(qtbot, box.count_edit, "")
    confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=20_000)
    qtbot.wait(50)
    assert screen.grab().save(str(SHOTS / f"retention-done-{lang}.png"))
    if lang == "vi":
        assert box.no.text() == "Hủy"
        assert "Không còn khách hàng nào" in screen.summary.text()


def test_stop_ends_the_purge_between_batches_and_keeps_the_rest(
    qtbot: QtBot, shop: Shop, workers: Workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retention, "BATCH", 1)  # one customer per batch: room to stop
    for i in range(40):
        add(shop, name=f"Khách {i}", mobile=f"0921 100 {i:03d}")
    three_years_later(shop)
    screen = page(qtbot, shop, workers)

    def stop_after_the_first_batch(value: int) -> None:
        if value > 0 and screen.cancel_button.isEnabled():
            screen.cancel_button.click()

    screen.progress.valueChanged.connect(stop_after_the_first_batch)
    click(qtbot, screen.purge_all_button)
    confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=30_000)

    result = screen.last_result
    assert result is not None and result.cancelled
    assert 0 < len(result.erased) < 40
    assert "Stopped before the end: the others were not touched." in screen.message.text()
    assert screen.table.rowCount() == 40 - len(result.erased)


def test_the_list_is_read_only_when_the_director_opens_it(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    screen = RetentionPage(shop.services, shop.director, workers)
    qtbot.addWidget(screen)
    screen.mark_stale()
    listed = shop.services.audit.entries(shop.director, AuditFilter(action="retention_listed"))
    assert listed == []
    screen.show()
    listed = shop.services.audit.entries(shop.director, AuditFilter(action="retention_listed"))
    assert len(listed) == 1


def test_erase_waits_for_the_right_count_and_a_changed_list_erases_nobody(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    first = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    second = add(shop, name="Lê Thị Mai", mobile="0921 000 333")
    three_years_later(shop)
    screen = page(qtbot, shop, workers)
    click(qtbot, screen.purge_all_button)
    box = screen.confirm_box
    assert box is not None and screen.confirm_yes is not None
    for wrong in ("", "1", "3", "two", "22"):
        type_into(qtbot, box.count_edit, wrong)
        assert not screen.confirm_yes.isEnabled()
    qtbot.keyClick(box.count_edit, Qt.Key.Key_Return)  # Enter is Cancel, the default
    assert not box.isVisible() and screen.last_result is None
    click(qtbot, screen.purge_all_button)
    box = screen.confirm_box
    assert box is not None and screen.confirm_yes is not None
    type_into(qtbot, box.count_edit, "2")
    assert screen.confirm_yes.isEnabled()
    # Meanwhile another desk took an order from one of them: the list no longer holds two.
    shop.services.orders.add_order(
        shop.sales, second.id, NewOrder(local_day(shop.services.vault.now()), "Cáp", 0)
    )
    click(qtbot, screen.confirm_yes)
    qtbot.waitUntil(lambda: not screen.progress.isVisible(), timeout=20_000)
    assert screen.last_result is None
    assert "Nobody was erased" in screen.message.text()
    assert not erased(shop, first.id) and not erased(shop, second.id)
    assert screen.table.rowCount() == 1
