"""One customer's screen: opening is audited, consents start empty, granting records how and
what was said, opting out is one click, orders set the retention date, printing is audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentMethod, Purpose
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.desk.grant_dialog import GrantDialog
from shopprivacy.ui.desk.order_dialog import OrderDialog
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add, grant, policy
from tests.ui.desk_support import open_desk, top_dialog
from tests.ui.helpers import click, type_into

EMAIL = Purpose.MARKETING_EMAIL


def open_view(qtbot: QtBot, shop: Shop, workers: Workers, customer_id: int) -> CustomerView:
    home = open_desk(qtbot, shop, workers)
    view = home.open_customer(customer_id)
    qtbot.waitExposed(view)
    return view


def audited(shop: Shop, action: Action) -> list[tuple[str | None, int | None]]:
    entries = shop.services.audit.entries(shop.director, AuditFilter(action=action))
    return [(e.target_id, e.staff_id) for e in entries]


def test_a_new_customers_consents_start_with_nothing_granted(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    view = open_view(qtbot, shop, workers, add(shop).id)
    panel = view.consents
    assert panel is not None
    for purpose in Purpose:
        assert panel.state_labels[purpose].text() == "— Not asked / not agreed"
        assert not panel.opt_out_buttons[purpose].isVisibleTo(panel)
        assert panel.grant_buttons[purpose].isVisibleTo(panel)
    assert panel.history.rowCount() == 0


def test_granting_asks_how_and_records_what_was_told_and_the_policy_version(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    version = policy(shop)
    made = add(shop)
    view = open_view(qtbot, shop, workers, made.id)
    assert view.consents is not None
    view.tabs.setCurrentWidget(view.consents)
    click(qtbot, view.consents.grant_buttons[EMAIL])
    dialog = top_dialog(GrantDialog)
    assert isinstance(dialog, GrantDialog)
    click(qtbot, dialog.save_button)  # how it was given is not chosen for the user
    assert dialog.message.text() == "✖ Choose how the customer agreed."
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.SIGNED_FORM.value))
    type_into(qtbot, dialog.told_frequency, "Once a month")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.consents is not None and view.consents.history.rowCount() == 1)
    record = shop.services.customers.get_customer(shop.sales, made.id).consents[0]
    assert record.granted and record.method is ConsentMethod.SIGNED_FORM
    assert record.policy_version_id == version
    assert record.notice is not None and record.notice.frequency == "Once a month"
    assert view.consents.state_labels[EMAIL].text().startswith("✔ Agreed")


def test_an_empty_notice_is_refused_with_the_services_reason(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    policy(shop)
    view = open_view(qtbot, shop, workers, add(shop).id)
    assert view.consents is not None
    click(qtbot, view.consents.grant_buttons[Purpose.MARKETING_ZALO])
    dialog = top_dialog(GrantDialog)
    assert isinstance(dialog, GrantDialog)
    dialog.method.setCurrentIndex(1)
    type_into(qtbot, dialog.told_channel, "")
    click(qtbot, dialog.save_button)
    assert "Record what the customer was told" in dialog.message.text()
    assert not any(shop.services.consents.consent_state(shop.sales, view.customer_id).values())


def test_without_a_privacy_policy_no_consent_can_be_recorded(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    view = open_view(qtbot, shop, workers, add(shop).id)
    assert view.consents is not None
    click(qtbot, view.consents.grant_buttons[EMAIL])
    dialog = top_dialog(GrantDialog)
    assert isinstance(dialog, GrantDialog)
    assert not dialog.save_button.isEnabled() and "privacy policy" in dialog.message.text()


def test_opt_out_is_one_click_and_in_force_at_once(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    made = add(shop)
    grant(shop, made.id, EMAIL)
    grant(shop, made.id, Purpose.MARKETING_PHONE)
    view = open_view(qtbot, shop, workers, made.id)
    panel = view.consents
    assert panel is not None
    panel.asked_by.setCurrentIndex(panel.asked_by.findData(ConsentMethod.PHONE.value))
    click(qtbot, panel.opt_out_buttons[EMAIL])
    state = shop.services.consents.consent_state(shop.sales, made.id)
    assert state[EMAIL] is False and state[Purpose.MARKETING_PHONE] is True
    assert panel.message.text().startswith("✔ Marketing by email: opted out")
    assert panel.state_labels[EMAIL].text().startswith("✖ Opted out")
    assert not panel.opt_out_buttons[EMAIL].isVisibleTo(panel)
    newest = shop.services.customers.get_customer(shop.sales, made.id).consents[0]
    assert (newest.purpose, newest.granted, newest.method) == (EMAIL, False, ConsentMethod.PHONE)
    assert panel.history.rowCount() == 3  # both grants and the opt-out: nothing overwritten


def test_care_can_opt_out_but_not_edit_or_add_orders(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    made = add(shop)
    grant(shop, made.id, EMAIL)
    home = open_desk(qtbot, shop, workers, shop.care)
    view = home.open_customer(made.id)
    assert view.consents is not None and view.orders is not None
    assert not view.edit_button.isVisibleTo(view)
    assert not view.orders.add_button.isVisibleTo(view.orders)
    click(qtbot, view.consents.opt_out_buttons[EMAIL])
    assert shop.services.consents.consent_state(shop.care, made.id)[EMAIL] is False


def test_adding_an_order_shows_it_and_the_retention_date_it_sets(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    made = add(shop)
    view = open_view(qtbot, shop, workers, made.id)
    assert view.orders is not None
    view.tabs.setCurrentWidget(view.orders)
    click(qtbot, view.orders.add_button)
    dialog = top_dialog(OrderDialog)
    assert isinstance(dialog, OrderDialog)
    click(qtbot, dialog.save_button)
    assert dialog.errors["description"].text() == "✖ Write what was sold or installed."
    type_into(qtbot, dialog.description, "Lắp 4 camera, đầu ghi 1 TB")
    dialog.sold_on.setDate(QDate(2026, 3, 15))
    dialog.warranty.setValue(60)  # ends after the shop's 24 months: it sets the date
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.orders is not None and view.orders.table.rowCount() == 1)
    cells = [view.orders.table.item(0, c).text() for c in range(4)]
    assert cells == ["15/03/2026", "Lắp 4 camera, đầu ghi 1 TB", "60 months", "15/03/2031"]
    assert "15/03/2031" in view.orders.retention.text()
    saved = shop.services.customers.get_customer(shop.sales, made.id)
    assert saved.retention_until == date(2031, 3, 15)


def test_opening_is_audited_and_the_card_saved_as_pdf_is_audited_as_a_print(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    made = add(shop)
    view = open_view(qtbot, shop, workers, made.id)
    assert audited(shop, Action.CUSTOMER_VIEWED)[0] == (str(made.id), shop.sales.staff_id)
    with qtbot.waitSignal(view.printer.finished, timeout=30_000):
        view.save_pdf(tmp_path / "the-card")
    out = tmp_path / "the-card.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert view.printer.message.text() == "✔ The customer card was saved: the-card.pdf"
    assert audited(shop, Action.CUSTOMER_PRINTED)[0] == (str(made.id), shop.sales.staff_id)
