"""Fixtures for driving the real widgets over a real (temporary) shop database."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.auth import AuthService
from shopprivacy.services.vault import Vault
from shopprivacy.storage.database import Database
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.qt_app import (
    CatalogTranslator,
    install_language,
    register_fonts,
    use_app_font,
)
from shopprivacy.ui.shell import Shell
from shopprivacy.ui.workers import Workers
from tests.conftest import MemoryKeyring, Shop


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp: QApplication) -> None:
    assert register_fonts()
    use_app_font(qapp)  # as the app does: screens are measured with the font shops see


@pytest.fixture
def shop(
    request: pytest.FixtureRequest, tmp_path: Path, memory_keyring: MemoryKeyring
) -> Iterator[Shop]:
    """The screens only talk to services, which run on both backends in tests/services; here
    one SQLite copy of the template shop is enough."""
    template = request.getfixturevalue("_shop_template")
    path = tmp_path / "shop.db"
    shutil.copyfile(template.path, path)
    memory_keyring.store.update(template.keyring_store)
    t = template.shop
    db = Database(f"sqlite:///{path}")
    vault = Vault(db, t.services.vault.keys, t.services.vault.vault_id, device_protected=True)
    yield Shop(db, path, Services(vault), t.director, t.sales, t.care, t.recovery_code)
    db.dispose()


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], CatalogTranslator]]:
    """Switch the app's language for one test; put back to English (the sources) after."""
    installed: list[CatalogTranslator] = []

    def use(lang: str) -> CatalogTranslator:
        translator = install_language(qapp, lang)
        installed.append(translator)
        return translator

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def vietnamese(language: Callable[[str], CatalogTranslator]) -> CatalogTranslator:
    return language("vi")


@pytest.fixture
def workers() -> Iterator[Workers]:
    w = Workers()
    yield w
    assert w.wait(30_000), "background work still running at the end of the test"


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


ShellFactory = Callable[..., Shell]


@pytest.fixture
def make_shell(
    qapp: QApplication, qtbot: QtBot, workers: Workers, preferences: Preferences
) -> Iterator[ShellFactory]:
    """A shell over a database, with no sign-in slowdown and an optional short idle lock."""
    shells: list[Shell] = []

    def make(db: Database, idle_ms: int | None = None, lang: str = "en") -> Shell:
        auth = AuthService(db, KeyringDeviceStore(), sleep=lambda _s: None)
        shell = Shell(
            qapp, db, KeyringDeviceStore(), auth, preferences, lang, workers, idle_ms=idle_ms
        )
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.idle.stop()
        if shell.window is not None:
            if hasattr(shell.window, "close_for_session_end"):
                shell.window.close_for_session_end()
            else:
                shell.window.close()
            shell.window.deleteLater()
    workers.wait()


def find(parent: QWidget, cls: type, name: str) -> QWidget:
    """A child widget by object name; fails with a clear message when missing."""
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r} in {type(parent).__name__}"
    return widget
