"""Tab through every form with the keyboard alone: each press moves on, the fields come in the
order they are seen (down a column, then the next column to the right, the buttons last), and
Tab comes back round to the first field instead of getting stuck anywhere."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.consents import Purpose
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.desk.customer_form import CustomerForm
from shopprivacy.ui.desk.customer_view import CustomerView
from shopprivacy.ui.desk.disclosure_dialog import CustomerDisclosureDialog
from shopprivacy.ui.desk.grant_dialog import GrantDialog
from shopprivacy.ui.desk.order_dialog import OrderDialog
from shopprivacy.ui.director.breaches import BreachesPage
from shopprivacy.ui.director.disclosures import DisclosuresPage
from shopprivacy.ui.director.partners import PartnerDialog, PartnersPage
from shopprivacy.ui.director.staff import StaffAdmin
from shopprivacy.ui.director.staff_dialogs import AddStaffDialog
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.ui.desk_support import open_desk, top_dialog
from tests.ui.helpers import click
from tests.ui.test_policy_tab import open_editor, policy_page

MAX_STOPS = 80


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}({widget.objectName() or getattr(widget, 'text', str)()!r})"


def tab_round(qtbot: QtBot, window: QWidget, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it; every stop on the way."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    qtbot.waitUntil(lambda: focused() is start)
    stops = [start]
    for _ in range(MAX_STOPS):
        here = focused()
        assert here is not None
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        now = focused()
        assert now is not here, f"Tab is trapped in {describe(here)}"
        assert now is not None and now.window() is window, (
            f"Tab left the window at {describe(here)}"
        )
        if now is start:
            return stops
        assert now not in stops, f"Tab goes round without {describe(start)}: {describe(now)}"
        stops.append(now)
    raise AssertionError(f"Tab never comes back to {describe(start)}")


def place(widget: QWidget, window: QWidget) -> tuple[QWidget, QRect]:
    """Where the widget is seen: inside a scrolled area, relative to what scrolls."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            return content, QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
        parent = parent.parentWidget()
    return window, QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def follows(a: QRect, b: QRect) -> bool:
    same_row = abs(a.center().y() - b.center().y()) < max(a.height(), b.height()) // 2
    if same_row:
        return b.left() >= a.left()  # along the row, left to right
    return b.top() > a.top() or b.left() >= a.right()  # down, or up into the next column


def assert_visual_order(window: QWidget, stops: list[QWidget]) -> None:
    places = [place(w, window) for w in stops]
    for ((area_a, a), wa), ((area_b, b), wb) in pairwise(zip(places, stops, strict=True)):
        if area_a is area_b:
            assert follows(a, b), f"Tab goes back from {describe(wa)} {a} to {describe(wb)} {b}"


def walk(qtbot: QtBot, window: QWidget, start: QWidget, must_stop: list[QWidget]) -> None:
    stops = tab_round(qtbot, window, start)
    missing = [describe(w) for w in must_stop if w not in stops]
    assert not missing, f"never reached by Tab: {missing}"
    # The round is read from the stop seen first (top left), wherever the test started it.
    first = min(
        stops, key=lambda w: (w.mapTo(window, QPoint(0, 0)).y(), w.mapTo(window, QPoint(0, 0)).x())
    )
    at = stops.index(first)
    assert_visual_order(window, stops[at:] + stops[:at])


# -- the forms ----------------------------------------------------------------------------------


