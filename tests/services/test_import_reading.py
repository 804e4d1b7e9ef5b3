"""Reading customer files right: encodings by their byte-order mark, Windows-1258 told from
Windows-1252, lost letters flagged, the separator taken from the header line, the header found
below title rows, several phones or emails in one cell, a bad optional detail left out."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from shopprivacy.domain.customers import Source
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.import_profiles import recognise
from shopprivacy.services.import_files import read_table
from shopprivacy.services.import_rows import row_draft
from shopprivacy.services.import_text import decode, has_lost_letters, header_delimiter
from tests.conftest import Shop

ROWS = "Họ và tên,Điện thoại,Ghi chú\r\nNguyễn Thị Ánh,0912 345 678,Khách quen\r\n"


@pytest.mark.parametrize(
    "encoded",
    [codecs.BOM_UTF8 + ROWS.encode(), ROWS.encode("utf-16"), ROWS.encode("utf-16-be"),
     ROWS.encode("utf-16-le"), ROWS.encode()],
    ids=["utf-8 bom", "utf-16 bom", "utf-16-be no bom", "utf-16-le no bom", "utf-8"],
)  # fmt: skip
def test_unicode_files_are_read_by_their_mark(encoded: bytes) -> None:
    assert decode(encoded) == ROWS


def cp1258(text: str) -> bytes:
    """As Windows-1258 stores Vietnamese: base letters, tones as combining marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        base, *marks = unicodedata.normalize("NFD", ch)
        kept = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
        out.append(kept + "".join(m for m in marks if m in tones))
    return "".join(out).encode("cp1258")


def test_windows_1258_is_told_from_windows_1252() -> None:
    assert decode(cp1258(ROWS)) == ROWS
    western = "Name,Note\r\nJosé Müller,Café crème – Ìtalo Òscar\r\n"
    assert decode(western.encode("cp1252")) == western


def test_lost_letters_are_spotted_but_not_urls_or_emails() -> None:
    assert has_lost_letters("Nguy?n Qu?c ?n") and has_lost_letters("Tr\ufffdn")
    assert not has_lost_letters("https://shop.vn/?ref=zalo")
    assert not has_lost_letters("Có lắp không?") and not has_lost_letters("an?@gmail.com")


def test_the_separator_comes_from_the_header_not_a_late_quote() -> None:
    text = 'DANH SÁCH\r\nHọ và tên;Điện thoại;Ghi chú\r\nAn;0912 345 678;"hỏi, rồi\r\n'
    assert header_delimiter(text) == ";"
    assert header_delimiter("Họ và tên\tSĐT\r\nAn\t0912\r\n") == "\t"


def test_a_late_quote_does_not_shift_the_columns(tmp_path: Path) -> None:
    lines = ["Họ và tên,Điện thoại,Ghi chú"] + [f"Khách {n},0912 000 {n:03d},x" for n in range(60)]
    lines.append('Khách Cuối,0912 999 888,"Nói ""bảo hành"", rồi đi"')
    path = tmp_path / "khach.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows[-1][1] == ("Khách Cuối", "0912 999 888", 'Nói "bảo hành", rồi đi')
    assert all(len(cells) == 3 for _, cells in table.rows)


def test_the_header_is_found_below_title_rows(tmp_path: Path) -> None:
    path = tmp_path / "so.csv"
    path.write_text(
        "DANH SÁCH KHÁCH HÀNG,,\r\nCập nhật 12/2026,,\r\n,,\r\nHọ và tên,SĐT,Địa chỉ\r\n"
        "Lê Na,0912 777 999,5 Pasteur\r\n",
        encoding="utf-8-sig",
    )
    table = read_table(path)
    assert table.headers == ("Họ và tên", "SĐT", "Địa chỉ")
    assert table.rows == ((5, ("Lê Na", "0912 777 999", "5 Pasteur")),)


