"""A new shop, set up with ``shopprivacy-admin`` only, then worked by the director in the real
windows: the sales clerk's confidentiality undertaking recorded on the staff screen makes the
access review's flag go; years later the retention screen lists only the buyer without warranty
whose months have passed, and erases them once their number is typed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from shopprivacy.cli.main import main
from shopprivacy.domain.access_flags import FlagKind
from shopprivacy.services.vault import Vault
from shopprivacy.storage.database import Database
from shopprivacy.ui.director.access_review import AccessReviewPage
from shopprivacy.ui.director.staff import StaffAdmin
from shopprivacy.ui.director.staff_undertaking import UndertakingDialog
from shopprivacy.ui.main_window import MainWindow
from tests.conftest import DIRECTOR_PASSWORD
from tests.ui.conftest import ShellFactory
from tests.ui.helpers import click, sign_in_to_main, type_into

SALES_FIRST = "Cua-so#Mat-troi-77"
SALES_OWN = "Ban-hang#Cho-lon-42"


def admin(monkeypatch: pytest.MonkeyPatch, db: Path, user: str, password: str, *argv: str,
          new_password: str | None = None) -> None:  # fmt: skip
    monkeypatch.setenv("SHOPPRIVACY_PASSWORD", password)
    if new_password:
        monkeypatch.setenv("SHOPPRIVACY_NEW_PASSWORD", new_password)
    else:
        monkeypatch.delenv("SHOPPRIVACY_NEW_PASSWORD", raising=False)
    prefix = ["--db", str(db)] + (["--user", user] if user else [])
    assert main([*prefix, *argv]) == 0


@pytest.fixture
def shop_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """init, a sales clerk, two customers and their orders, all through shopprivacy-admin."""
    db = tmp_path / "cuahang.db"
    today = date.today().isoformat()
    director, sales = ("giamdoc", DIRECTOR_PASSWORD), ("banhang1", SALES_OWN)
    admin(
        monkeypatch,
        db,
        "",
        "",
        *["init", "--shop-name"],
        "Camera An Khang",
        *["--director", "giamdoc", "--director-name"],
        "Trần Thị Bích Ngọc",
        new_password=DIRECTOR_PASSWORD,
    )
    admin(
        monkeypatch,
        db,
        *director,
        *["user", "add", "banhang1", "--role", "sales", "--full-name"],
        "Lê Văn Hùng",
        new_password=SALES_FIRST,
    )
    admin(monkeypatch, db, "banhang1", SALES_FIRST, "passwd", new_password=SALES_OWN)
    for name, phone in (("Phạm Thị Lan", "0903 111 222"), ("Võ Minh Tuấn", "0903 333 444")):
        admin(monkeypatch, db, *sales, "customer", "add", "--name", name, "--phone", phone)
    # Customer 1: a cable, no warranty, today. Customer 2: a camera with 5 years' warranty.
    admin(monkeypatch, db, *sales, *["order", "add", "1", "--item"], "Cáp HDMI", "--sold-on", today)
    admin(
        monkeypatch,
        db,
        *sales,
        *["order", "add", "2", "--item"],
        "Camera Imou",
        "--sold-on",
        today,
        "--warranty-months",
        "60",
    )
    for name in ("SHOPPRIVACY_PASSWORD", "SHOPPRIVACY_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return db  # fmt: skip


def undertaking_flags(qtbot: QtBot, review: AccessReviewPage) -> dict[int | None, str]:
    qtbot.waitUntil(lambda: review.filters.show_button.isEnabled(), timeout=10_000)
    click(qtbot, review.filters.show_button)
    qtbot.waitUntil(lambda: review.filters.show_button.isEnabled(), timeout=10_000)
    assert review.result is not None
    return {
        f.flag.staff_id: review.flags_list.item(i).text()
        for i, f in enumerate(review.result.flags)
        if f.flag.kind is FlagKind.NO_UNDERTAKING
    }


def test_undertaking_recorded_on_the_staff_screen_and_a_typed_count_purge(
    qtbot: QtBot,
    shop_from_the_command_line: Path,
    make_shell: ShellFactory,
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: object,
) -> None:
    shell = make_shell(Database(f"sqlite:///{shop_from_the_command_line}"), lang="vi")
    shell.start()
    window = sign_in_to_main(qtbot, shell, "giamdoc", DIRECTOR_PASSWORD)
    assert isinstance(window, MainWindow)
    staff, review, retention = window.staff, window.access_review, window.retention
    assert isinstance(staff, StaffAdmin) and review is not None and retention is not None

    # The staff screen shows who has not signed; the access review flags them.
    window.tabs.setCurrentWidget(staff)
    names = [s.username for s in staff.model.rows]
    sales_row = names.index("banhang1")
    assert staff.model.data(staff.model.index(sales_row, 4)) == "⚠ Chưa ghi nhận"
    window.tabs.setCurrentWidget(review)
    flagged = undertaking_flags(qtbot, review)
    sales_id = staff.model.rows[sales_row].id
    assert sales_id in flagged and "banhang1" in flagged[sales_id]
    assert "chưa có cam kết bảo mật" in flagged[sales_id]

    window.tabs.setCurrentWidget(staff)
    staff.table.selectRow(sales_row)
    click(qtbot, staff.undertaking_button)
    dialog = staff.dialog
    assert isinstance(dialog, UndertakingDialog)
    dialog.fields.signed_on.setDate(QDate(2026, 12, 1))
    click(qtbot, dialog.buttons.buttons()[0])
    assert "phiên bản" in dialog.message.text() and dialog.isVisible()  # version is needed
    type_into(qtbot, dialog.fields.version, "CK-2026")
    click(qtbot, dialog.buttons.buttons()[0])
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert staff.message.text() == "✔ Đã ghi nhận cam kết bảo mật của banhang1."
    row = [s.username for s in staff.model.rows].index("banhang1")
    assert staff.model.data(staff.model.index(row, 4)) == "CK-2026, ký ngày 01/12/2026"

    window.tabs.setCurrentWidget(review)
    flagged = undertaking_flags(qtbot, review)
    assert sales_id not in flagged and len(flagged) == 1  # the director's own is still missing

    # Today the buyer without warranty is a current customer: nobody to erase.
    window.tabs.setCurrentWidget(retention)
    qtbot.waitUntil(lambda: retention.loaded)
    assert retention.table.rowCount() == 0

    later = timedelta(days=3 * 365)  # past the 24 months, inside the camera's 5 years
    monkeypatch.setattr(Vault, "now", lambda _self: datetime.now(UTC) + later)
    click(qtbot, retention.refresh_button)
    assert retention.table.rowCount() == 1 and retention.table.item(0, 0).text() == "#1"
    click(qtbot, retention.purge_all_button)
    box = retention.confirm_box
    assert box is not None and box.isVisible() and box.table.rowCount() == 1
    type_into(qtbot, box.count_edit, "2")
    assert not box.yes.isEnabled()
    type_into(qtbot, box.count_edit, "1")
    click(qtbot, box.yes)
    qtbot.waitUntil(lambda: retention.last_result is not None, timeout=20_000)
    assert retention.last_result is not None and retention.last_result.erased == (1,)
    assert retention.message.text().startswith("✔") and "1 khách hàng" in retention.message.text()
    assert retention.table.rowCount() == 0
