"""Each kind of request worked through customer care's real screen, from an empty shop: the
customers typed in at the desk, the requests logged and worked with clicks and keys only.

For every kind: Enter in the search box finds and logs nothing; switching requests carries
nothing over; the recorded identity check is shown with who and when; a pause moves the due
date; a second request of the same type is caught; the irreversible steps ask first; and the
reply letter names the customer (after an erasure too, with the postal address)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shopprivacy.domain.requests import HistoryKind, IdentityMethod, RequestType, Status
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.care.request_panel import RequestPanel
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.helpers import click, type_into
from tests.ui.request_journey import (
    LAN,
    MINH,
    Person,
    care_page,
    desk_customer,
    fill,
    find_with_enter,
    focused,
    log_request,
    open_dialog,
    pdf_text,
)

KINDS = [
    RequestType.ACCESS,
    RequestType.CORRECTION,
    RequestType.DELETION,
    RequestType.WITHDRAWAL,
    RequestType.COMPLAINT,
]
CALL_BACK_NOTE = "gọi lại số đã lưu"


def check_identity(qtbot: QtBot, panel: RequestPanel) -> None:
    panel.method.setCurrentIndex(panel.method.findData(IdentityMethod.CALL_BACK))
    type_into(qtbot, panel.identity_note, CALL_BACK_NOTE)
    click(qtbot, panel.buttons["identity"])


def open_count(shop: Shop) -> int:
    return len(shop.services.requests.list_requests(shop.care, include_closed=True))


def enter_in_the_search_logs_nothing(qtbot: QtBot, shop: Shop, page: CareHome) -> None:
    dialog = open_dialog(qtbot, page)
    find_with_enter(qtbot, dialog, LAN)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert dialog.isVisible() and open_count(shop) == 0
    dialog.reject()


def nothing_carried_over(qtbot: QtBot, page: CareHome, lan_req: int, minh_req: int) -> None:
    """Lan's request: identity checked, fields typed. Minh's shows none of it."""
    panel = page.panel
    assert page.select_request(lan_req)
    check_identity(qtbot, panel)
    type_into(qtbot, panel.reason, "ly do cua Lan")
    type_into(qtbot, panel.note, "ghi chu cua Lan")
    type_into(qtbot, panel.wait_reason, "cho Lan")
    assert page.select_request(minh_req)
    assert panel.info is not None and panel.info.id == minh_req
    assert MINH.name in panel.summary.text() and LAN.name not in panel.summary.text()
    assert panel.identity_form.isVisibleTo(panel)
    assert panel.identity_note.text() == "" and panel.method.currentIndex() == 0
    assert "Not checked yet" in panel.identity_done.text()
    assert CALL_BACK_NOTE not in panel.identity_done.text()
    for field in (panel.reason, panel.note, panel.wait_reason, panel.outcome):
        assert field.text() == ""
    assert not panel.message.isVisible()
    # Only the next valid steps: before the check nothing can start or finish.
    start, complete = panel.buttons["start"], panel.buttons["complete"]
    assert not start.isEnabled() and "identity" in start.toolTip()
    assert not complete.isEnabled() and complete.toolTip()
    assert panel.buttons["identity"].isEnabled()
    # Back to Lan's: the recorded check, read-only, with the method, detail, who and when.
    assert page.select_request(lan_req)
    shown = panel.identity_done.text()
    assert "Called back on the phone number we hold" in shown and CALL_BACK_NOTE in shown
    assert "Phạm Thu Hà" in shown  # the care member's full name, not the login
    assert not panel.identity_form.isVisibleTo(panel)
    assert panel.buttons["start"].isEnabled() and not panel.buttons["identity"].isEnabled()


def pause_moves_the_due_date(qtbot: QtBot, shop: Shop, panel: RequestPanel) -> None:
    assert panel.info is not None
    due = panel.info.due
    assert not panel.buttons["resume"].isEnabled()
    type_into(qtbot, panel.wait_reason, "chờ bản sao CCCD")
    click(qtbot, panel.buttons["wait"])
    assert panel.info.waiting and "chờ bản sao CCCD" in panel.clock.text()
    assert not panel.buttons["start"].isEnabled()  # the clock stands still: no work steps
    assert not panel.buttons["wait"].isEnabled()
    now = shop.services.vault.now()
    shop.services.vault.clock = lambda: now + timedelta(days=3)
    click(qtbot, panel.buttons["resume"])
    assert not panel.info.waiting
    assert panel.info.due == due + timedelta(days=3)
    assert "3 days" in panel.clock.text()
    kinds = [h.kind for h in panel.info.history]
    assert HistoryKind.WAITING in kinds and HistoryKind.RESUMED in kinds


def duplicate_caught(
    qtbot: QtBot, shop: Shop, page: CareHome, kind: RequestType, first: int
) -> int:
    """A second request of the same type for Lan: the question names the first; "go to" opens
    it and logs nothing, "link" logs the new one linked to it. Returns the linked one."""
    before = open_count(shop)
    page.select_request(_other(page, first))
    dialog = open_dialog(qtbot, page)
    find_with_enter(qtbot, dialog, LAN)
    fill(dialog, kind, "lan nua")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _confirm_withdrawal(qtbot, dialog)
    box = dialog.duplicate_box
    assert box is not None and box.isVisible()
    assert str(first) in box.text() and str(first) in box.informativeText()
    assert dialog.go_button is not None
    click(qtbot, dialog.go_button)
    assert open_count(shop) == before
    assert page.panel.info is not None and page.panel.info.id == first
    dialog = open_dialog(qtbot, page)
    find_with_enter(qtbot, dialog, LAN)
    fill(dialog, kind, "lan nua")
    click(qtbot, dialog.log_button)
    _confirm_withdrawal(qtbot, dialog)
    assert dialog.link_button is not None
    click(qtbot, dialog.link_button)
    assert open_count(shop) == before + 1
    linked = page.panel.info
    assert linked is not None and linked.linked_to == first
    assert f"no. {first}" in page.panel.clock.text()
    return linked.id


def _other(page: CareHome, request_id: int) -> int:
    ids = [page.model.item(r).request.id for r in range(page.model.rowCount())]
    return next(i for i in ids if i != request_id)


def _confirm_withdrawal(qtbot: QtBot, dialog: object) -> None:
    box = getattr(dialog, "confirm_box", None)
    if box is not None and box.isVisible():
        click(qtbot, dialog.confirm_yes)  # type: ignore[attr-defined]


def finish(
    qtbot: QtBot, shop: Shop, page: CareHome, kind: RequestType, tmp: Path, other: int
) -> None:
    """Carry Lan's request out the way its kind needs (``other``: Minh's request)."""
    panel = page.panel
    info = panel.info
    assert info is not None
    click(qtbot, panel.buttons["start"])
    assert not panel.buttons["start"].isEnabled()
    if kind is RequestType.ACCESS:
        assert not panel.buttons["complete"].isEnabled()  # the data report comes first
        assert panel.buttons["report"].isEnabled()
        assert panel.save_data_report(tmp / "du-lieu.pdf")
        click(qtbot, panel.buttons["complete"])
    elif kind is RequestType.CORRECTION:
        click(qtbot, panel.buttons["correct"])
        form = panel.correction_form
        assert form is not None
        type_into(qtbot, form.name, "Đặng Thị Lan Anh")
        click(qtbot, form.save_button)
        click(qtbot, panel.buttons["complete"])
    elif kind is RequestType.COMPLAINT:
        type_into(qtbot, panel.outcome, "Tin nhắn không phải của cửa hàng")
        click(qtbot, panel.buttons["outcome"])
        assert "Tin nhắn không phải" in panel.summary.text()  # the recorded result, shown
        page.select_request(other)  # Minh's complaint shows none of Lan's result
        assert "Tin nhắn không phải" not in panel.summary.text() and panel.outcome.text() == ""
        page.select_request(info.id)
        click(qtbot, panel.buttons["complete"])
    elif kind is RequestType.WITHDRAWAL:
        click(qtbot, panel.buttons["complete"])
        box = panel.confirm_box
        assert box is not None and box.isVisible() and LAN.name in box.text()
        assert panel.confirm_yes is not None
        click(qtbot, panel.confirm_yes)
    else:
        erase(qtbot, shop, page)
    assert panel.info is not None and panel.info.status is Status.DONE


def erase(qtbot: QtBot, shop: Shop, care: CareHome) -> None:
    """Care sends the deletion up; the director approves and confirms the erasure, naming Lan."""
    panel = care.panel
    assert panel.info is not None
    request_id = panel.info.id
    assert not panel.buttons["complete"].isEnabled()
    click(qtbot, panel.buttons["submit"])
    assert not panel.buttons["submit"].isEnabled()  # not twice
    director = care_page(qtbot, shop, shop.director)
    assert director.select_request(request_id)
    dpanel = director.panel
    assert "Phạm Thu Hà" in dpanel.identity_done.text()  # the check care recorded
    director.activateWindow()
    qtbot.waitUntil(director.isActiveWindow)
    dpanel.buttons["approve"].setFocus()
    qtbot.keyClick(dpanel.buttons["approve"], Qt.Key.Key_Space)  # approved from the keyboard
    assert not dpanel.buttons["approve"].isEnabled()
    assert focused() is dpanel.history  # not the "Complete" button that is now enabled
    click(qtbot, dpanel.buttons["complete"])
    box = dpanel.confirm_box
    assert box is not None and box.isVisible()
    assert LAN.name in box.text() and "cannot be brought back" in box.informativeText()
    box.reject()  # Cancel: nothing happens
    assert shop.services.customers.search_customers(shop.care, LAN.digits)
    click(qtbot, dpanel.buttons["complete"])
    assert dpanel.confirm_yes is not None
    click(qtbot, dpanel.confirm_yes)
    assert shop.services.customers.search_customers(shop.care, LAN.digits) == []
    care.refresh()
    care.select_request(request_id) or care.panel.load(request_id)


def letter_names(qtbot: QtBot, panel: RequestPanel, person: Person, tmp: Path) -> str:
    letter = panel.buttons["letter"]
    assert letter.isEnabled()
    assert panel.save_letter(tmp / "thu.pdf")
    text = pdf_text(tmp / "thu.pdf")
    assert person.name in text, text[:400]
    # The history names the letter by its title, never by the app's key for it ("deleted").
    assert panel.info is not None
    panel.load(panel.info.id)
    lines = [panel.history.item(i).text() for i in range(panel.history.count())]
    printed = [line for line in lines if "Letter printed" in line]
    assert printed, lines
    assert all(line.endswith("”") for line in printed), printed
    return text


@pytest.mark.parametrize("kind", KINDS, ids=[k.value for k in KINDS])
def test_a_request_from_logging_to_the_reply_letter(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path, kind: RequestType
) -> None:
    desk_customer(qtbot, shop, workers, LAN)
    desk_customer(qtbot, shop, workers, MINH)
    page = care_page(qtbot, shop)
    enter_in_the_search_logs_nothing(qtbot, shop, page)
    lan_req = log_request(qtbot, page, LAN, kind, "Chi Lan hoi")
    minh_req = log_request(qtbot, page, MINH, kind, "Anh Minh hoi")
    assert open_count(shop) == 2
    nothing_carried_over(qtbot, page, lan_req, minh_req)
    pause_moves_the_due_date(qtbot, shop, page.panel)
    linked = duplicate_caught(qtbot, shop, page, kind, lan_req)
    page.select_request(lan_req) or page.panel.load(lan_req)
    finish(qtbot, shop, page, kind, tmp_path, minh_req)
    # A closed request offers nothing but the letter (and an access request's report).
    panel = page.panel
    for key in ("identity", "start", "wait", "extend", "refuse", "complete"):
        assert not panel.buttons[key].isEnabled(), key
    text = letter_names(qtbot, panel, LAN, tmp_path)
    if kind is RequestType.DELETION:
        assert LAN.street in text  # the letter can still be posted after the erasure
        closed = shop.services.requests.get_request(shop.director, linked)
        assert not closed.status.is_open  # the erased customer's other request is closed
        assert HistoryKind.CLOSED_BY_ERASURE in [h.kind for h in closed.history]


def test_a_letter_found_late_is_logged_on_the_day_it_came(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    desk_customer(qtbot, shop, workers, LAN)
    desk_customer(qtbot, shop, workers, MINH)
    page = care_page(qtbot, shop)
    dialog = open_dialog(qtbot, page)
    find_with_enter(qtbot, dialog, LAN)
    fill(dialog, RequestType.ACCESS, "thu gui qua buu dien")
    today = dialog.received.date()
    assert dialog.received.maximumDate() == today  # not in the future
    dialog.received.setFocus()
    dialog.received.setDate(today.addDays(-4))
    qtbot.keyClick(dialog.received, Qt.Key.Key_Return)  # Enter in a field: not logged yet
    assert dialog.isVisible() and open_count(shop) == 0
    click(qtbot, dialog.log_button)
    info = page.panel.info
    assert info is not None
    now = shop.services.vault.now()
    assert timedelta(days=3) < now - info.received_at < timedelta(days=5)
    logged_today = log_request(qtbot, page, MINH, RequestType.ACCESS)
    other = shop.services.requests.get_request(shop.care, logged_today)
    assert other.due > info.due  # the clock of the late letter started four days earlier
