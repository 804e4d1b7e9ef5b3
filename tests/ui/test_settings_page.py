from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.settings import CLOSE_HOUR, IDLE_LOCK_MINUTES, OPEN_HOUR
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.director.settings import SettingsPage
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.helpers import click, tick, type_into


def settings_screen(qtbot: QtBot, shop: Shop, preferences: Preferences) -> SettingsPage:
    page = SettingsPage(shop.services, shop.director, preferences)
    qtbot.addWidget(page)
    page.show()
    return page


def test_idle_minutes_out_of_range_are_refused_with_the_services_reason(
    qtbot: QtBot, shop: Shop, preferences: Preferences, vietnamese: object
) -> None:
    page = settings_screen(qtbot, shop, preferences)
    assert page.idle_minutes.value() == 5
    page.idle_minutes.setValue(0)
    click(qtbot, page.save_idle)
    assert page.idle_message.text() == (
        "✖ Tự khóa sau số phút không dùng: Hãy chọn một giá trị từ 1 đến 120."
    )
    assert shop.services.settings.get_int(IDLE_LOCK_MINUTES) == 5
    page.idle_minutes.setValue(15)
    click(qtbot, page.save_idle)
    assert page.idle_message.text() == "✔ Đã lưu."
    assert shop.services.settings.get_int(IDLE_LOCK_MINUTES) == 15


def test_shop_profile_is_edited_and_an_empty_name_is_refused(
    qtbot: QtBot, shop: Shop, preferences: Preferences
) -> None:
    page = settings_screen(qtbot, shop, preferences)
    assert page.shop_name.text() == "Công ty TNHH Camera An Khang"
    type_into(qtbot, page.shop_name, "")
    click(qtbot, page.save_shop)
    assert page.shop_message.text() == "✖ Enter the shop's name."
    assert shop.services.shop.profile().name == "Công ty TNHH Camera An Khang"
    type_into(qtbot, page.shop_name, "Camera An Khang Quận 3")
    type_into(qtbot, page.shop_phone, "028 3933 5678")
    click(qtbot, page.save_shop)
    assert page.shop_message.text() == "✔ Saved."
    profile = shop.services.shop.profile()
    assert (profile.name, profile.phone) == ("Camera An Khang Quận 3", "028 3933 5678")


def test_language_choice_is_remembered_for_this_pc(
    qtbot: QtBot, shop: Shop, preferences: Preferences
) -> None:
    page = settings_screen(qtbot, shop, preferences)
    assert page.language.currentData() == "vi"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert preferences.language() == "en"
    assert "next time it starts" in page.language_message.text()


def test_every_shop_rule_has_a_field_and_unchanged_ones_are_not_rewritten(
    qtbot: QtBot, shop: Shop, preferences: Preferences
) -> None:
    from shopprivacy.domain.audit import Action
    from shopprivacy.domain.settings import INT_SETTINGS
    from shopprivacy.services.audit import AuditFilter

    page = settings_screen(qtbot, shop, preferences)
    assert set(page.int_fields) == set(INT_SETTINGS)
    click(qtbot, page.save_idle)
    assert page.idle_message.text() == "Nothing changed."
    changes = shop.services.audit.entries(shop.director, AuditFilter(action=Action.SETTING_CHANGED))
    assert changes == []


def test_opening_hours_changed_together_are_saved_and_a_shop_closing_before_it_opens_is_refused(
    qtbot: QtBot, shop: Shop, preferences: Preferences
) -> None:
    page = settings_screen(qtbot, shop, preferences)
    opens, closes = page.int_fields[OPEN_HOUR.key], page.int_fields[CLOSE_HOUR.key]
    opens.setValue(22)  # saved one at a time, 22 would come before the new closing hour
    closes.setValue(24)
    click(qtbot, page.save_idle)
    assert page.idle_message.text() == "✔ Saved."
    assert shop.services.settings.get_int(OPEN_HOUR) == 22
    closes.setValue(9)  # meant 9 in the evening
    page.idle_minutes.setValue(9)
    click(qtbot, page.save_idle)
    assert "must open before it closes: it now opens at 22 and closes at 9" in (
        page.idle_message.text()
    )
    assert shop.services.settings.get_int(CLOSE_HOUR) == 24
    assert shop.services.settings.get_int(IDLE_LOCK_MINUTES) == 5  # nothing of the lot saved


def test_the_long_settings_page_scrolls_instead_of_making_the_window_taller(
    qtbot: QtBot, shop: Shop, preferences: Preferences, workers: Workers, vietnamese: object
) -> None:
    window = MainWindow(shop.services, shop.director, workers, preferences)
    qtbot.addWidget(window)
    assert window.settings_tab.widget() is window.settings
    window.tabs.setCurrentWidget(window.settings_tab)
    window.show()
    # The page is taller than a 1366×768 screen leaves under the taskbar; its tab is not.
    assert (
        window.settings.sizeHint().height() > 700 > window.settings_tab.minimumSizeHint().height()
    )


def test_the_shop_details_the_policy_names_are_edited_in_settings(
    qtbot: QtBot, shop: Shop, preferences: Preferences
) -> None:
    page = settings_screen(qtbot, shop, preferences)
    extra = page.shop_extra
    type_into(qtbot, extra.hours, "8:00-17:30")
    type_into(qtbot, extra.dp_officer, "Lê Minh Tuấn")
    type_into(qtbot, extra.dp_officer_phone, "0903 555 777")
    tick(qtbot, extra.installs_cameras)
    click(qtbot, page.save_shop)
    assert page.shop_message.text() == "✔ Saved."
    saved = shop.services.shop.profile()
    assert (saved.hours, saved.dp_officer, saved.dp_officer_phone, saved.installs_cameras) == (
        "8:00-17:30",
        "Lê Minh Tuấn",
        "0903 555 777",
        True,
    )
    again = settings_screen(qtbot, shop, preferences)  # shown as saved next time
    assert again.shop_extra.dp_officer.text() == "Lê Minh Tuấn"
    assert again.shop_extra.installs_cameras.isChecked()


def test_the_data_collected_and_kept_are_set_in_settings_and_a_refusal_is_explained(
    qtbot: QtBot, shop: Shop, preferences: Preferences, vietnamese: object
) -> None:
    page = settings_screen(qtbot, shop, preferences)
    rules = page.data_rules
    assert rules.fields[OptionalField.BIRTH_DATE].isChecked()
    click(qtbot, rules.save_button)
    assert rules.message.text() == "Không có gì thay đổi."
    tick(qtbot, rules.fields[OptionalField.BIRTH_DATE])
    rules.months.setValue(36)
    click(qtbot, rules.save_button)
    assert rules.message.text().startswith("✔ Đã lưu.")
    saved = shop.services.customer_rules.rules()
    assert not saved.collects(OptionalField.BIRTH_DATE)
    assert saved.retention_months_without_order == 36
    changes = shop.services.audit.entries(shop.director, AuditFilter(action=Action.SETTING_CHANGED))
    assert len(changes) == 2
