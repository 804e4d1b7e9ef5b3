"""Screenshots of the director's access review and overview for a person to look at.

Opt in:  SHOPPRIVACY_SCREENSHOTS=1 uv run pytest tests/ui/test_access_review_screenshots.py
PNG files go to $SHOPPRIVACY_SHOTS/access_review (default /tmp/shots/access_review).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.ui.main_window import MainWindow
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.qt_app import CatalogTranslator
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.ui.test_director_access_review import at, busy_day, log

pytestmark = pytest.mark.skipif(
    not os.environ.get("SHOPPRIVACY_SCREENSHOTS"), reason="screenshots are opt-in"
)


def shots() -> Path:
    folder = Path(os.environ.get("SHOPPRIVACY_SHOTS", "/tmp/shots")) / "access_review"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_access_review_tab(
    qtbot: QtBot,
    shop: Shop,
    workers: Workers,
    preferences: Preferences,
    language: Callable[[str], CatalogTranslator],
    lang: str,
) -> None:
    language(lang)
    add(shop)
    busy_day(shop)
    log(shop, shop.care, Action.PERMISSION_REFUSED, at(15), permission="export_marketing",
        role="care")  # fmt: skip
    window = MainWindow(shop.services, shop.director, workers, preferences)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    assert (grabbed := window.grab()).save(str(shots() / f"{lang}-0-overview.png")), grabbed
    page = window.access_review
    assert page is not None
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.tabs.setCurrentWidget(page)
    qtbot.wait(50)
    assert window.grab().save(str(shots() / f"{lang}-1-entries.png"))
    page.views.setCurrentIndex(1)
    qtbot.wait(50)
    assert window.grab().save(str(shots() / f"{lang}-2-per-staff.png"))
    page.views.setCurrentIndex(2)
    page.flags_list.setCurrentRow(0)
    page.open_review_dialog()
    assert page.dialog is not None
    page.dialog.note.setPlainText("Đã hỏi chị Hà: nhập lại khách của hội chợ.")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.dialog.save()
    page.flags_list.setCurrentRow(1)
    qtbot.wait(50)
    assert window.grab().save(str(shots() / f"{lang}-3-flags.png"))
    page.open_review_dialog()
    qtbot.wait(50)
    assert page.dialog is not None
    assert page.dialog.grab().save(str(shots() / f"{lang}-4-review-dialog.png"))
    page.dialog.reject()
