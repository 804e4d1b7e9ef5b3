"""The practice shop's temporary folder: made fresh for each demo, removed when the app ends —
closed, interrupted (Ctrl+C) or killed (SIGTERM) — and, should the app die without a word
(power cut, SIGKILL), removed at the next start.

Each folder holds the id of the process using it; a folder whose process is gone is stale."""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QCoreApplication, QTimer

PREFIX = "shopprivacy-demo-"
OWNER = "owner.pid"
TICK_MS = 250


def new_practice_folder(base: Path | None = None) -> Path:
    """A new empty folder for a practice shop; stale ones left by earlier runs go first."""
    remove_stale(base)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=base))
    (folder / OWNER).write_text(str(os.getpid()), encoding="ascii")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)  # even if Qt never quits cleanly
    stop_on_signals(folder)
    return folder


def remove_stale(base: Path | None = None) -> list[Path]:
    """Remove the practice folders whose process has ended; returns those removed."""
    removed = []
    for folder in Path(base or tempfile.gettempdir()).glob(PREFIX + "*"):
        if folder.is_dir() and not _owner_alive(folder):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed


def _owner_alive(folder: Path) -> bool:
    try:
        pid = int((folder / OWNER).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return False  # from before owners were written, or half made: nobody uses it
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        # os.kill cannot ask Windows whether a process lives; a folder in use cannot be
        # deleted there (the database is open), so rmtree leaves a live one alone.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process with that id
    return True


def stop_on_signals(folder: Path) -> None:
    """Ctrl+C and SIGTERM (a desktop session ending, ``kill``) remove the practice folder and
    end the app the normal way (the sign-out is recorded as on closing)."""

    def handler(_signum: int, _frame: FrameType | None) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        app = QCoreApplication.instance()
        if app is not None and app.thread().loopLevel() > 0:
            app.quit()
        else:
            raise SystemExit(1)  # still building the practice shop: atexit tidies up

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, handler)
    app = QCoreApplication.instance()
    if app is not None:
        # Python runs a signal handler only between its own lines: wake it while Qt waits.
        ticker = QTimer(app)
        ticker.timeout.connect(lambda: None)
        ticker.start(TICK_MS)
