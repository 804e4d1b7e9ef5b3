"""The marketing list and the spreadsheet import, driven through their screens."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from shopprivacy.domain.audit import Action
from shopprivacy.domain.consents import ConsentMethod, Purpose
from shopprivacy.domain.importing import ImportField
from shopprivacy.services.audit import AuditFilter
from shopprivacy.ui.desk.import_wizard import ImportWizard
from shopprivacy.ui.workers import Workers
from tests.conftest import Shop
from tests.services.customer_helpers import add, grant
from tests.ui.desk_support import open_desk
from tests.ui.helpers import click, type_into

NFD_NAME = unicodedata.normalize("NFD", "Nguyễn Văn Ánh")
MESSY = [
    ["Họ và tên", "Số điện thoại", "Email", "Địa chỉ", "Ghi chú"],
    [NFD_NAME, "0912.345.678", "Anh@Gmail.com", "12 Lê Lợi, Quận 1", "Khách quen"],
    ["", "", "", "", ""],
    ["Trần Thị Bình", "+84 987 654 321", "binh@@gmail", "", ""],
    ["Lê Văn Cường", "0165 312 3456", "", "", "=1+1 tặng thêm"],
    ["", "", "", "", ""],
    ["Phạm Thu Dung", "0912 345 678", "", "", ""],
    ['=HYPERLINK("http://x")', "0903 111 222", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_marketing_export_lists_only_customers_whose_consent_is_in_force(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    anh = add(shop, email="anh@gmail.com").id
    binh = add(shop, name="Trần Thị Bình", mobile="0987 111 222", email="=binh@gmail.com").id
    add(shop, name="Lê Chi", mobile="0977 333 444", email="chi@gmail.com")  # never asked
    grant(shop, anh, Purpose.MARKETING_EMAIL)
    grant(shop, binh, Purpose.MARKETING_EMAIL)
    shop.services.consents.opt_out(shop.sales, anh, ConsentMethod.PHONE)
    home = open_desk(qtbot, shop, workers)
    dialog = home.open_export()
    click(qtbot, dialog.export_button)
    assert dialog.message.text() == "✖ Choose where to save the list."
    type_into(qtbot, dialog.path, str(tmp_path / "email-list"))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        click(qtbot, dialog.export_button)
    assert dialog.message.text() == "✔ 1 customers written to email-list.csv."
    with (tmp_path / "email-list.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["Customer no.", "Full name", "Email"], [str(binh), "Trần Thị Bình",
                                                             "'=binh@gmail.com"]]  # fmt: skip
    exports = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.MARKETING_EXPORTED)
    )
    assert exports[0].staff_id == shop.sales.staff_id and exports[0].detail["count"] == 1


def test_exporting_when_nobody_agreed_says_so_and_writes_no_file(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    add(shop, email="anh@gmail.com")  # never asked for marketing
    dialog = open_desk(qtbot, shop, workers).open_export()
    type_into(qtbot, dialog.path, str(tmp_path / "email-list.csv"))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=30_000)
    assert dialog.message.text().startswith("Nothing to export")
    assert "✔" not in dialog.message.text()
    assert not (tmp_path / "email-list.csv").exists()


def read_file(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    """Type the file's path and press Next: the file is read in the background."""
    type_into(qtbot, wizard.file_page.path, str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)


def _through_check(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    read_file(qtbot, wizard, path)
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=30_000)


