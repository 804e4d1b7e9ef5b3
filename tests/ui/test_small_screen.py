"""Small shops often run a 1366×768 laptop: under its taskbar and title bar about 700 pixels are
left, and no screen may make the window taller than that (long pages scroll instead)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.domain.staff import Role
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.care.queue_model import URGENCY_COLUMN
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.widgets import MessageLabel
from shopprivacy.ui.window_fit import FRAME
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add

ROOM_ON_A_768_SCREEN = 700


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.SALES, Role.CARE])
def test_every_role_s_window_fits_a_small_laptop_screen(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    preferences: Preferences,
    vietnamese: object,
    role: Role,
) -> None:
    window = MainWindow(shop.services, shop.actor(role), workers, preferences)
    qtbot.addWidget(window)
    window.show()
    assert window.minimumSizeHint().height() < ROOM_ON_A_768_SCREEN


# -- every window and dialog, in Vietnamese (the longer language) -------------------------------

SCREEN_WIDTH = 1366
Factory = Callable[[Shop, Workers, int], QWidget]


def _dialogs() -> dict[str, Factory]:
    from shopprivacy.domain.consents import Purpose
    from shopprivacy.ui.care.new_request import NewRequestDialog
    from shopprivacy.ui.desk.customer_form import CustomerForm
    from shopprivacy.ui.desk.customer_view import CustomerView
    from shopprivacy.ui.desk.export_dialog import ExportDialog
    from shopprivacy.ui.desk.grant_dialog import GrantDialog
    from shopprivacy.ui.desk.import_wizard import ImportWizard
    from shopprivacy.ui.desk.job_sheet_dialog import JobSheetDialog
    from shopprivacy.ui.desk.order_dialog import OrderDialog
    from shopprivacy.ui.desk_enrolment_dialog import DeskEnrolmentDialog
    from shopprivacy.ui.director.breach_dialogs import NewBreachDialog
    from shopprivacy.ui.director.disclosures import RecordDisclosureDialog
    from shopprivacy.ui.director.partners import PartnerDialog
    from shopprivacy.ui.director.policy_purposes import PurposeDialog
    from shopprivacy.ui.director.staff_dialogs import AddStaffDialog
    from shopprivacy.ui.login import LoginWindow
    from shopprivacy.ui.password_dialog import ChangePasswordDialog
    from shopprivacy.ui.recovery_dialog import RecoveryDialog

    s = lambda shop: shop.services  # noqa: E731
    return {
        "login": lambda shop, w, _c: LoginWindow(shop.auth(), w),
        "recovery": lambda shop, w, _c: RecoveryDialog(shop.auth(), w),
        "desk enrolment": lambda shop, w, _c: DeskEnrolmentDialog(shop.auth(), w),
        "change password": lambda shop, w, _c: ChangePasswordDialog(s(shop), shop.sales, w),
        "customer form": lambda shop, _w, _c: CustomerForm(s(shop), shop.sales),
        "customer view": lambda shop, w, c: CustomerView(s(shop), shop.sales, c, w),
        "grant": lambda shop, _w, c: GrantDialog(s(shop), shop.sales, c, Purpose.MARKETING_EMAIL),
        "order": lambda shop, _w, c: OrderDialog(s(shop), shop.sales, c),
        "job sheet": lambda shop, w, c: JobSheetDialog(s(shop), shop.sales, w, c, "Nguyễn Văn An"),
        "export": lambda shop, w, _c: ExportDialog(s(shop), shop.sales, w),
        "import": lambda shop, w, _c: ImportWizard(s(shop), shop.sales, w),
        "new request": lambda shop, _w, _c: NewRequestDialog(s(shop), shop.care),
        "add staff": lambda shop, w, _c: AddStaffDialog(s(shop), shop.director, w),
        "partner": lambda shop, _w, _c: PartnerDialog(s(shop), shop.director),
        "purpose": lambda shop, _w, _c: PurposeDialog(s(shop), shop.director),
        "disclosure": lambda shop, _w, _c: RecordDisclosureDialog(s(shop), shop.director),
        "breach": lambda shop, w, _c: NewBreachDialog(s(shop), shop.director, w),
    }


@pytest.mark.parametrize("name", list(_dialogs()))
def test_every_dialog_fits_a_1366_by_768_screen_in_vietnamese(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object, name: str
) -> None:
    customer = add(shop, email="an@gmail.com").id
    dialog = _dialogs()[name](shop, workers, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    needed = dialog.minimumSizeHint()
    assert needed.height() < ROOM_ON_A_768_SCREEN and needed.width() <= SCREEN_WIDTH
    assert dialog.height() < ROOM_ON_A_768_SCREEN and dialog.width() <= SCREEN_WIDTH


@pytest.fixture
def role_window(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    preferences: Preferences,
    vietnamese: object,
    role: Role,
) -> MainWindow:
    """The signed-in window of ``role``, shown, in Vietnamese."""
    window = MainWindow(shop.services, shop.actor(role), workers, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.SALES, Role.CARE])
def test_every_tab_of_every_role_fits_a_small_laptop_screen(
    qtbot: QtBot, role_window: MainWindow, role: Role
) -> None:
    window = role_window
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert window.minimumSizeHint().height() < ROOM_ON_A_768_SCREEN, window.tabs.tabText(index)
        assert window.minimumSizeHint().width() <= SCREEN_WIDTH, window.tabs.tabText(index)


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.SALES, Role.CARE])
def test_a_long_message_does_not_push_the_window_past_the_screen_s_bottom(
    qtbot: QtBot, role_window: MainWindow, role: Role
) -> None:
    window = role_window
    labels = window.home.findChildren(MessageLabel)
    assert labels
    for label in labels:
        label.show_error("Một thông báo rất dài về sao lưu và nhật ký hoạt động " * 40)
    assert window.height() <= window.screen().availableGeometry().height() - FRAME


def test_a_window_opens_where_it_was_left_on_this_pc(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences
) -> None:
    first = MainWindow(shop.services, shop.care, workers, preferences)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 450)
    first.close_for_session_end()
    again = MainWindow(shop.services, shop.care, workers, preferences)
    qtbot.addWidget(again)
    assert again.height() == 450
    other_role = MainWindow(shop.services, shop.sales, workers, preferences)
    qtbot.addWidget(other_role)
    assert other_role.height() != 450  # each role's window has its own place


def test_the_overdue_column_is_in_view_on_a_1366_pixel_screen(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences, vietnamese: object
) -> None:
    window = MainWindow(shop.services, shop.care, workers, preferences)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, ROOM_ON_A_768_SCREEN)
    window.show()
    qtbot.waitExposed(window)
    care = window.home
    assert isinstance(care, CareHome)
    header = care.table.horizontalHeader()
    right_edge = header.sectionViewportPosition(URGENCY_COLUMN) + header.sectionSize(URGENCY_COLUMN)
    assert header.sectionViewportPosition(URGENCY_COLUMN) >= 0
    assert right_edge <= care.table.viewport().width()
