"""The director's backup screen: make a backup, see when the last one was made, restore one after
reading what it holds, and have a damaged file refused with nothing changed."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shopprivacy.domain.errors import NotFound
from shopprivacy.storage import backup_format
from shopprivacy.ui.director.backup import BackupPage
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.qt_app import CatalogTranslator
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.ui.helpers import click

SHOTS = Path("/tmp/shots/backup")


def page(qtbot: QtBot, shop: Shop, workers: Workers) -> BackupPage:
    screen = BackupPage(shop.services, shop.director, workers)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    return screen


def days_later(shop: Shop, days: int) -> None:
    vault = shop.services.vault
    real = vault.clock
    vault.clock = lambda: real() + timedelta(days=days)


def make_backup(qtbot: QtBot, screen: BackupPage, folder: Path) -> Path:
    suggested: list[str] = []

    def save_as(name: str) -> str:
        suggested.append(name)
        return str(folder / name)

    screen.ask_save_path = save_as
    click(qtbot, screen.make_button)
    qtbot.waitUntil(lambda: screen.last_backup is not None, timeout=20_000)
    assert re.fullmatch(r"shopprivacy-\d{8}-\d{4}\.spbak", suggested[0])
    return folder / suggested[0]


def open_restore(qtbot: QtBot, screen: BackupPage, file: Path) -> None:
    screen.ask_open_path = lambda: str(file)
    click(qtbot, screen.restore_button)
    qtbot.waitUntil(
        lambda: screen.confirm_box is not None or screen.message.isVisible(), timeout=20_000
    )


def test_director_makes_a_backup_and_the_reminder_goes_away(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    screen = page(qtbot, shop, workers)
    assert screen.status_label.text().startswith("⚠ No backup has been made yet")

    file = make_backup(qtbot, screen, tmp_path)

    assert file.is_file() and file.stat().st_size > backup_format.HEADER_SIZE
    assert screen.message.text().startswith(f"✔ Backup saved: {file.name} (")
    assert re.fullmatch(r"✔ Last backup: \d\d/\d\d/\d{4} \d\d:\d\d\.", screen.status_label.text())
    assert not screen.progress.isVisible() and screen.make_button.isEnabled()


def test_an_old_backup_shows_a_reminder(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    shop.services.backup.create_backup(shop.director, tmp_path / "old.spbak")
    days_later(shop, 10)
    screen = page(qtbot, shop, workers)
    text = screen.status_label.text()
    assert text.startswith("⚠ Last backup: ")
    assert "more than 7 days ago: make a new backup today" in text


def test_director_restores_a_backup_after_reading_what_it_holds(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    kept = add(shop, name="Trần Minh Khôi", mobile="0913 111 222")
    screen = page(qtbot, shop, workers)
    file = make_backup(qtbot, screen, tmp_path)
    later = add(shop, name="Võ Thị Lan", mobile="0913 333 444")

    open_restore(qtbot, screen, file)
    box = screen.confirm_box
    assert box is not None and box.isVisible()
    assert "Customers in this backup: 1." in box.text()
    assert "erased again" in box.informativeText()
    assert "safety copy" in box.informativeText()
    # Cancel first: nothing changes.
    assert box.escapeButton().text() == "Cancel"
    click(qtbot, box.escapeButton())
    assert shop.services.customers.get_customer(shop.director, later.id)

    open_restore(qtbot, screen, file)
    assert screen.confirm_box is not None and screen.confirm_yes is not None
    click(qtbot, screen.confirm_yes)
    qtbot.waitUntil(lambda: screen.last_restore is not None, timeout=30_000)

    assert "No customer had been erased since that backup." in screen.message.text()
    assert screen.last_restore is not None and screen.last_restore.safety_copy.is_file()
    assert shop.services.customers.get_customer(shop.director, kept.id).full_name
    with pytest.raises(NotFound):
        shop.services.customers.get_customer(shop.director, later.id)


def test_a_customer_erased_after_the_backup_stays_erased_and_the_screen_says_so(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    old = add(shop, name="Trịnh Văn Long", mobile="0921 000 111")
    screen = page(qtbot, shop, workers)
    file = make_backup(qtbot, screen, tmp_path)
    days_later(shop, 3 * 365)
    assert shop.services.retention.purge(shop.director, 1).erased == (old.id,)

    open_restore(qtbot, screen, file)
    assert screen.confirm_yes is not None
    click(qtbot, screen.confirm_yes)
    qtbot.waitUntil(lambda: screen.last_restore is not None, timeout=30_000)

    assert "1 customers erased since that backup were erased again." in screen.message.text()
    assert shop.services.retention.due(shop.director) == []
    with pytest.raises(NotFound):
        shop.services.customers.get_customer(shop.director, old.id)


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    file = tmp_path / "damaged.spbak"
    shop.services.backup.create_backup(shop.director, file)
    later = add(shop, name="Võ Thị Lan", mobile="0913 333 444")
    data = bytearray(file.read_bytes())
    data[backup_format.HEADER_SIZE + 40] ^= 0xFF
    file.write_bytes(bytes(data))
    screen = page(qtbot, shop, workers)

    open_restore(qtbot, screen, file)

    assert screen.confirm_box is None
    assert screen.message.text().startswith("✖ The backup file is damaged")
    assert "Nothing was restored" in screen.message.text()
    assert screen.restore_button.isEnabled()
    assert shop.services.customers.get_customer(shop.director, later.id)


def test_a_file_that_is_not_a_backup_is_refused(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    file = tmp_path / "notes.spbak"
    file.write_text("danh sách khách hàng", encoding="utf-8")
    screen = page(qtbot, shop, workers)
    open_restore(qtbot, screen, file)
    assert screen.confirm_box is None
    assert screen.message.text().startswith("✖ This file is not a backup of this app.")


@pytest.mark.parametrize("role", ["director", "sales", "care"])
def test_only_the_director_has_the_backup_and_retention_tabs(
    qtbot: QtBot, shop: Shop, workers: Workers, preferences: Preferences, role: str
) -> None:
    window = MainWindow(shop.services, getattr(shop, role), workers, preferences)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert ("Backups" in tabs) is (role == "director")
    assert ("Retention" in tabs) is (role == "director")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_screenshots_of_the_backup_screen(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    tmp_path: Path,
    language: Callable[[str], CatalogTranslator],
    lang: str,
) -> None:
    language(lang)
    add(shop, name="Trần Minh Khôi", mobile="0913 111 222")
    shop.services.backup.create_backup(shop.director, tmp_path / "old.spbak")
    days_later(shop, 10)
    screen = page(qtbot, shop, workers)
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    assert screen.grab().save(str(SHOTS / f"backup-overdue-{lang}.png"))
    make_backup(qtbot, screen, tmp_path)
    qtbot.wait(50)
    assert screen.grab().save(str(SHOTS / f"backup-made-{lang}.png"))
    open_restore(qtbot, screen, tmp_path / "old.spbak")
    box = screen.confirm_box
    assert box is not None
    qtbot.waitExposed(box)
    assert box.grab().save(str(SHOTS / f"restore-confirm-{lang}.png"))
    assert screen.confirm_yes is not None
    click(qtbot, screen.confirm_yes)
    qtbot.waitUntil(lambda: screen.last_restore is not None, timeout=30_000)
    qtbot.wait(50)
    assert screen.grab().save(str(SHOTS / f"backup-restored-{lang}.png"))
    if lang == "vi":
        assert "Lần sao lưu gần nhất" in screen.status_label.text()
