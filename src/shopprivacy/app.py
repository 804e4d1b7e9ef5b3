"""The composition root: wires the database, key store and services into the GUI.

Nothing here is global: each object is made once and handed to what needs it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services.auth import AuthService
from shopprivacy.storage.database import Database
from shopprivacy.storage.locations import resolve_database
from shopprivacy.ui.crash import install_excepthook
from shopprivacy.ui.practice_folder import new_practice_folder
from shopprivacy.ui.preferences import LANGUAGES, Preferences
from shopprivacy.ui.qt_app import install_language, register_fonts, use_app_font
from shopprivacy.ui.shell import Shell

_LOADED = time.perf_counter()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="shopprivacy", description="ShopPrivacy")
    parser.add_argument("--db", help="database file or URL (else $SHOPPRIVACY_DB, else default)")
    parser.add_argument("--lang", choices=LANGUAGES, help="vi (default) or en; remembered")
    # Packaging's check that a build starts: show the first window, name it, quit (exit 0).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--demo", action="store_true", help="a practice shop, deleted when the app closes"
    )
    # Qt's own options (-platform, -style …) pass through untouched.
    args, _qt = parser.parse_known_args(argv)
    if args.demo and args.db:
        # A demo must never be written into, or mistaken for, a real shop's database.
        parser.error("--demo always uses a new practice database; leave out --db")
    return args


def build_app(
    argv: list[str] | None = None, idle_ms: int | None = None
) -> tuple[QApplication, Shell]:
    """Everything up to the first window, shown but without entering the event loop."""
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("shopprivacy")
    app.setOrganizationName("shopprivacy")
    # No display name: Qt would append " — ShopPrivacy" to titles that already start with it.
    register_fonts()
    use_app_font(app)

    preferences = Preferences()
    if args.lang:
        preferences.set_language(args.lang)
    language = args.lang or preferences.language()
    translator = install_language(app, language)

    demo_dir: Path | None = None
    devices: KeyringDeviceStore
    if args.demo:
        db, devices, demo_dir = _open_demo()
    else:
        db, devices = Database(resolve_database(args.db)), KeyringDeviceStore()
    auth = AuthService(db, devices)
    shell = Shell(app, db, devices, auth, preferences, language, idle_ms=idle_ms)
    shell.setParent(app)
    shell.translator = translator
    if demo_dir is not None:
        from shopprivacy.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
        from shopprivacy.ui.demo_marking import mark_window

        shell.window_changed.connect(lambda w: mark_window(w, DEMO_ACCOUNTS, DEMO_PASSWORD))

    def _closing() -> None:
        shell.workers.wait()
        shell.end_on_quit()
        db.dispose()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)

    app.aboutToQuit.connect(_closing)
    shell.start()
    return app, shell


DEMO_CUSTOMERS = 150  # enough to page and search through, quick to build


def _open_demo() -> tuple[Database, KeyringDeviceStore, Path]:
    """A new practice shop in its own temporary folder, never the shop's database. Its device
    secret stays in memory, so once the folder is gone (at exit) nothing of it remains.

    Building it takes a few seconds: a progress window counts the customers meanwhile."""
    from shopprivacy.services.demo import DemoDeviceStore, build_demo

    folder = new_practice_folder()  # stale folders of killed demos go first
    db = Database(resolve_database(str(folder / "demo.sqlite")))
    devices = DemoDeviceStore()
    shown = QProgressDialog(
        QCoreApplication.translate("app", "Building the practice shop…"), "", 0, 100
    )
    shown.setWindowTitle(QCoreApplication.translate("app", "ShopPrivacy practice shop"))
    shown.setCancelButton(None)  # no button: the build cannot be stopped halfway
    shown.setWindowModality(Qt.WindowModality.ApplicationModal)
    shown.setMinimumDuration(0)
    shown.show()

    def progress(done: int, total: int) -> None:
        # Before any other window exists: the only thing on screen is this count, so it is
        # repainted here between steps (the build itself is a few seconds of database writes).
        shown.setMaximum(total)
        shown.setValue(done)
        QApplication.processEvents()

    try:
        build_demo(db, devices, DEMO_CUSTOMERS, progress)
    finally:
        shown.close()
        shown.deleteLater()
    return db, devices, folder


def main() -> int:
    install_excepthook()
    app, shell = build_app()
    if parse_args(sys.argv[1:]).smoke_test:
        # The first turn of the event loop: the window has been shown and painted once.
        QTimer.singleShot(0, lambda: _end_smoke_test(app, shell))
    return app.exec()


def seconds_since_start() -> float:
    """Time since this process started, where the system says (Linux); elsewhere since this
    module finished loading, which leaves out the imports."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        return max(0.0, now - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _LOADED


def _end_smoke_test(app: QApplication, shell: Shell) -> None:
    window = shell.window
    shown = window is not None and window.isVisible()
    if sys.stdout is not None:  # a windowed Windows build has no stdout
        print(f"window: {type(window).__name__ if shown else 'none'}", flush=True)
        print(f"first window after {seconds_since_start():.2f} s", flush=True)
    app.exit(0 if shown else 1)
