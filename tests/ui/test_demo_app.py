"""``shopprivacy --demo``: a practice shop in a temporary folder, DEMO on every window, the
practice accounts on the sign-in screen, and nothing left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from shopprivacy import app as app_module
from shopprivacy.app import build_app, parse_args
from shopprivacy.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from shopprivacy.ui.care.home import CareHome
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.shell import Shell
from tests.conftest import MemoryKeyring
from tests.ui.helpers import sign_in_to_main


@pytest.fixture
def demo_shell(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Shell]:
    monkeypatch.setattr(app_module, "DEMO_CUSTOMERS", 20)
    _app, shell = build_app(["shopprivacy", "--demo"])
    yield shell
    if shell.window is not None:
        shell.window.hide()
        shell.window.deleteLater()
    if shell.translator is not None:
        qapp.removeTranslator(shell.translator)
    shell.db.dispose()
    shell.setParent(None)


def test_demo_is_refused_together_with_a_real_database(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        parse_args(["--demo", "--db", str(tmp_path / "shop.db")])
    assert info.value.code == 2


def test_demo_opens_a_practice_shop_in_a_temporary_folder_marked_demo(
    demo_shell: Shell, memory_keyring: MemoryKeyring
) -> None:
    path = demo_shell.db.path
    assert path is not None and path.parent.name.startswith("shopprivacy-demo-")
    default = Path(os.environ["XDG_DATA_HOME"]) / "shopprivacy"
    assert default not in path.parents
    assert demo_shell.auth.is_demo()
    login = demo_shell.window
    assert isinstance(login, LoginWindow)
    assert login.windowTitle().startswith("DEMO")
    shown = login.findChild(QLabel, "demo_accounts")
    assert shown is not None and shown.isVisible()
    for account in DEMO_ACCOUNTS:
        assert account.username in shown.text()
    assert DEMO_PASSWORD in shown.text()
    assert not memory_keyring.store  # the PC's keyring is never touched


def test_care_signs_in_with_the_shown_account_and_the_window_says_demo(
    qtbot: QtBot, demo_shell: Shell
) -> None:
    window = sign_in_to_main(qtbot, demo_shell, "cskh", DEMO_PASSWORD)
    assert window.windowTitle().startswith("DEMO")
    assert isinstance(window.home, CareHome)


RUN_APP = "import sys; from shopprivacy.app import main; sys.exit(main())"


def test_closing_the_demo_deletes_its_folder(tmp_path: Path) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RUN_APP, "--demo", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "window: LoginWindow" in done.stdout
    assert not list(tmp_path.glob("shopprivacy-demo-*"))
