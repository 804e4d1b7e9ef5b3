import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from shopprivacy.domain.errors import AccountLocked, AuthenticationError
from shopprivacy.domain.staff import Role
from shopprivacy.ui.director.staff import StaffAdmin
from shopprivacy.ui.director.staff_dialogs import AddStaffDialog, ResetPasswordDialog
from shopprivacy.ui.workers import Workers
from tests.conftest import CARE_PASSWORD, Shop
from tests.ui.helpers import click, type_into

NEW_PASSWORD = "Den-long#Pho-co-2026"


def staff_screen(qtbot: QtBot, shop: Shop, workers: Workers) -> StaffAdmin:
    page = StaffAdmin(shop.services, shop.director, workers)
    qtbot.addWidget(page)
    page.show()
    return page


def usernames(page: StaffAdmin) -> list[str]:
    return [info.username for info in page.model.rows]


def test_director_sees_every_account_with_its_role_and_state(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    page = staff_screen(qtbot, shop, workers)
    model = page.model
    assert usernames(page) == ["banhang1", "cskh1", "giamdoc"]
    row = usernames(page).index("cskh1")
    assert model.data(model.index(row, 1)) == "Phạm Thu Hà"
    assert model.data(model.index(row, 2)) == "Chăm sóc khách hàng"
    assert model.data(model.index(row, 3)) == "Đang hoạt động (phải đổi mật khẩu)"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Tên đăng nhập"


def test_director_adds_a_care_account_that_must_change_its_password(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = staff_screen(qtbot, shop, workers)
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, AddStaffDialog)
    type_into(qtbot, dialog.username, "cskh2")
    type_into(qtbot, dialog.full_name, "Đỗ Minh Thư")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CARE))
    type_into(qtbot, dialog.passwords.password, NEW_PASSWORD)
    type_into(qtbot, dialog.passwords.repeat, NEW_PASSWORD)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: "cskh2" in usernames(page), timeout=10_000)
    assert page.message.text() == "✔ Account cskh2 added."
    assert page.selected() is not None and page.selected().username == "cskh2"
    signed = shop.auth().sign_in("cskh2", NEW_PASSWORD)
    assert signed.actor.role is Role.CARE and signed.must_change_password


def test_a_taken_login_name_is_refused_inline_and_the_form_is_kept(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    page = staff_screen(qtbot, shop, workers)
    page.open_add()
    dialog = page.dialog
    assert isinstance(dialog, AddStaffDialog)
    type_into(qtbot, dialog.username, "banhang1")
    type_into(qtbot, dialog.full_name, "Ngô Văn Tài")
    type_into(qtbot, dialog.passwords.password, NEW_PASSWORD)
    type_into(qtbot, dialog.passwords.repeat, NEW_PASSWORD)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.buttons.isEnabled())
    assert dialog.message.text() == "✖ Tên đăng nhập banhang1 đã có người dùng."
    assert dialog.isVisible() and dialog.full_name.text() == "Ngô Văn Tài"
    assert usernames(page) == ["banhang1", "cskh1", "giamdoc"]


def test_deactivating_asks_first_and_then_the_account_opens_nothing(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = staff_screen(qtbot, shop, workers)
    page.select_username("banhang1")
    click(qtbot, page.deactivate_button)
    box = page.confirm
    assert isinstance(box, QMessageBox) and "Deactivate banhang1?" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.No))  # changed their mind
    assert shop.services.staff.list_staff(shop.director)[0].active

    page.select_username("banhang1")
    click(qtbot, page.deactivate_button)
    assert page.confirm is not None
    click(qtbot, page.confirm.button(QMessageBox.StandardButton.Yes))
    assert page.message.text() == "✔ Account banhang1 deactivated."
    row = usernames(page).index("banhang1")
    assert page.model.data(page.model.index(row, 3)) == "Deactivated"
    assert not page.deactivate_button.isEnabled() and not page.reset_button.isEnabled()


def test_director_cannot_deactivate_themself_from_the_screen(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = staff_screen(qtbot, shop, workers)
    page.select_username("giamdoc")
    assert not page.deactivate_button.isEnabled()
    assert page.reset_button.isEnabled()


def test_director_unlocks_a_locked_account(qtbot: QtBot, shop: Shop, workers: Workers) -> None:
    auth = shop.auth()
    for _ in range(5):
        with contextlib.suppress(AuthenticationError):
            auth.sign_in("cskh1", "wrong-password-xyz")
    try:
        auth.sign_in("cskh1", CARE_PASSWORD)
        raise AssertionError("should be locked")
    except AccountLocked:
        pass
    page = staff_screen(qtbot, shop, workers)
    page.select_username("cskh1")
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 3)) == "Locked"
    click(qtbot, page.unlock_button)
    assert page.message.text() == "✔ Account cskh1 unlocked."
    assert not page.unlock_button.isEnabled()
    assert auth.sign_in("cskh1", CARE_PASSWORD).actor.username == "cskh1"


def test_reset_password_shows_policy_reasons_then_sets_a_temporary_password(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = staff_screen(qtbot, shop, workers)
    page.select_username("cskh1")
    click(qtbot, page.reset_button)
    dialog = page.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    # Her own name (Phạm Thu Hà), typed without accents, is refused while typing.
    type_into(qtbot, dialog.passwords.password, "phamthuha-2026")
    assert "Do not build the password from your name" in dialog.passwords.hints.text()
    type_into(qtbot, dialog.passwords.password, NEW_PASSWORD)
    type_into(qtbot, dialog.passwords.repeat, NEW_PASSWORD)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    qtbot.waitUntil(
        lambda: page.message.text() == "✔ A new password is set for cskh1.", timeout=10_000
    )
    signed = shop.auth().sign_in("cskh1", NEW_PASSWORD)
    assert signed.must_change_password
