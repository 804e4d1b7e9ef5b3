"""Importing the shop's old spreadsheet: the exact report a person expects, all or nothing,
duplicates skipped or merged, rejects to fix and import again, nothing readable on disk."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.errors import PermissionDenied
from shopprivacy.domain.importing import DuplicateChoice, ImportField
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.importing import ImportProgress, Stage
from tests.conftest import Shop
from tests.services.customer_helpers import add
from tests.storage.test_no_clear_text_on_disk import assert_absent

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = [DATA / "messy_customers.csv", DATA / "messy_customers.xlsx"]

EXPECTED_REJECTS = [
    (8, "full_name", "This does not look like a person's name: use letters, not formulas."),
    (9, "contacts", "Enter at least one phone number or email."),
]
# A bad optional detail keeps the customer: the detail is left out and the row says why.
EXPECTED_WARNINGS = [
    (5, "personal_email", "This email address is not valid: check it, for example an@gmail.com."),
    (11, "birth_date", "This is not a date: write it as day/month/year, 15/03/1985."),
]


@pytest.fixture
def binh(shop: Shop) -> int:
    """The shop already holds Bình, by phone only."""
    return add(shop, name="Trần Thị Bình", mobile="0987 654 321").id


def rejects(report: object) -> list[tuple[int, str | None, str]]:
    return [(p.row, p.field, p.reason.render()) for p in report.rejected]  # type: ignore[attr-defined]


def warnings(report: object) -> list[tuple[int, str | None, str]]:
    return [(p.row, p.field, p.reason.render()) for p in report.warnings]  # type: ignore[attr-defined]


@pytest.mark.parametrize("sample", SAMPLES, ids=["csv", "xlsx"])
def test_messy_sample_gives_the_report_a_person_expects(
    shop: Shop, binh: int, sample: Path
) -> None:
    report = shop.services.importer.run_import(shop.sales, sample)
    assert (report.rows_read, report.imported, report.duplicates, report.merged, report.blank) == (
        11, 5, 2, 0, 2,
    )  # fmt: skip
    expected = EXPECTED_REJECTS
    if sample.suffix == ".xlsx":  # a workbook gives a formula's last shown value: here none
        expected = [(8, "full_name", "Enter the customer's full name."), EXPECTED_REJECTS[1]]
    assert rejects(report) == expected
    assert warnings(report) == EXPECTED_WARNINGS
    names = {r.full_name for r in shop.services.customers.search_customers(shop.sales, "")}
    assert names == {"Nguyễn Văn Ánh", "Trần Thị Bình", "Phạm Thu Dung", "Hoàng Thị Giang",
                     "Lê Hoàng Cường", "Đỗ Gia Phúc"}  # fmt: skip
    cuong = shop.services.customers.search_customers(shop.sales, "cuong")[0]
    assert (cuong.phone, cuong.email) == ("0903 111 222", "")
    dung = shop.services.customers.search_customers(shop.sales, "dung")[0]
    assert dung.full_name == unicodedata.normalize("NFC", "Phạm Thu Dung")
    assert dung.phone == "0353 123 456"  # the old 11-digit number, renumbered
    giang = shop.services.customers.get_customer(
        shop.sales, shop.services.customers.search_customers(shop.sales, "giang")[0].id
    )
    assert [c.value for c in giang.contacts] == ["028 3822 1234", "0909 888 777", "giang@congty.vn"]
    # The workbook holds that note as a formula never computed: nothing shown, nothing read.
    notes = "" if sample.suffix == ".xlsx" else "=1+1 tặng thêm"
    assert giang.notes == notes and str(giang.birth_date) == "1992-07-20"
    entry = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.CUSTOMERS_IMPORTED)
    )[0]
    assert entry.staff_id == shop.sales.staff_id
    assert (entry.detail["new"], entry.detail["rejected"], entry.detail["duplicates"]) == (5, 2, 2)
    assert (entry.detail["left_out"], entry.detail["profile"]) == (2, None)


def test_preview_suggests_the_mapping(shop: Shop) -> None:
    preview = shop.services.importer.preview(shop.sales, SAMPLES[0], sample_rows=3)
    assert preview.mapping == {
        0: ImportField.FULL_NAME, 1: ImportField.MOBILE, 2: ImportField.PERSONAL_EMAIL,
        3: ImportField.ADDRESS, 4: ImportField.BIRTH_DATE, 5: ImportField.NOTES,
    }  # fmt: skip
    assert preview.total_rows == 11 and len(preview.sample) == 3
    assert preview.sample[1][0] == "Trần Thị Bình"


def test_merge_adds_new_details_to_the_existing_customer(shop: Shop, binh: int) -> None:
    report = shop.services.importer.run_import(
        shop.sales, SAMPLES[0], duplicates=DuplicateChoice.MERGE
    )
    assert (report.imported, report.duplicates, report.merged) == (5, 2, 2)
    merged = shop.services.customers.get_customer(shop.sales, binh)
    assert [c.value for c in merged.contacts] == ["0987 654 321", "binh.tran@gmail.com"]
    anh = shop.services.customers.search_customers(shop.sales, "nguyen van anh")
    assert len(anh) == 1
    notes = shop.services.customers.get_customer(shop.sales, anh[0].id).notes
    assert notes == "Khách quen\nHỏi bảo hành"
    updated = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.CUSTOMER_UPDATED, target_id=str(binh))
    )
    assert updated[0].detail == {"fields": ["contacts"], "via": "import"}


def test_dry_run_writes_nothing(shop: Shop) -> None:
    report = shop.services.importer.run_import(shop.sales, SAMPLES[0], dry_run=True)
    assert report.dry_run and report.imported == 6 and len(report.rejected) == 2
    assert shop.services.customers.count_customers(shop.sales, "") == 0
    assert shop.services.audit.entries(shop.director, AuditFilter(action=Action.IMPORT_CHECKED))


def test_cancel_leaves_nothing_behind(shop: Shop) -> None:
    seen: list[ImportProgress] = []

    def cancel() -> bool:
        return any(p.stage is Stage.SAVING for p in seen)  # rows are being written

    report = shop.services.importer.run_import(
        shop.sales, SAMPLES[0], progress=seen.append, cancel=cancel
    )
    assert report.cancelled and report.imported == 0
    assert shop.services.customers.count_customers(shop.sales, "") == 0
    assert seen[0] == ImportProgress(Stage.CHECKING, 0, 11)


def test_rejects_file_can_be_fixed_and_imported_again(shop: Shop, tmp_path: Path) -> None:
    out = tmp_path / "loi.csv"
    shop.services.importer.run_import(shop.sales, SAMPLES[0], rejects_path=out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][-1] == "Reason" and rows[1][0].startswith("'=HYPERLINK")
    assert len(rows) == 3
    rows[2][1] = "0966 555 444"  # Em gave a phone after all
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([r[:-1] for r in rows])
    again = shop.services.importer.run_import(shop.sales, out)
    assert again.imported == 1 and [p.row for p in again.rejected] == [2]


def test_switched_off_columns_are_ignored_and_said_so(shop: Shop) -> None:
    shop.services.customer_rules.set_field_collected(shop.director, OptionalField.BIRTH_DATE, False)
    report = shop.services.importer.run_import(shop.sales, SAMPLES[0])
    assert report.ignored_columns == ("Ngày sinh",)
    assert [p.row for p in report.rejected] == [8, 9]
    assert [p.row for p in report.warnings] == [5]  # the bad date is not even read


def test_care_cannot_import(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        shop.services.importer.run_import(shop.care, SAMPLES[0])


@pytest.mark.sqlite_only("reads the SQLite file's bytes")
def test_no_imported_value_is_readable_in_the_database_file(shop: Shop, tmp_path: Path) -> None:
    shop.services.importer.run_import(shop.sales, SAMPLES[1])
    values = [
        "Nguyễn Văn Ánh", "Nguyen Van Anh", "Phạm Thu Dung", "Hoàng Thị Giang", "Trần Thị Bình",
        "0912345678", "912345678", "+84912345678", "0912.345.678", "0353123456", "1653123456",
        "0987654321", "02838221234", "0909888777", "anh.nguyen@gmail.com", "dung.pham@yahoo.com",
        "giang@congty.vn", "binh.tran@gmail.com", "12 Lê Lợi", "Bến Thành", "Khách quen",
        "Mua camera", "tặng thêm", "1985-03-15", "1992-07-20",
    ]  # fmt: skip
    values += [unicodedata.normalize("NFD", v) for v in values]
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert_absent(files, values)  # the WAL too, before the checkpoint
    shop.db.checkpoint()
    assert_absent([p for p in tmp_path.rglob("*") if p.is_file()], values)
