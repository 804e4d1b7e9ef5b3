import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from shopprivacy.app import build_app
from shopprivacy.ui.crash import install_excepthook, show_plainly
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.shell import Shell
from shopprivacy.ui.wizard import FirstRunWizard
from tests.conftest import Shop

Built = list[Shell]


@pytest.fixture
def started(qapp: QApplication) -> Iterator[Built]:
    """Shells built by build_app, taken down after the test (the QApplication is shared)."""
    shells: Built = []
    yield shells
    for shell in shells:
        if shell.window is not None:
            shell.window.hide()
            shell.window.deleteLater()
        if shell.translator is not None:
            qapp.removeTranslator(shell.translator)
        shell.db.dispose()
        shell.setParent(None)


def start(started: Built, *args: str) -> Shell:
    _app, shell = build_app(["shopprivacy", *args])
    started.append(shell)
    return shell


def test_fresh_pc_starts_the_wizard_on_the_default_database_without_blocking(
    started: Built,
) -> None:
    shell = start(started)
    assert isinstance(shell.window, FirstRunWizard)
    assert shell.window.isVisible()
    expected = Path(os.environ["XDG_DATA_HOME"]) / "shopprivacy" / "shopprivacy.db"
    assert shell.db.path == expected
    assert shell.window.windowTitle() == "ShopPrivacy — thiết lập cửa hàng"  # Vietnamese first


def test_an_existing_shop_starts_at_the_login_screen(started: Built, shop: Shop) -> None:
    shell = start(started, "--db", str(shop.path), "--lang", "en")
    assert isinstance(shell.window, LoginWindow)
    assert shell.window.windowTitle() == "ShopPrivacy — sign in"


def test_database_from_the_environment(
    started: Built, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOPPRIVACY_DB", str(shop.path))
    shell = start(started)
    assert isinstance(shell.window, LoginWindow)


def test_language_is_remembered_on_this_pc(started: Built, tmp_path: Path) -> None:
    start(started, "--db", str(tmp_path / "a.db"), "--lang", "en")
    shell = start(started, "--db", str(tmp_path / "b.db"))
    assert shell.language == "en"
    assert (
        shell.window is not None and shell.window.windowTitle() == "ShopPrivacy — set up the shop"
    )
    shell = start(started, "--db", str(tmp_path / "c.db"), "--lang", "vi")
    assert shell.language == "vi"


def test_the_app_font_has_the_vietnamese_letters(started: Built, tmp_path: Path) -> None:
    start(started, "--db", str(tmp_path / "a.db"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert QFontInfo(app.font()).family() == "Be Vietnam Pro"


def test_an_unexpected_error_shows_a_plain_message_and_leaks_nothing(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[str] = []

    def close_box() -> None:
        box = qapp.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()

    QTimer.singleShot(0, close_box)
    try:
        raise ValueError("Nguyễn Văn An 0903123456")  # personal data in an exception message
    except ValueError as exc:
        show_plainly(type(exc), exc, exc.__traceback__)
    assert seen and "Something went wrong" in seen[0]
    assert "Nguyễn" not in seen[0]
    err = capsys.readouterr().err
    assert "ValueError" in err and "test_app.py" in err
    assert "Nguyễn" not in err and "0903123456" not in err


def test_the_hook_is_installed_and_can_be_put_back() -> None:
    previous = install_excepthook()
    try:
        assert sys.excepthook is show_plainly
    finally:
        install_excepthook(previous)


def test_uv_run_shopprivacy_entry_point_is_main() -> None:
    from importlib.metadata import entry_points

    (ep,) = [e for e in entry_points(group="gui_scripts") if e.name == "shopprivacy"]
    assert ep.value == "shopprivacy.app:main"


def test_the_shopprivacy_command_starts_and_keeps_running(tmp_path: Path) -> None:
    """`uv run shopprivacy` on a fresh PC: the installed command shows the wizard and waits."""
    import subprocess
    import time

    command = Path(sys.executable).parent / "shopprivacy"
    assert command.exists(), "the gui-script is not installed (uv sync)"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("SHOPPRIVACY_DB", None)
    proc = subprocess.Popen(
        [str(command)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        time.sleep(4)
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert "Traceback" not in err
    # Nothing is created before the wizard is finished.
    assert not (tmp_path / "data" / "shopprivacy" / "shopprivacy.db").exists()