def customer_form(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    home = open_desk(qtbot, shop, workers)
    click(qtbot, home.new_button)
    form = top_dialog(CustomerForm)
    assert isinstance(form, CustomerForm)
    form.resize(1300, 700)
    form.birth.set_value(form.today.replace(year=form.today.year - 10, day=1))  # guardian shown
    assert form.guardian.isVisible()
    must = [form.name, form.birth.edit, form.source, form.guardian.name, form.guardian.method]
    walk(qtbot, form, form.name, [*must, form.save_button])


def customer_view(qtbot: QtBot, shop: Shop, workers: Workers) -> CustomerView:
    view = CustomerView(shop.services, shop.sales, add(shop).id, workers)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def order_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    view = customer_view(qtbot, shop, workers)
    assert view.orders is not None
    view.tabs.setCurrentWidget(view.orders)
    click(qtbot, view.orders.add_button)
    dialog = top_dialog(OrderDialog)
    assert isinstance(dialog, OrderDialog)
    walk(qtbot, dialog, dialog.sold_on.edit, [dialog.description, dialog.warranty])


def consent_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    view = customer_view(qtbot, shop, workers)
    assert view.consents is not None
    click(qtbot, view.consents.grant_buttons[Purpose.MARKETING_EMAIL])
    dialog = top_dialog(GrantDialog)
    assert isinstance(dialog, GrantDialog)
    walk(qtbot, dialog, first_field(dialog), [])


def disclosure_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    view = CustomerView(shop.services, shop.director, add(shop).id, workers)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    click(qtbot, view.disclosure_button)
    dialog = view.partner_dialog
    assert isinstance(dialog, CustomerDisclosureDialog)
    qtbot.waitExposed(dialog)
    walk(qtbot, dialog, first_field(dialog), [])


def new_request_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    page = CareHome(shop.services, shop.care)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    click(qtbot, page.new_button)
    dialog = page.new_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    walk(qtbot, dialog, dialog.search, [dialog.received.edit, dialog.note, dialog.log_button])


def page_dialog(page: QWidget, button: str, attribute: str) -> Callable[[QtBot], QDialog]:
    def opened(qtbot: QtBot) -> QDialog:
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        click(qtbot, getattr(page, button))
        dialog = getattr(page, attribute)
        assert isinstance(dialog, QDialog)
        qtbot.waitExposed(dialog)
        return dialog

    return opened


def first_field(dialog: QWidget) -> QWidget:
    """A field Tab stops at: the one the dialog focuses on opening, else the first in its chain."""
    widget: QWidget = dialog
    for _ in range(MAX_STOPS):
        widget = widget.nextInFocusChain()
        tabbed = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if tabbed and widget.isVisibleTo(dialog) and widget.isEnabled():
            return widget
    raise AssertionError("no field takes the keyboard")


def staff_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    dialog = page_dialog(StaffAdmin(shop.services, shop.director, workers), "add_button", "dialog")(
        qtbot
    )
    assert isinstance(dialog, AddStaffDialog)
    walk(qtbot, dialog, first_field(dialog), [dialog.username])


def partner_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    dialog = page_dialog(PartnersPage(shop.services, shop.director), "add_button", "dialog")(qtbot)
    assert isinstance(dialog, PartnerDialog)
    fields = [dialog.kind, dialog.name, dialog.reference, dialog.signed.edit]
    walk(qtbot, dialog, first_field(dialog), fields)


def breach_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    page = BreachesPage(shop.services, shop.director, workers)
    dialog = page_dialog(page, "new_button", "dialog")(qtbot)
    walk(qtbot, dialog, first_field(dialog), [])


def director_disclosure_dialog(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    page = DisclosuresPage(shop.services, shop.director, workers)
    dialog = page_dialog(page, "record_button", "dialog")(qtbot)
    walk(qtbot, dialog, first_field(dialog), [])


def policy_publish(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    dialog = open_editor(qtbot, policy_page(qtbot, shop, workers))
    editor = dialog.editor
    walk(qtbot, dialog, editor.text, [editor.label, editor.effective.edit])


FORMS = {
    "customer form": customer_form,
    "order": order_dialog,
    "consent": consent_dialog,
    "new request": new_request_dialog,
    "staff": staff_dialog,
    "partner": partner_dialog,
    "breach": breach_dialog,
    "disclosure at the desk": disclosure_dialog,
    "disclosure register": director_disclosure_dialog,
    "policy publish": policy_publish,
}


@pytest.mark.parametrize("form", FORMS)
def test_tab_goes_through_the_form_in_visual_order_and_comes_back_round(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object, form: str
) -> None:
    FORMS[form](qtbot, shop, workers)
