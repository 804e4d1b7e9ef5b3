"""The director's Settings: "Make a new recovery sheet", confirmed, then shown and printed once."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import WrongRecoveryCode
from shopprivacy.security.recovery import normalize_recovery_code
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.director.settings import SettingsPage
from shopprivacy.ui.preferences import Preferences
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.ui.helpers import click, tick

NEW_PASSWORD = "Mua-he#Da-lat-2027"


def settings_screen(
    qtbot: QtBot, shop: Shop, preferences: Preferences, workers: Workers
) -> SettingsPage:
    page = SettingsPage(shop.services, shop.director, preferences, workers)
    qtbot.addWidget(page)
    page.show()
    return page


def replaced(shop: Shop) -> int:
    return len(
        shop.services.audit.entries(
            shop.director, AuditFilter(action=Action.RECOVERY_CODE_REPLACED)
        )
    )


def test_a_new_recovery_sheet_is_confirmed_shown_printed_and_the_old_one_stops_working(
    qtbot: QtBot,
    shop: Shop,
    preferences: Preferences,
    workers: Workers,
    tmp_path: Path,
    vietnamese: object,
) -> None:
    page = settings_screen(qtbot, shop, preferences, workers)
    box = page.recovery_sheet
    assert box.new_button.text() == "Tạo tờ mã khôi phục mới"

    # Asked first, in plain words; cancelling changes nothing.
    click(qtbot, box.new_button)
    confirm = box.confirm_box
    assert confirm is not None and confirm.isVisible()
    assert "hết hiệu lực ngay lập tức" in confirm.informativeText()
    click(qtbot, confirm.escapeButton())
    assert box.dialog is None and replaced(shop) == 0

    click(qtbot, box.new_button)
    assert box.confirm_yes is not None
    click(qtbot, box.confirm_yes)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible(), timeout=10_000)
    dialog = box.dialog
    assert dialog is not None
    assert "không còn dùng được nữa" in dialog.warning.text()
    code = dialog.sheet.code.text().replace("\n", "")
    assert normalize_recovery_code(code) == code != shop.recovery_code
    assert "không còn dùng được nữa" in box.message.text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.sheet.print_on(printer)
    assert dialog.sheet.message.text() == "✔ Đã gửi tờ mã khôi phục tới máy in."
    printed = subprocess.run(
        ["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert code.split("-")[0] in printed and "giamdoc" in printed
    sent = shop.services.audit.entries(shop.director, AuditFilter(action=Action.REPORT_PRINTED))
    assert [e.detail["kind"] for e in sent] == ["recovery_sheet"]

    assert not dialog.done_button.isEnabled()  # not before the code is kept
    tick(qtbot, dialog.kept)
    click(qtbot, dialog.done_button)
    assert not dialog.isVisible() and dialog.sheet.code.text() == ""

    assert replaced(shop) == 1
    with pytest.raises(WrongRecoveryCode):
        shop.auth().recover(shop.recovery_code, "giamdoc", NEW_PASSWORD)
    assert shop.auth().recover(code, "giamdoc", NEW_PASSWORD).actor.username == "giamdoc"
