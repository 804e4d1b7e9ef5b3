"""``shopprivacy --smoke-test``: what CI runs against the packaged build, checked here on the
source tree. Run in a child process, as a shop's PC would start the program."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Shop

START = "from shopprivacy.app import main; raise SystemExit(main())"


def _smoke(db: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("SHOPPRIVACY_DB", None)
    return subprocess.run(
        [sys.executable, "-c", START, "--smoke-test", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_smoke_test_on_a_new_database_shows_the_set_up_wizard_and_exits_0(
    tmp_path: Path,
) -> None:
    db = tmp_path / "new" / "shop.db"
    run = _smoke(db, tmp_path / "home")
    assert run.returncode == 0, run.stderr
    assert "window: FirstRunWizard" in run.stdout.splitlines()
    took = [line for line in run.stdout.splitlines() if line.startswith("first window after ")]
    assert len(took) == 1 and took[0].endswith(" s")  # how long the first window took
    assert 0 < float(took[0].split()[3]) < 60
    assert not db.exists() or db.stat().st_size == 0  # looking creates no shop


@pytest.mark.sqlite_only("starts the app on the SQLite file")
def test_smoke_test_on_an_existing_shop_shows_the_sign_in_window(
    shop: Shop, tmp_path: Path
) -> None:
    shop.db.checkpoint()
    run = _smoke(shop.path, tmp_path / "home")
    assert run.returncode == 0, run.stderr
    assert "window: LoginWindow" in run.stdout.splitlines()


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (installed by .ci/run)")
def test_the_app_starts_on_a_real_x_server_with_the_xcb_platform(tmp_path: Path) -> None:
    """Offscreen hides a missing xcb library; a shop's Linux desktop does not (Qt aborts, 134)."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "xcb",
    }
    env.pop("SHOPPRIVACY_DB", None)
    env.pop("DISPLAY", None)
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
         sys.executable, "-c", START, "--smoke-test", "--db", str(tmp_path / "shop.db")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "window: FirstRunWizard" in run.stdout.splitlines()
