"""From an empty database (``shopprivacy-admin init``) to customers imported from the files that
KiotViet, Sapo, Haravan, Google Contacts, Outlook, a phone and a shop's own Excel really write:
the check names the source and the columns, the import lands the right people, no ``--map``."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from shopprivacy.domain.consents import Purpose
from shopprivacy.i18n.catalog import load_catalog
from shopprivacy.services.import_files import read_table
from tests.cli.conftest import Cli, Ran
from tests.cli.test_init import INIT
from tests.conftest import DIRECTOR_PASSWORD, Shop
from tests.services.customer_helpers import add, grant

FILES = Path(__file__).resolve().parents[1] / "data" / "imports"


@dataclass(frozen=True)
class Person:
    contacts: list[str]
    street: str = ""
    ward: str = ""
    province: str = ""
    birth_date: str | None = None
    notes: str = ""
    text: str = ""  # an address written in one piece


@dataclass(frozen=True)
class Expected:
    profile: str | None
    mapping: dict[str, str]  # a few columns and their field
    imported: int
    rejected: list[int]
    warnings: list[tuple[int | None, str | None]]
    people: dict[str, Person] = field(default_factory=dict)


CASES: dict[str, Expected] = {
    "kiotviet_DanhSachKhachHang.xlsx": Expected(
        "kiotviet",
        {"Mã khách hàng": "ignore", "Tên khách hàng": "full_name", "Điện thoại": "mobile",
         "Khu vực giao hàng": "area", "Phường/Xã": "ward", "Nhóm khách hàng": "ignore"},
        6, [8], [(9, "birth_date"), (9, "personal_email")],
        {
            "Nguyễn Văn Ánh": Person(["0912 345 678", "anh.nguyen@gmail.com"], "12 Lê Lợi",
                                     "Phường Bến Nghé, Quận 1", "Hồ Chí Minh", "1985-03-15",
                                     "Khách quen, lắp camera 2024"),
            "Trần Thị Bình": Person(["0987 654 321"], "45 Trần Phú",
                                    "Phường Hải Châu I, Quận Hải Châu", "Đà Nẵng", "1990-08-15"),
            "Lê Hoàng Cường": Person(["0903 111 222"], "Số 7 đường 3/2",
                                     "Phường 7, Thành phố Vũng Tàu", "Bà Rịa - Vũng Tàu",
                                     "1990-05-07"),  # an Excel day number
            "Phạm Thu Dung": Person(["0353 123 456", "028 3822 1234", "dung.pham@yahoo.com",
                                     "dung.pt@congty.vn"], "88 Nguyễn Trãi",
                                    "Phường Thượng Đình, Quận Thanh Xuân", "Hà Nội"),
            "Công ty TNHH Minh Long": Person(["028 3930 1234", "ketoan@minhlong.vn"],
                                             "120 Hai Bà Trưng", "Phường Võ Thị Sáu, Quận 3",
                                             "Hồ Chí Minh"),
            "Đỗ Gia Phúc": Person(["0935 222 333"], "", "Phường An Cư, Quận Ninh Kiều",
                                  "Cần Thơ"),
        },
    ),
    "sapo_pos_khach_hang.xls": Expected(
        "sapo_pos", {"Mã khách hàng": "ignore", "Tên khách hàng": "full_name",
                     "Số điện thoại": "mobile", "Quận/Huyện": "district", "Mô tả": "notes"},
        2, [], [],
        {
            "Hoàng Thị Giang": Person(["0909 888 777", "giang.hoang@gmail.com"],
                                      "27 Lý Tự Trọng", "Phường Bến Thành, Quận 1",
                                      "TP Hồ Chí Minh", "1992-07-20", "Lắp 4 camera tầng trệt"),
            "Bùi Quốc Huy": Person(["0913 456 789"], "15 Phan Chu Trinh", "Phường Hoàn Kiếm",
                                   "Hà Nội"),
        },
    ),
    "sapo_web_customers_export.csv": Expected(
        "sapo_web", {"First Name": "given_name", "Last Name": "family_name",
                     "Address1": "address", "Accepts Marketing": "ignore"},
        2, [], [(None, None)],  # the consent column, said out loud
        {
            "Đặng Văn Khoa": Person(["khoa.dang@gmail.com", "0918 222 333"],
                                    "9 Nguyễn Huệ, Phường Sài Gòn", "", "Hồ Chí Minh",
                                    notes="Giao giờ hành chính"),
            "Ngô Thị Lan": Person(["lan.ngo@yahoo.com", "0905 111 222"], "3 Hùng Vương",
                                  "Thành phố Huế", "Huế"),
        },
    ),
    "haravan_khach_hang.ods": Expected(
        "haravan", {"Họ": "family_name", "Tên": "given_name", "Nhãn": "ignore"},
        2, [], [(None, None)],
        {
            "Lý Thanh Mai": Person(["mai.ly@gmail.com", "0938 765 432"], "56 Bạch Đằng",
                                   "Phường Hải Châu", "Đà Nẵng", "1995-12-12",
                                   "Hay đặt qua Zalo"),
            "Trịnh Công Sơn": Person(["0977 654 321"]),
        },
    ),
    "google_contacts.csv": Expected(
        "google", {"Phone 1 - Label": "ignore", "Phone 1 - Value": "mobile",
                   "E-mail 1 - Label": "ignore", "Labels": "ignore",
                   "Address 1 - Street": "ignore"},
        2, [], [(2, "birth_date")],  # "--03-15": no year
        {
            "Phan Minh Tuấn": Person(["tuan.phan@gmail.com", "tuan@phangia.vn", "0912 111 333",
                                      "0988 222 444", "028 3811 2233"],
                                     text="17 Cao Thắng, Phường Bàn Cờ, Hồ Chí Minh",
                                     notes="Khách lắp camera nhà"),
            "Vũ Ngọc Ánh": Person(["0976 543 210"], birth_date="1988-11-02"),
        },
    ),
    "google_contacts_old.csv": Expected(
        "google_old", {"Phone 1 - Type": "ignore", "Group Membership": "ignore",
                       "Given Name": "given_name"},
        1, [], [],
        {
            "Mai Thị Hạnh": Person(["hanh.mai@gmail.com", "0903 456 789", "024 3826 5555"],
                                   text="22 Hàng Bạc, Hoàn Kiếm, Hà Nội",
                                   birth_date="1979-05-30", notes="Khách cũ, sửa đầu ghi"),
        },
    ),
    "outlook_contacts.CSV": Expected(  # Windows-1258, American dates, "0/0/00" for none
        "outlook", {"Mobile Phone": "mobile", "Home Phone": "home_phone",
                    "Business Street": "ignore"},
        2, [], [],
        {
            "Trương Quốc Bảo": Person(["bao.truong@outlook.com", "0917 246 813"], "31 Lê Duẩn",
                                      "Hồ Chí Minh", birth_date="1983-04-23",
                                      notes="Đặt lịch bảo trì quý"),
            "Dương Thị Thu Hà": Person(["0868 135 792"]),
        },
    ),
    "danh_ba.vcf": Expected(
        "vcard", {"FN": "full_name", "TEL": "mobile"},
        3, [4], [(2, "birth_date")],
        {
            "Đinh Thị Hoa": Person(["0912 555 666", "028 3822 7777", "hoa.dinh@gmail.com"]),
            "Lâm Gia Huy": Person(["0971 234 567", "0356 789 012", "giahuy.lam@icloud.com"],
                                  text="19 Nguyễn Văn Cừ, Phường An Khánh, Cần Thơ",
                                  notes="Khách quen, hay hỏi camera wifi"),
            "Châu Ngọc Trâm": Person(["0979 888 111"], birth_date="1991-07-04"),
        },
    ),
    "so_khach_unicode.txt": Expected(  # UTF-16 tab-separated, title rows above the header
        None, {"STT": "ignore", "Họ và tên": "full_name", "SĐT": "mobile"},
        2, [], [(5, "birth_date")],  # a year alone
        {
            "Tạ Văn Lộc": Person(["0914 222 111", "028 3999 8888"], text="5 Pasteur, Quận 1",
                                 notes='Khách "ruột", lắp 8 mắt'),
            "Huỳnh Thị Nga": Person(["0396 555 777"], birth_date="1996-02-29",
                                    notes="Nhà 3 tầng"),
        },
    ),
    "mat_dau_cp1252.csv": Expected(None, {}, 0, [2, 3], [(None, None)]),
}  # fmt: skip


@pytest.fixture
def director(cli: Cli, tmp_path: Path) -> Any:
    cli.db = tmp_path / "shop" / "cuahang.db"
    ran = cli("--json", *INIT, new_password=DIRECTOR_PASSWORD)
    assert ran.code == 0, ran.err

    def run(*argv: str) -> Ran:
        return cli("--user", "giamdoc", *argv, password=DIRECTOR_PASSWORD)

    return run


def shown(director: Any, name: str) -> dict[str, Any]:
    found = director("--json", "customer", "find", name).json()
    match = [f for f in found if f["name"] == name]
    assert len(match) == 1, (name, found)
    return director("--json", "customer", "show", str(match[0]["id"])).json()  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_real_export_imports_the_right_people_without_any_mapping(
    director: Any, tmp_path: Path, name: str
) -> None:
    want = CASES[name]
    source = FILES / name
    check = director("--json", "import", str(source), "--dry-run")
    assert check.code == 0, check.err
    doc = check.json()
    assert doc["profile"] == want.profile and doc["dry_run"] is True
    assert {k: doc["mapping"][k] for k in want.mapping} == want.mapping
    for person_name in want.people:  # nothing written yet
        assert director("--json", "customer", "find", person_name).json() == []

    rejects = tmp_path / "sua-lai.csv"
    ran = director("--json", "import", str(source), "--rejects", str(rejects))
    assert ran.code == 0, ran.err
    doc = ran.json()
    assert (doc["imported"], [r["row"] for r in doc["rejected"]]) == (want.imported, want.rejected)
    assert [(w["row"], w["field"]) for w in doc["warnings"]] == want.warnings
    assert rejects.exists() == bool(want.rejected)
    for person_name, person in want.people.items():
        d = shown(director, person_name)
        assert [c["value"] for c in d["contacts"]] == person.contacts, person_name
        address = d["addresses"][0] if d["addresses"] else {}
        assert (address.get("street", ""), address.get("ward", ""), address.get("province", ""),
                address.get("text", "")) == (person.street, person.ward, person.province,
                                             person.text), person_name  # fmt: skip
        assert (d["birth_date"], d["notes"]) == (person.birth_date, person.notes), person_name
        # Each customer records where it came from: the tool and the file.
        origin = d["imported_from"]
        assert (origin["profile"], origin["file"]) == (want.profile, name), person_name


def test_the_check_says_in_vietnamese_where_the_file_comes_from_and_each_columns_field(
    director: Any, tmp_path: Path
) -> None:
    ran = director("import", str(FILES / "kiotviet_DanhSachKhachHang.xlsx"), "--dry-run")
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert lines[0] == "Tệp xuất từ: KiotViet"
    assert "  Tên khách hàng -> full_name" in lines and "  Mã khách hàng -> ignore" in lines
    assert "Dòng 8: " in ran.out and "Dòng 9, sẽ nhập nhưng bỏ qua thông tin này" in ran.out
    rejects = tmp_path / "loi.csv"
    director("import", str(FILES / "kiotviet_DanhSachKhachHang.xlsx"), "--rejects", str(rejects))
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [r[2] for r in rows] == ["Tên khách hàng", "Võ Minh Em"]


def test_a_file_that_lost_its_letters_is_flagged_before_anything_is_imported(
    director: Any,
) -> None:
    ran = director("import", str(FILES / "mat_dau_cp1252.csv"), "--dry-run")
    assert "1 dòng có dấu hỏi chấm thay cho chữ tiếng Việt" in ran.out


def test_map_changes_one_column_by_its_header(director: Any) -> None:
    ran = director("--json", "import", str(FILES / "haravan_khach_hang.ods"), "--dry-run",
                   "--map", "Ghi chú=ignore", "--map", "5=ignore")  # fmt: skip
    assert ran.code == 0, ran.err
    mapping = ran.json()["mapping"]
    assert (mapping["Ghi chú"], mapping["Điện thoại"], mapping["Họ"]) == (
        "ignore", "ignore", "family_name",
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_marketing_list_imports_back_into_a_fresh_shop_as_the_same_people(
    shop: Shop, cli: Cli, tmp_path: Path, suffix: str
) -> None:
    people = {"Nguyễn Văn Ánh": "0912 345 678", "Trần Thị Bình": "028 3822 1234",
              "John Smith": "+1 650-253-0000"}  # fmt: skip
    for name, phone in people.items():
        grant(shop, add(shop, name=name, mobile=phone).id, Purpose.MARKETING_ZALO)
    listing = tmp_path / f"zalo{suffix}"
    say = load_catalog("vi").translate
    shop.services.marketing.export_marketing(shop.sales, Purpose.MARKETING_ZALO, listing, say)
    table = read_table(listing)
    rows = [list(table.headers)] + [list(cells) for _, cells in table.rows]
    assert rows[0] == ["Mã khách hàng", "Họ và tên", "Số Zalo", "Số quốc tế"]
    assert ["John Smith", "(+1) 650-253-0000", "16502530000"] in [r[1:] for r in rows]
    assert ["Trần Thị Bình", "028 3822 1234", "842838221234"] in [r[1:] for r in rows]
    assert not any(cell.startswith("'") for row in rows for cell in row)  # no stray apostrophe

    cli.db = tmp_path / "cua-hang-moi" / "shop.db"
    assert cli("--json", *INIT, new_password=DIRECTOR_PASSWORD).code == 0
    ran = cli("--user", "giamdoc", "--json", "import", str(listing), password=DIRECTOR_PASSWORD)
    assert ran.code == 0, ran.err
    doc = ran.json()
    assert doc["profile"] == "own_export" and doc["imported"] == 3 and doc["rejected"] == []
    found = [
        f
        for name in people
        for f in cli("--user", "giamdoc", "--json", "customer", "find", name,
                     password=DIRECTOR_PASSWORD).json()
    ]
    assert {(f["name"], f["phone"]) for f in found} == set(people.items())


def test_a_formula_looking_email_stays_text_in_the_xlsx_list(shop: Shop, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    made = add(shop, name="Trần Thị Bình", mobile="0987 111 222", email="=binh@gmail.com")
    grant(shop, made.id, Purpose.MARKETING_EMAIL)
    out = tmp_path / "email.xlsx"
    shop.services.marketing.export_marketing(shop.sales, Purpose.MARKETING_EMAIL, out)
    sheet = load_workbook(out).worksheets[0]
    cell = sheet.cell(row=2, column=3)
    assert (cell.value, cell.data_type) == ("=binh@gmail.com", "s")  # text, not a formula
