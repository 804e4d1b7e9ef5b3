"""Customer care's queue: a request logged, worked and answered through the real widgets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shopprivacy.domain.requests import IdentityMethod, RequestType, Status
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.care.queue_model import DUE_SOON_BG, OVERDUE_BG
from tests.conftest import Shop
from tests.services.request_helpers import NAME, customer_with_order, open_request


def care_home(qtbot: QtBot, shop: Shop, director: bool = False) -> CareHome:
    page = CareHome(shop.services, shop.director if director else shop.care)
    qtbot.addWidget(page)
    page.show()
    return page


def test_overdue_in_red_due_soon_in_amber_soonest_first(qtbot: QtBot, shop: Shop) -> None:
    customer = customer_with_order(shop)
    now = shop.services.vault.now()
    later = open_request(shop, RequestType.COMPLAINT, customer.id)
    late = open_request(
        shop, RequestType.DELETION, customer.id, received_at=now - timedelta(days=30)
    )
    soon = open_request(shop, RequestType.ACCESS, customer.id)
    shop.services.requests.acknowledge(shop.care, soon.id)
    shop.services.vault.clock = lambda: soon.complete_due - timedelta(hours=3)
    shop.services.requests.acknowledge(shop.care, later.id)
    page = care_home(qtbot, shop)
    model = page.model
    ids = [model.item(r).request.id for r in range(model.rowCount())]
    assert ids[0] == late.id and set(ids) == {late.id, soon.id, later.id}
    bg = Qt.ItemDataRole.BackgroundRole
    row_of = {i: r for r, i in enumerate(ids)}
    assert model.data(model.index(row_of[late.id], 0), bg).color() == OVERDUE_BG
    assert model.data(model.index(row_of[soon.id], 0), bg).color() == DUE_SOON_BG
    assert model.data(model.index(row_of[late.id], 5)) == "Overdue"  # in words too
    assert model.data(model.index(row_of[soon.id], 5)) == "Due within a day"
    assert NAME in model.data(model.index(0, 1))
    assert "3 open · 1 overdue" in page.counts.text()
    page.overdue_only.setChecked(True)
    assert model.rowCount() == 1


def test_care_logs_a_request_by_finding_the_customer(
    qtbot: QtBot, shop: Shop, vietnamese: object
) -> None:
    customer_with_order(shop)
    page = care_home(qtbot, shop)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.new_dialog
    assert dialog is not None
    dialog.search.setText("Hương")  # typed Vietnamese: QTest only types Latin-1
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert NAME in dialog.customer.currentText()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestType.ACCESS))
    dialog.note.setPlainText("Chị muốn xem dữ liệu")
    dialog.submit()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "Xem dữ liệu cá nhân"
    assert page.panel.info is not None and page.panel.info.summary == "Chị muốn xem dữ liệu"


def test_an_empty_request_is_explained_not_stored(
    qtbot: QtBot, shop: Shop, vietnamese: object
) -> None:
    page = care_home(qtbot, shop)
    page.open_new_request()
    dialog = page.new_dialog
    assert dialog is not None
    dialog.submit()
    assert dialog.error.isVisible() and "Hãy chọn khách hàng" in dialog.error.text()
    assert shop.services.requests.counts(shop.care).open == 0


def test_access_request_worked_to_the_end_with_letter(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.ACCESS, customer.id)
    page = care_home(qtbot, shop)
    assert page.select_request(req.id)
    panel = page.panel
    assert panel.info is not None and panel.info.id == req.id
    # Nothing is handed out before the identity check: the service says why.
    assert not panel.buttons["start"].isEnabled()
    assert not panel.save_data_report(tmp_path / "too-early.pdf")
    assert panel.message.isVisible() and not (tmp_path / "too-early.pdf").exists()
    panel.method.setCurrentIndex(panel.method.findData(IdentityMethod.ID_DOCUMENT))
    qtbot.mouseClick(panel.buttons["identity"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["start"], Qt.MouseButton.LeftButton)
    assert panel.save_data_report(tmp_path / "du-lieu.pdf")
    qtbot.mouseClick(panel.buttons["complete"], Qt.MouseButton.LeftButton)
    assert panel.info.status is Status.DONE
    assert panel.save_letter(tmp_path / "thu.pdf") and (tmp_path / "thu.pdf").stat().st_size > 0
    assert page.model.rowCount() == 0  # closed requests leave the queue


def test_care_sees_no_approve_button_and_director_approves(qtbot: QtBot, shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.DELETION, customer.id)
    requests = shop.services.requests
    requests.record_identity_check(shop.care, req.id, IdentityMethod.CALL_BACK)
    requests.start(shop.care, req.id)
    care_page = care_home(qtbot, shop)
    care_page.select_request(req.id)
    assert care_page.panel.buttons["approve"].isHidden()
    qtbot.mouseClick(care_page.panel.buttons["submit"], Qt.MouseButton.LeftButton)
    complete = care_page.panel.buttons["complete"]
    assert not complete.isEnabled() and "approval" in complete.toolTip()
    director_page = care_home(qtbot, shop, director=True)
    director_page.select_request(req.id)
    qtbot.mouseClick(director_page.panel.buttons["approve"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(director_page.panel.buttons["complete"], Qt.MouseButton.LeftButton)
    assert director_page.panel.confirm_yes is not None
    qtbot.mouseClick(director_page.panel.confirm_yes, Qt.MouseButton.LeftButton)
    assert director_page.panel.info is not None
    assert director_page.panel.info.status is Status.DONE
    assert shop.services.customers.search_customers(shop.care, NAME) == []


def test_refusal_needs_the_reason_typed(qtbot: QtBot, shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.CORRECTION, customer.id)
    page = care_home(qtbot, shop)
    page.select_request(req.id)
    panel = page.panel
    qtbot.mouseClick(panel.buttons["refuse"], Qt.MouseButton.LeftButton)
    assert panel.info is not None and panel.info.status is Status.NEW
    panel.reason.setText("Không xác minh được danh tính")
    qtbot.mouseClick(panel.buttons["refuse"], Qt.MouseButton.LeftButton)
    assert (
        panel.info.status is Status.REFUSED and panel.info.reason == "Không xác minh được danh tính"
    )


def test_correction_through_the_desk_form_keeps_old_and_new(qtbot: QtBot, shop: Shop) -> None:
    customer = customer_with_order(shop)
    req = open_request(shop, RequestType.CORRECTION, customer.id)
    requests = shop.services.requests
    requests.record_identity_check(shop.care, req.id, IdentityMethod.ID_DOCUMENT)
    requests.start(shop.care, req.id)
    page = care_home(qtbot, shop)
    page.select_request(req.id)
    panel = page.panel
    assert panel.buttons["correct"].isVisibleTo(panel)
    qtbot.mouseClick(panel.buttons["correct"], Qt.MouseButton.LeftButton)
    form = panel.correction_form
    assert form is not None and form.name.text() == NAME
    form.name.setText("Đặng Thu Hương")
    form.save()
    assert panel.info is not None
    corrected = [h for h in panel.info.history if h.field == "full_name"]
    assert corrected and (corrected[0].old, corrected[0].new) == (NAME, "Đặng Thu Hương")
    qtbot.mouseClick(panel.buttons["complete"], Qt.MouseButton.LeftButton)
    assert panel.info.status is Status.DONE


def test_complaint_findings_and_outcome_from_the_panel(qtbot: QtBot, shop: Shop) -> None:
    req = open_request(
        shop, RequestType.COMPLAINT, None, requester_name="Vũ Minh Khôi", note="Tin nhắn lạ"
    )
    shop.services.requests.record_identity_check(shop.care, req.id, IdentityMethod.CALL_BACK)
    shop.services.requests.start(shop.care, req.id)
    page = care_home(qtbot, shop)
    page.select_request(req.id)
    panel = page.panel
    panel.note.setText("Đã kiểm tra nhật ký gửi tin")
    qtbot.mouseClick(panel.buttons["finding"], Qt.MouseButton.LeftButton)
    panel.outcome.setText("Không phải tin nhắn của cửa hàng")
    qtbot.mouseClick(panel.buttons["outcome"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["complete"], Qt.MouseButton.LeftButton)
    assert panel.info is not None and panel.info.status is Status.DONE
    texts = [h.text for h in panel.info.history]
    assert "Đã kiểm tra nhật ký gửi tin" in texts and panel.info.outcome
