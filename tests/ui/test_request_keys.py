"""Keys and focus where one slip used to cost data: Enter in a field never saves a dialog
(Ctrl+Enter or the button does), the keyboard never rests on "Opt out" after a consent is
recorded, and the director keeps the deadline table within the law."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shopprivacy.domain.consents import ConsentMethod, Purpose
from shopprivacy.domain.deadlines import LEGAL_MAXIMA, DeadlineGroup
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.desk.disclosure_dialog import CustomerDisclosureDialog
from shopprivacy.ui.desk.grant_dialog import GrantDialog
from shopprivacy.ui.director.deadline_table import DeadlineTableBox
from shopprivacy.ui.director.disclosures import DisclosuresPage, RecordDisclosureDialog
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import policy
from tests.ui.desk_support import open_desk, top_dialog
from tests.ui.helpers import click, type_into
from tests.ui.request_journey import LAN, desk_customer

EMAIL = Purpose.MARKETING_EMAIL


def customer_view(qtbot: QtBot, shop: Shop, workers: Workers) -> CustomerView:
    customer_id = desk_customer(qtbot, shop, workers, LAN)
    home = open_desk(qtbot, shop, workers)
    view = home.open_customer(customer_id)
    qtbot.waitExposed(view)
    view.activateWindow()
    return view


def test_after_recording_a_consent_the_keyboard_is_not_on_opt_out(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    policy(shop)  # the shop's privacy policy (no screen records it yet)
    view = customer_view(qtbot, shop, workers)
    panel = view.consents
    assert panel is not None
    view.tabs.setCurrentWidget(panel)
    grant = panel.grant_buttons[EMAIL]
    grant.setFocus()
    qtbot.keyClick(grant, Qt.Key.Key_Space)  # a keyboard user opens it
    dialog = top_dialog(GrantDialog)
    assert isinstance(dialog, GrantDialog)
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.SIGNED_FORM.value))
    type_into(qtbot, dialog.told_frequency, "Once a month")
    qtbot.keyClick(dialog.told_frequency, Qt.Key.Key_Return)  # Enter in a field: not saved
    assert dialog.isVisible() and panel.history.rowCount() == 0
    qtbot.keyClick(dialog.told_frequency, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.history.rowCount() == 1)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.history)
    assert QApplication.focusWidget() not in panel.opt_out_buttons.values()
    qtbot.keyClick(panel.history, Qt.Key.Key_Return)  # the Enter that used to withdraw it
    details = shop.services.customers.get_customer(shop.sales, view.customer_id)
    assert details.consent_state.get(EMAIL) is True


def test_enter_in_the_disclosure_form_does_not_record_ctrl_enter_does(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    view = customer_view(qtbot, shop, workers)
    click(qtbot, view.disclosure_button)
    dialog = top_dialog(CustomerDisclosureDialog)
    assert isinstance(dialog, CustomerDisclosureDialog)
    type_into(qtbot, dialog.purpose, "lap dat camera")
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.message.isVisible()  # nothing was tried
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # With no partner registered the service path answers: Ctrl+Enter did try to record.
    assert dialog.message.isVisible() and "partner" in dialog.message.text()


def test_director_shortens_a_deadline_but_cannot_pass_the_law(qtbot: QtBot, shop: Shop) -> None:
    box = DeadlineTableBox(shop.services, shop.director)
    qtbot.addWidget(box)
    box.show()
    complete = box.spins[(DeadlineGroup.PROVIDE, "complete_days")]
    law = LEGAL_MAXIMA[DeadlineGroup.PROVIDE].complete_days
    assert complete.maximum() == law and law.__str__() in complete.toolTip()
    complete.selectAll()
    qtbot.keyClicks(complete, str(law + 5))  # typed past the maximum: the box keeps the law's
    assert complete.value() <= law
    complete.setValue(7)
    click(qtbot, box.save_button)
    assert box.message.text().startswith("✔")
    assert shop.services.requests.deadline_table()[DeadlineGroup.PROVIDE].complete_days == 7
    care = DeadlineTableBox(shop.services, shop.care)
    qtbot.addWidget(care)
    care.spins[(DeadlineGroup.PROVIDE, "complete_days")].setValue(5)
    click(qtbot, care.save_button)  # the service refuses anyone but the director
    assert care.message.text().startswith("✖")
    assert shop.services.requests.deadline_table()[DeadlineGroup.PROVIDE].complete_days == 7


def test_enter_in_the_directors_disclosure_search_searches_only(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    desk_customer(qtbot, shop, workers, LAN)
    page = DisclosuresPage(shop.services, shop.director, workers)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.record_button)
    dialog = page.dialog
    assert isinstance(dialog, RecordDisclosureDialog)
    type_into(qtbot, dialog.search, LAN.digits)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.found.count() == 1 and LAN.name in dialog.found.item(0).text()
    # Recording was not tried: with no partner registered it would have said so.
    assert dialog.isVisible() and not dialog.message.isVisible()
