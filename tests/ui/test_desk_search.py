"""The desk's search box: as the user types, any spelling, any phone format, page by page."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.services import desk_queries
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_list_model import PAGE
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import ANH, HOME, add
from tests.ui.desk_support import names, open_desk, search, top_dialog


@pytest.fixture
def three(shop: Shop) -> dict[str, int]:
    anh = add(shop, email="anh.nguyen@gmail.com", addresses=(HOME,)).id
    binh = add(shop, name="Trần Thị Bình", mobile="0165 312 3456").id
    duc = add(shop, name="Đặng Đức Anh", mobile="028 3822 9999").id
    return {"anh": anh, "binh": binh, "duc": duc}


@pytest.mark.parametrize(
    "typed",
    [ANH, unicodedata.normalize("NFD", ANH), "nguyen van anh", "NGUYEN VAN", "van anh"],
)
def test_typing_a_name_with_or_without_diacritics_finds_the_customer(
    qtbot: QtBot, shop: Shop, workers: Workers, three: dict[str, int], typed: str
) -> None:
    home = open_desk(qtbot, shop, workers)
    assert search(qtbot, home, typed) == [ANH]
    assert home.status.text().startswith("1 customers")


def test_one_word_lists_everyone_with_it_newest_first(
    qtbot: QtBot, shop: Shop, workers: Workers, three: dict[str, int]
) -> None:
    home = open_desk(qtbot, shop, workers)
    assert search(qtbot, home, "anh") == ["Đặng Đức Anh", ANH]
    assert search(qtbot, home, "dang duc") == ["Đặng Đức Anh"]


@pytest.mark.parametrize(
    "typed", ["0912.345.678", "+84 912 345 678", "5678", "anh.nguyen@gmail.com"]
)
def test_phone_in_any_format_its_last_digits_or_the_email(
    qtbot: QtBot, shop: Shop, workers: Workers, three: dict[str, int], typed: str
) -> None:
    home = open_desk(qtbot, shop, workers)
    assert search(qtbot, home, typed) == [ANH]


def test_the_list_shows_phone_email_province_and_dates(
    qtbot: QtBot, shop: Shop, workers: Workers, three: dict[str, int]
) -> None:
    home = open_desk(qtbot, shop, workers)
    search(qtbot, home, "nguyen")
    model = home.model
    row = [str(model.data(model.index(0, c))) for c in range(model.columnCount())]
    assert row[:4] == [ANH, "0912 345 678", "anh.nguyen@gmail.com", "TP. Hồ Chí Minh"]
    assert row[4].count("/") == 2 and row[5].count("/") == 2


def test_care_sees_masked_phones_and_emails_in_the_list(
    qtbot: QtBot, shop: Shop, workers: Workers, three: dict[str, int]
) -> None:
    home = open_desk(qtbot, shop, workers, shop.care)
    search(qtbot, home, "nguyen")
    model = home.model
    phone, email = (str(model.data(model.index(0, c))) for c in (1, 2))
    assert "345 678" not in phone and "•" in phone
    assert email.startswith("a•••@")
    assert not home.new_button.isVisible() and not home.import_button.isVisible()


def test_empty_box_and_no_match_say_what_to_do(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    home = open_desk(qtbot, shop, workers)
    assert home.stack.currentWidget() is home.empty
    assert "New customer" in home.empty.text()
    add(shop)
    assert search(qtbot, home, "Phạm") == []
    assert "No customer matches “Phạm”" in home.empty.text()
    search(qtbot, home, "12")
    assert "Type a name, phone or email" in home.empty.text()
    assert home.search.placeholderText() == "Type a name, phone or email"


def test_search_box_has_focus_on_start_and_ctrl_f_brings_it_back(
    qtbot: QtBot, shop: Shop, workers: Workers, three: dict[str, int]
) -> None:
    home = open_desk(qtbot, shop, workers)
    assert home.search.hasFocus()
    home.view.setFocus()
    qtbot.keyClick(home.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert home.search.hasFocus()


def test_enter_opens_the_customer_and_the_opening_is_audited_naming_the_staff(
    qtbot: QtBot, shop: Shop, workers: Workers, three: dict[str, int]
) -> None:
    home = open_desk(qtbot, shop, workers)
    search(qtbot, home, "binh")
    qtbot.keyClick(home.search, Qt.Key.Key_Return)
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView) and view.customer_id == three["binh"]
    assert view.title.text() == "Trần Thị Bình"
    opened = shop.services.audit.entries(shop.director, AuditFilter(action=Action.CUSTOMER_VIEWED))
    assert [(e.target_id, e.staff_id) for e in opened][:1] == [
        (str(three["binh"]), shop.sales.staff_id)
    ]


def test_double_click_opens_the_customer_on_that_line(
    qtbot: QtBot, shop: Shop, workers: Workers, three: dict[str, int]
) -> None:
    home = open_desk(qtbot, shop, workers)
    search(qtbot, home, "")
    rect = home.view.visualRect(home.model.index(2, 0))
    qtbot.mouseClick(home.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(home.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = top_dialog(CustomerView)
    assert isinstance(view, CustomerView) and view.customer_id == three["anh"]


def test_ctrl_n_starts_a_new_customer(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    home = open_desk(qtbot, shop, workers)
    qtbot.keyClick(home.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm) and form.customer_id is None


def test_a_long_list_loads_page_by_page_as_it_scrolls(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    for n in range(PAGE + 20):
        add(shop, name=f"Khách Số {n}", mobile=f"0912 {n:06d}")
    home = open_desk(qtbot, shop, workers)
    assert home.model.total == PAGE + 20
    assert home.model.rowCount() == PAGE  # only the first page is read
    home.view.scrollToBottom()
    qtbot.waitUntil(lambda: home.model.rowCount() == PAGE + 20)
    assert names(home)[-1] == "Khách Số 0"
    QApplication.processEvents()


def test_beyond_the_count_limit_the_status_says_more_and_scrolling_still_reaches_everyone(
    qtbot: QtBot, shop: Shop, workers: Workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desk_queries, "COUNT_LIMIT", PAGE + 5)
    for n in range(PAGE + 20):
        add(shop, name=f"Khách Số {n}", mobile=f"0912 {n:06d}")
    home = open_desk(qtbot, shop, workers)
    search(qtbot, home, "khach")
    assert home.model.total == PAGE + 5 and home.model.more
    assert home.status.text().startswith(f"{PAGE + 5} or more customers")
    home.view.scrollToBottom()
    qtbot.waitUntil(lambda: home.model.rowCount() == PAGE + 20)
    assert not home.model.canFetchMore()
    assert names(home)[-1] == "Khách Số 0"
