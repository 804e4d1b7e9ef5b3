from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.settings import IDLE_LOCK_MINUTES
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.main_window import MainWindow
from tests.conftest import DIRECTOR_PASSWORD, Shop
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import sign_in_to_main


def newest_actions(shop: Shop, n: int) -> list[str]:
    return [e.action for e in shop.services.audit.entries(shop.director)][:n]


def test_idle_app_locks_itself_and_asks_the_same_person_to_sign_in_again(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db, idle_ms=300)
    shell.start()
    sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    qtbot.waitUntil(lambda: isinstance(shell.window, LoginWindow), timeout=5_000)
    login = shell.window
    assert isinstance(login, LoginWindow)
    assert login.username.text() == "giamdoc"
    assert login.password.text() == ""
    assert "Locked after a while" in login.notice.text()
    # The keys are gone with the window: nothing keeps the vault open.
    assert shell.services is None and shell.actor is None
    assert newest_actions(shop, 1) == [Action.SCREEN_LOCKED]


def test_typing_keeps_the_app_unlocked(qtbot: QtBot, shop: Shop, make_shell: ShellFactory) -> None:
    shell = make_shell(shop.db, idle_ms=400)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    for _ in range(8):  # 8 × 100 ms: twice the idle time, with a key press every 100 ms
        qtbot.keyClick(window, Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert shell.window is window
    qtbot.waitUntil(lambda: isinstance(shell.window, LoginWindow), timeout=5_000)


def test_the_directors_idle_minutes_set_the_timer(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shop.services.settings.set_int(shop.director, IDLE_LOCK_MINUTES, 7)
    shell = make_shell(shop.db)  # no test interval: the shop's setting applies
    shell.start()
    sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    assert shell.idle.active
    assert shell.idle._timer.interval() == 7 * 60_000


def test_lock_now_and_sign_out_are_recorded_differently(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    window.lock_action.trigger()
    login = shell.window
    assert isinstance(login, LoginWindow)
    assert login.username.text() == "giamdoc"
    assert newest_actions(shop, 1) == [Action.SCREEN_LOCKED]

    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    window.sign_out_action.trigger()
    login = shell.window
    assert isinstance(login, LoginWindow)
    assert login.username.text() == ""  # the next person signs in with their own name
    assert newest_actions(shop, 1) == [Action.SIGNED_OUT]
    assert not shell.idle.active


def test_closing_the_window_signs_out(qtbot: QtBot, shop: Shop, make_shell: ShellFactory) -> None:
    shell = make_shell(shop.db)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    window.close()
    assert isinstance(shell.window, LoginWindow)
    assert newest_actions(shop, 1) == [Action.SIGNED_OUT]


def test_an_open_dialog_is_closed_by_the_lock(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db, idle_ms=300)
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    assert isinstance(window, MainWindow) and window.staff is not None
    window.staff.open_add()
    dialog = window.staff.dialog
    assert dialog is not None and dialog.isVisible()
    seen_when_locked: list[bool] = []
    shell.window_changed.connect(lambda _w: seen_when_locked.append(dialog.isVisible()))
    qtbot.waitUntil(lambda: isinstance(shell.window, LoginWindow), timeout=5_000)
    assert seen_when_locked == [False]
    visible = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert visible == []


def test_quitting_the_app_while_signed_in_records_the_sign_out(
    qtbot: QtBot, shop: Shop, make_shell: ShellFactory
) -> None:
    shell = make_shell(shop.db)
    shell.start()
    sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    shell.end_on_quit()
    assert shell.services is None
    assert newest_actions(shop, 1) == [Action.SIGNED_OUT]
