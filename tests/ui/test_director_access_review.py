"""The director's access review screen, driven like a person would, over audit data made for it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.staff import Actor
from shopprivacy.services import audit_log
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.director.access_review import AccessReviewPage
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.helpers import click, type_into

DAY = date(2026, 11, 20)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, tzinfo=SHOP_ZONE)


def log(shop: Shop, actor: Actor, action: str, when: datetime, tt: Any = None, tid: Any = None,
        **detail: Any) -> None:  # fmt: skip
    vault = shop.services.vault
    with vault.db.transaction() as session:
        audit_log.append(session, vault, actor, action, tt, tid, at=when.astimezone(UTC), **detail)


def busy_day(shop: Shop) -> None:
    """A morning's desk work, a burst of 35 records in a few minutes, a late export."""
    log(shop, shop.care, Action.CUSTOMER_VIEWED, at(9), "customer", 7)
    log(shop, shop.care, Action.REQUEST_OPENED, at(9, 5), "request", 1)
    for i in range(35):
        log(shop, shop.sales, Action.CUSTOMER_VIEWED, at(10) + timedelta(seconds=10 * i),
            "customer", 100 + i)  # fmt: skip
    log(shop, shop.sales, Action.MARKETING_EXPORTED, at(22, 15), channel="email", count=35)


def open_page(qtbot: QtBot, shop: Shop, workers: Workers) -> AccessReviewPage:
    page = AccessReviewPage(shop.services, shop.director, workers, today=DAY)
    qtbot.addWidget(page)
    page.filters.date_from.setDate(QDate(2026, 11, 20))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def show(qtbot: QtBot, page: AccessReviewPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        click(qtbot, page.filters.show_button)


def cell(page: AccessReviewPage, row: int, column: int) -> str:
    model = page.entries_model
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def test_entries_show_shop_time_staff_and_action_in_vietnamese(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    busy_day(shop)
    page = open_page(qtbot, shop, workers)
    assert page.filters.date_from.text() == "20/11/2026"  # dd/mm/yyyy
    assert page.entries_model.rowCount() == 38
    last = page.entries_model.rowCount() - 1  # newest first: the oldest is at the bottom
    assert cell(page, last, 1) == "20/11/2026 09:00"
    assert cell(page, last, 2) == "cskh1"
    assert cell(page, last, 3) == "Mở hồ sơ khách hàng"
    assert cell(page, last, 4) == "khách hàng #7"


def test_filters_narrow_the_entries_by_staff_customer_and_action(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    busy_day(shop)
    page = open_page(qtbot, shop, workers)
    staff = page.filters.staff
    staff.setCurrentIndex(staff.findText("cskh1"))
    show(qtbot, page)
    assert page.entries_model.rowCount() == 2
    staff.setCurrentIndex(0)
    type_into(qtbot, page.filters.customer, "7")
    show(qtbot, page)
    assert [cell(page, r, 2) for r in range(page.entries_model.rowCount())] == ["cskh1"]
    type_into(qtbot, page.filters.customer, "")
    action = page.filters.action
    action.setCurrentIndex(action.findData(str(Action.MARKETING_EXPORTED)))
    show(qtbot, page)
    assert page.entries_model.rowCount() == 1 and cell(page, 0, 3) == "Marketing list exported"


def test_summary_lists_every_account_with_records_opened(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    busy_day(shop)
    page = open_page(qtbot, shop, workers)
    model = page.summary_model
    rows = {
        str(model.data(model.index(r, 0))).split(" ")[0]: [
            str(model.data(model.index(r, c))) for c in range(8)
        ]
        for r in range(model.rowCount())
    }
    assert set(rows) == {"banhang1", "cskh1", "giamdoc"}
    assert rows["banhang1"][2:6] == ["35", "35", "0", "1"]  # opened, busiest day, prints, exports


def test_a_burst_and_a_late_export_are_flagged_and_one_is_marked_reviewed_with_a_note(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    busy_day(shop)
    page = open_page(qtbot, shop, workers)
    texts = [page.flags_list.item(i).text() for i in range(page.flags_list.count())]
    assert any("Many records opened in a short time (entries: 35" in t for t in texts)
    assert any("Data exported" in t for t in texts)
    assert any("Used outside opening hours" in t for t in texts)
    assert all("Not reviewed yet." in t for t in texts)
    assert not page.mark_button.isEnabled()

    burst = next(i for i, t in enumerate(texts) if "Many records" in t)
    page.flags_list.setCurrentRow(burst)
    click(qtbot, page.mark_button)
    dialog = page.dialog
    assert dialog is not None
    type_into(qtbot, dialog.note, "")
    dialog.note.setPlainText("Chị Hà nhập lại danh sách khách của hội chợ, đã hỏi trực tiếp")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        click(qtbot, dialog.ok_button)
    text = page.flags_list.item(burst).text()
    assert text.startswith("✔ ")
    assert "Reviewed by giamdoc on 20/11/2026" not in text  # reviewed today, not on the log's day
    assert "Reviewed by giamdoc on " in text and "đã hỏi trực tiếp" in text
    logged = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.ACCESS_FLAG_REVIEWED)
    )
    assert len(logged) == 1 and "Chị Hà" not in str(logged[0].detail)


def test_chain_state_and_head_hash_are_shown_and_a_pdf_is_saved_in_the_background(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    busy_day(shop)
    page = open_page(qtbot, shop, workers)
    assert page.result is not None
    assert page.chain_state.text() == (
        f"✔ Audit log is whole: {page.result.chain.head_seq} entries. "
        f"Head hash: {page.result.chain.head_hash}"
    )
    target = tmp_path / "review"
    with qtbot.waitSignal(page.output_done, timeout=30_000):
        page.save_pdf(target)
    assert (tmp_path / "review.pdf").read_bytes().startswith(b"%PDF")
    assert page.message.text() == "✔ The access review was saved: review.pdf"
    exported = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.REPORT_EXPORTED)
    )
    assert exported[0].detail["kind"] == "access_review"


def test_only_the_director_gets_the_access_review_tab(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences
) -> None:
    for actor, expected in ((shop.director, True), (shop.sales, False), (shop.care, False)):
        window = MainWindow(shop.services, actor, workers, preferences)
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert ("Access review" in titles) is expected
        assert (window.access_review is not None) is expected
