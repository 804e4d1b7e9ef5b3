"""The composition root: wires the database, key store and services into the GUI.

Nothing here is global: each object is made once and handed to what needs it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services.auth import AuthService
from shopprivacy.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoDeviceStore, build_demo
from shopprivacy.storage.database import Database
from shopprivacy.storage.locations import resolve_database
from shopprivacy.ui.crash import install_excepthook
from shopprivacy.ui.demo_marking import mark_window
from shopprivacy.ui.practice_folder import new_practice_folder
from shopprivacy.ui.preferences import LANGUAGES, Preferences
from shopprivacy.ui.qt_app import install_language, register_fonts, use_app_font
from shopprivacy.ui.shell import Shell


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


def _open_demo() -> tuple[Database, DemoDeviceStore, Path]:
    """A new practice shop in its own temporary folder, never the shop's database. Its device
    secret stays in memory, so once the folder is gone (at exit) nothing of it remains."""
    folder = new_practice_folder()  # stale folders of killed demos go first
    db = Database(resolve_database(str(folder / "demo.sqlite")))
    devices = DemoDeviceStore()
    build_demo(db, devices, DEMO_CUSTOMERS)
    return db, devices, folder


def main() -> int:
    install_excepthook()
    app, shell = build_app()
    if parse_args(sys.argv[1:]).smoke_test:
        QTimer.singleShot(1000, lambda: _end_smoke_test(app, shell))
    return app.exec()


def _end_smoke_test(app: QApplication, shell: Shell) -> None:
    window = shell.window
    shown = window is not None and window.isVisible()
    if sys.stdout is not None:  # a windowed Windows build has no stdout
        print(f"window: {type(window).__name__ if shown else 'none'}", flush=True)
    app.exit(0 if shown else 1)