def test_a_messy_spreadsheet_through_the_wizard_gives_the_report_a_person_expects(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "khach-cu.csv", MESSY)
    home = open_desk(qtbot, shop, workers)
    wizard = home.open_import()
    qtbot.waitExposed(wizard)

    type_into(qtbot, wizard.file_page.path, str(tmp_path / "missing.csv"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.file_page.message.isVisible(), timeout=30_000)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.message.text() == "✖ No file here: missing.csv"

    read_file(qtbot, wizard, source)
    table = wizard.mapping_page.table
    assert table.mapping() == {
        0: ImportField.FULL_NAME, 1: ImportField.MOBILE, 2: ImportField.PERSONAL_EMAIL,
        3: ImportField.ADDRESS, 4: ImportField.NOTES,
    }  # fmt: skip
    # read in one Unicode form (NFC), whatever keyboard typed it
    assert table.item(1, 0).text() == "Nguyễn Văn Ánh" and table.item(2, 1).text() == ""
    assert "7 rows" in wizard.mapping_page.info.text()
    assert "Not a known tool's export" in wizard.mapping_page.info.text()

    wizard.next()  # the check: a dry run, nothing saved
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.report is not None, timeout=30_000)
    assert shop.services.customers.count_customers(shop.sales, "") == 0
    assert "New customers to add: 3" in check.summary.text()
    problems = [tuple(check.rejects.item(r, c).text() for c in range(3))
                for r in range(check.rejects.rowCount())]  # fmt: skip
    assert problems == [
        ("8", "Full name", "This does not look like a person's name: use letters, not formulas."),
        ("4", "Personal email", "Imported without this detail: This email address is not valid: "
              "check it, for example an@gmail.com."),
    ]  # fmt: skip

    wizard.next()  # Import
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.report is not None, timeout=30_000)
    assert run.progress.value() == 100
    assert run.title() == "Import finished"
    assert run.summary.text().splitlines() == [
        "Rows read: 7",
        "New customers added: 3",
        "Already on file: 1 (merged: 0)",
        "Blank rows skipped: 2",
        "Rows with a problem (not imported): 1",
        "Imported without a detail that was wrong: 1",
    ]
    found = shop.services.customers.search_customers(shop.sales, "")
    assert sorted(r.full_name for r in found) == ["Lê Văn Cường", "Nguyễn Văn Ánh", "Trần Thị Bình"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    rejects = tmp_path / "sua-lai"
    assert run.save_rejects.isVisible()
    run.save_rejects_to(rejects)
    qtbot.waitUntil(lambda: "rows to fix were saved" in run.message.text(), timeout=30_000)
    with (tmp_path / "sua-lai.csv").open(encoding="utf-8-sig", newline="") as fh:
        saved = list(csv.reader(fh))
    assert [row[0] for row in saved] == ["Họ và tên", '\'=HYPERLINK("http://x")']
    assert saved[0][-1] == "Reason" and "name" in saved[1][-1]


def test_merge_choice_adds_the_rows_details_to_the_customer_on_file(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    existing = add(shop, mobile="0912 345 678").id
    source = write_csv(tmp_path / "khach.csv", MESSY[:2])
    wizard = open_desk(qtbot, shop, workers).open_import()
    read_file(qtbot, wizard, source)
    click(qtbot, wizard.mapping_page.merge)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=30_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.report is not None, timeout=30_000)
    assert "Already on file: 1 (merged: 1)" in wizard.run_page.summary.text()
    merged = shop.services.customers.get_customer(shop.sales, existing)
    assert [c.value for c in merged.contacts] == ["0912 345 678", "anh@gmail.com"]


def test_cancel_during_the_import_saves_nothing(
    qtbot: QtBot, shop: Shop, workers: Workers, tmp_path: Path
) -> None:
    many = [MESSY[0]] + [[f"Khách Số {n}", f"0912 {n:06d}", "", "", ""] for n in range(3000)]
    source = write_csv(tmp_path / "nhieu.csv", many)
    wizard = open_desk(qtbot, shop, workers).open_import()
    _through_check(qtbot, wizard, source)
    wizard.next()
    click(qtbot, wizard.run_page.cancel_button)
    qtbot.waitUntil(lambda: wizard.run_page.report is not None, timeout=60_000)
    assert wizard.run_page.summary.text() == "Cancelled: nothing was saved."
    assert shop.services.customers.count_customers(shop.sales, "") == 0
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
