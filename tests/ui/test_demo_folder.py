"""The practice folder goes when the demo is killed, and stale ones go at the next start; the
sign-in box with the practice accounts is shown whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from shopprivacy.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from shopprivacy.ui.demo_marking import mark_window
from shopprivacy.ui.login import LoginWindow
from shopprivacy.ui.practice_folder import OWNER, PREFIX, remove_stale
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop

RUN_APP = "import sys; from shopprivacy.app import main; sys.exit(main())"


def _wait_for(check: object, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_killing_the_demo_removes_its_practice_folder(tmp_path: Path, signum: int) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", RUN_APP, "--demo", "--lang", "vi"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        made = lambda: any((f / "demo.sqlite").exists() for f in tmp_path.glob(PREFIX + "*"))  # noqa: E731
        assert _wait_for(made, 120), "the practice shop was never made"
        time.sleep(3)  # most often past the build, into the event loop
        child.send_signal(signum)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert not list(tmp_path.glob(PREFIX + "*"))


def test_a_practice_folder_left_by_a_dead_app_goes_at_the_next_start(tmp_path: Path) -> None:
    dead = tmp_path / (PREFIX + "dead")
    dead.mkdir()
    (dead / "demo.sqlite").write_bytes(b"x")
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    (dead / OWNER).write_text(finished.stdout.strip())
    alive = tmp_path / (PREFIX + "alive")
    alive.mkdir()
    (alive / OWNER).write_text(str(os.getpid()))
    unrelated = tmp_path / "some-other-folder"
    unrelated.mkdir()
    assert remove_stale(tmp_path) == [dead]
    assert alive.exists() and unrelated.exists() and not dead.exists()


def test_the_sign_in_box_with_the_practice_accounts_is_shown_whole(
    qtbot: QtBot, shop: Shop, workers: Workers, vietnamese: object
) -> None:
    login = LoginWindow(shop.auth(), workers)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    mark_window(login, DEMO_ACCOUNTS, DEMO_PASSWORD)
    box = login.findChild(QLabel, "demo_accounts")
    assert box is not None and DEMO_PASSWORD in box.text()
    assert box.isVisible()
    assert box.height() >= box.heightForWidth(box.width())  # every line of the box shows
    assert login.height() >= login.sizeHint().height()
    assert login.sign_in_button.geometry().bottom() <= login.height()
