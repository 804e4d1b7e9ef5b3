import sqlite3

from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.vault import Vault
from shopprivacy.ui.director.home import DirectorHome
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop


def overview(qtbot: QtBot, services: Services, shop: Shop, workers: Workers) -> DirectorHome:
    page = DirectorHome(services, shop.director, workers)
    qtbot.addWidget(page)
    page.show()
    return page


def test_overview_counts_active_staff_per_role(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    shop.services.staff.deactivate(shop.director, shop.sales.staff_id)
    page = overview(qtbot, shop.services, shop, workers)
    text = page.staff_counts.text()
    assert "Tài khoản đang hoạt động: 2" in text
    assert "Giám đốc: 1" in text and "Bán hàng: 0" in text and "Chăm sóc khách hàng: 1" in text


def test_verify_reports_a_whole_log_with_its_head_and_is_itself_logged(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = overview(qtbot, shop.services, shop, workers)
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=10_000)
    result = page.last_result
    assert result is not None and result.ok
    assert page.audit_state.text() == (
        f"✔ Audit log is whole: {result.checked} entries, head hash {result.head_hash}"
    )
    assert page.verify_button.isEnabled()

    # No earlier check to start from: the overview's quick check left it to this one.
    logged = shop.services.audit.entries(shop.director, AuditFilter(action=Action.AUDIT_VERIFIED))
    assert len(logged) == 1 and logged[0].detail["ok"] is True


def test_the_overview_checks_the_entries_since_the_last_check_at_sign_in(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    shop.services.audit.verify(shop.director)  # a point found whole
    page = overview(qtbot, shop.services, shop, workers)
    assert page.audit_state.text().startswith("✔")
    assert "since the last check are whole" in page.audit_state.text()
    [quick] = [
        e for e in shop.services.audit.entries(
            shop.director, AuditFilter(action=Action.AUDIT_VERIFIED)
        ) if e.detail.get("since") is not None
    ]
    assert quick.detail["ok"] is True


def test_verify_names_the_first_broken_entry_in_words_not_only_colour(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    shop.db.dispose()
    with sqlite3.connect(shop.path) as raw:
        raw.execute("UPDATE audit_log SET target_id = 'x' WHERE seq = 3")
    page = overview(qtbot, shop.services, shop, workers)
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=10_000)
    text = page.audit_state.text()
    assert text.startswith("✖ BỊ HỎNG")
    assert "Mục hỏng đầu tiên: số 3 (mục này đã bị sửa sau khi ghi)" in text
    assert "#b00020" in page.audit_state.styleSheet()


def test_security_panel_says_whether_this_pc_protects_the_database(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    page = overview(qtbot, shop.services, shop, workers)
    assert page.security_state.text().startswith("✔ Protected by this PC's key store")
    v = shop.services.vault
    bare = Services(Vault(v.db, v.keys, v.vault_id, device_protected=False))
    page = overview(qtbot, bare, shop, workers)
    assert "has no secure key store" in page.security_state.text()
    # This PC has one, but another desk was added without: the file opens anywhere.
    elsewhere = Vault(v.db, v.keys, v.vault_id, device_protected=True, open_anywhere=True)
    page = overview(qtbot, Services(elsewhere), shop, workers)
    assert "opens on any PC with a valid password" in page.security_state.text()


def test_the_director_reaches_customers_and_the_request_queue_from_tabs(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences
) -> None:
    from shopprivacy.ui.main_window import MainWindow

    window = MainWindow(shop.services, shop.director, workers, preferences)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:3] == ["Home", "Customers", "Requests"]
    for actor in (shop.sales, shop.care):
        other = MainWindow(shop.services, actor, workers, preferences)
        qtbot.addWidget(other)
        assert other.customers is None and other.requests is None
    workers.wait()


def test_the_overview_names_a_log_rewritten_since_the_last_check(
    qtbot: QtBot, shop: Shop, workers: Workers
) -> None:
    shop.services.audit.verify(shop.director)
    point = shop.services.audit.head()[0]
    shop.db.dispose()
    with sqlite3.connect(shop.path) as raw:
        raw.execute("DELETE FROM audit_log WHERE seq >= ?", (point,))
    page = overview(qtbot, shop.services, shop, workers)
    assert "BROKEN" in page.audit_state.text()