def test_an_unreadable_or_oversized_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    wide = tmp_path / "rong.csv"
    wide.write_text(",".join(["x"] * 5000) + "\r\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_table(wide)
    assert "too big" in caught.value.message.render()
    huge_cell = tmp_path / "o.csv"
    huge_cell.write_text('Họ và tên,Ghi chú\r\nAn,"' + "x" * 300_000 + '"\r\n', encoding="utf-8")
    with pytest.raises(ValidationError):
        read_table(huge_cell)
    fake = tmp_path / "gia.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError) as caught:
        read_table(fake)
    assert "cannot be read" in caught.value.message.render()


def test_several_phones_and_emails_in_one_cell_are_all_kept() -> None:
    headers = ["Họ và tên", "Điện thoại", "Email", "Ghi chú"]
    mapping = recognise(headers).mapping
    cells = ("Phan Minh Tuấn", "0912 111 333 ::: 0988 222 444; 028 3811 2233/0903 000 111",
             "tuan@gmail.com ::: tuan@phangia.vn, t@x.vn", "Khách   quen ")  # fmt: skip
    draft, left_out = row_draft(cells, mapping, Source.OTHER)
    assert [c.value for c in draft.contacts] == [
        "0912 111 333", "0988 222 444", "028 3811 2233", "0903 000 111",
        "tuan@gmail.com", "tuan@phangia.vn", "t@x.vn",
    ]  # fmt: skip
    assert draft.notes == "Khách quen" and left_out == []


def test_names_in_parts_are_joined_in_vietnamese_order() -> None:
    mapping = recognise(["First Name", "Middle Name", "Last Name", "Phone 1 - Value"]).mapping
    draft, _ = row_draft(("Ánh", "Ngọc", "Vũ", "0976 543 210"), mapping, Source.OTHER)
    assert draft.full_name == "Vũ Ngọc Ánh"


def test_a_bad_email_among_good_details_keeps_the_customer(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "khach.csv"
    path.write_text(
        "Họ và tên,Điện thoại,Email,Ngày sinh\r\n"
        "Lê Na,0912 777 999 / 0912 34,na@@gmail; na@gmail.com,--03-15\r\n"
        "Vũ Minh,0912 34,,\r\n",
        encoding="utf-8",
    )
    report = shop.services.importer.run_import(shop.sales, path)
    assert report.imported == 1
    assert [(p.row, p.field) for p in report.warnings] == [
        (2, "birth_date"), (2, "mobile"), (2, "personal_email"),
    ]  # fmt: skip
    assert [(p.row, p.field) for p in report.rejected] == [(3, "mobile")]  # no way left to reach
    na = shop.services.customers.search_customers(shop.sales, "le na")[0]
    details = shop.services.customers.get_customer(shop.sales, na.id)
    assert [c.value for c in details.contacts] == ["0912 777 999", "na@gmail.com"]
    assert details.birth_date is None


def test_a_sheet_declaring_a_huge_size_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Họ và tên", "SĐT"])
    sheet["Z1000000"] = "x"  # a few KB that declare 26 million cells
    path = tmp_path / "to.xlsx"
    book.save(path)
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert "too big" in caught.value.message.render()


def test_the_import_records_which_tool_the_file_came_from(shop: Shop) -> None:
    from shopprivacy.domain.audit import Action
    from shopprivacy.services.audit import AuditFilter

    files = Path(__file__).resolve().parents[1] / "data" / "imports"
    shop.services.importer.run_import(shop.sales, files / "google_contacts.csv")
    entry = shop.services.audit.entries(
        shop.director, AuditFilter(action=Action.CUSTOMERS_IMPORTED)
    )[0]
    assert (entry.detail["profile"], entry.detail["new"], entry.detail["left_out"]) == (
        "google", 2, 1,
    )  # fmt: skip


def test_the_preview_numbers_rows_as_the_sheet_does_below_its_title_rows(shop: Shop) -> None:
    files = Path(__file__).resolve().parents[1] / "data" / "imports"
    preview = shop.services.importer.preview(shop.sales, files / "so_khach_unicode.txt")
    assert preview.headers[:3] == ("STT", "Họ và tên", "SĐT")
    assert preview.sample_numbers == (5, 6) and preview.sample[0][1] == "Tạ Văn Lộc"


def test_phone_labels_and_vcard_types_give_home_and_office_phones(shop: Shop) -> None:
    files = Path(__file__).resolve().parents[1] / "data" / "imports"
    for name in ("google_contacts.csv", "google_contacts_old.csv", "danh_ba.vcf"):
        shop.services.importer.run_import(shop.sales, files / name)

    def kinds(text: str) -> list[tuple[str, str]]:
        found = shop.services.customers.search_customers(shop.sales, text)[0]
        details = shop.services.customers.get_customer(shop.sales, found.id)
        return [(c.kind.value, c.value) for c in details.contacts]

    assert kinds("phan minh tuan")[2:] == [
        ("mobile", "0912 111 333"), ("mobile", "0988 222 444"), ("office_phone", "028 3811 2233"),
    ]  # fmt: skip
    assert kinds("mai thi hanh")[1:] == [
        ("mobile", "0903 456 789"),
        ("home_phone", "024 3826 5555"),
    ]
    assert kinds("dinh thi hoa")[:2] == [
        ("mobile", "0912 555 666"),
        ("home_phone", "028 3822 7777"),
    ]


def test_a_label_names_a_kind_only_if_the_shop_collects_it(shop: Shop) -> None:
    from shopprivacy.domain.customers import OptionalField

    shop.services.customer_rules.set_field_collected(
        shop.director, OptionalField.OFFICE_PHONE, False
    )
    files = Path(__file__).resolve().parents[1] / "data" / "imports"
    report = shop.services.importer.run_import(shop.sales, files / "google_contacts.csv")
    assert report.imported == 2 and report.rejected == ()  # the work number stays a phone
