"""Writes the customer files of the import tests, each in the layout the tool really exports.

KiotViet (XLSX), Sapo POS (XLS), Sapo Web / Shopify-style (CSV), Haravan (ODS), Google Contacts
in its current ("… - Label") and older ("… - Type") CSV layouts, Outlook CSV saved in the
Vietnamese Windows code page, a phone's vCards (2.1 from Android, 3.0 from an iPhone, 4.0), a
shop's own sheet saved by Excel as "Unicode Text" with title rows above the header, and a file
that lost its Vietnamese letters. Realistic, invented people: messy phones, duplicates, bad rows.

    uv run --with xlwt==1.3.0 python tests/data/imports/make_files.py

(xlwt writes the old XLS format only here, for this test file; the app only reads XLS.)
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

KIOTVIET = ["Loại khách", "Mã khách hàng", "Tên khách hàng", "Điện thoại", "Địa chỉ",
            "Khu vực giao hàng", "Phường/Xã", "Công ty", "Mã số thuế", "Số CMND/CCCD",
            "Ngày sinh", "Giới tính", "Email", "Facebook", "Nhóm khách hàng", "Ghi chú",
            "Ngày giao dịch cuối", "Nợ cần thu hiện tại", "Tổng bán", "Tổng bán trừ trả hàng",
            "Trạng thái"]  # fmt: skip
KIOTVIET_ROWS: list[list[object]] = [
    ["Cá nhân", "KH000001", "Nguyễn Văn Ánh", "0912345678", "12 Lê Lợi", "Hồ Chí Minh - Quận 1",
     "Phường Bến Nghé", "", "", "", datetime(1985, 3, 15), "Nam", "anh.nguyen@gmail.com", "",
     "Khách lẻ", "Khách quen, lắp camera 2024", datetime(2026, 11, 2, 9, 30), 0, 15_400_000,
     15_400_000, "Đang hoạt động"],
    ["Cá nhân", "KH000002", "Trần Thị Bình", "(+84) 987 654 321", "45 Trần Phú",
     "Đà Nẵng - Quận Hải Châu", "Phường Hải Châu I", "", "", "", "15/08/1990", "Nữ", "", "",
     "", "", "", 0, 2_100_000, 2_100_000, "Đang hoạt động"],
    ["Cá nhân", "KH000003", "Lê Hoàng Cường", 903111222, "Số 7 đường 3/2",
     "Bà Rịa - Vũng Tàu - Thành phố Vũng Tàu", "Phường 7", "", "", "", 33000, "Nam", "", "",
     "", "", "", 0, 0, 0, "Đang hoạt động"],
    ["Cá nhân", "KH000004", "Phạm Thu Dung", "0353.123.456, 028 3822 1234", "88 Nguyễn Trãi",
     "Hà Nội - Quận Thanh Xuân", "Phường Thượng Đình", "", "", "", "", "Nữ",
     "dung.pham@yahoo.com; dung.pt@congty.vn", "", "", "", "", 0, 0, 0, "Đang hoạt động"],
    ["Cá nhân", "KH000005", "Nguyễn Văn Ánh", "0912 345 678", "", "", "", "", "", "", "", "",
     "", "", "", "Gọi lại hỏi bảo hành", "", 0, 0, 0, "Đang hoạt động"],
    ["Công ty", "KH000006", "Công ty TNHH Minh Long", "+84 (0) 28 3930 1234",
     "120 Hai Bà Trưng", "Hồ Chí Minh - Quận 3", "Phường Võ Thị Sáu", "Minh Long",
     "0312345678", "", "", "", "ketoan@minhlong.vn", "", "Đại lý", "", "", 0, 0, 0,
     "Đang hoạt động"],
    ["Cá nhân", "KH000007", "Võ Minh Em", "", "", "", "", "", "", "", "", "", "", "", "",
     "Không để lại số", "", 0, 0, 0, "Đang hoạt động"],
    ["Cá nhân", "KH000008", "Đỗ Gia Phúc", "0935-222-333", "", "Cần Thơ - Quận Ninh Kiều",
     "Phường An Cư", "", "", "", "31/02/1990", "Nam", "phuc@@gmail", "", "", "", "", 0, 0, 0,
     "Đang hoạt động"],
]  # fmt: skip

SAPO_POS = ["Mã khách hàng", "Tên khách hàng", "Nhóm khách hàng", "Số điện thoại", "Email",
            "Ngày sinh", "Giới tính", "Mã số thuế", "Website", "Fax", "Địa chỉ", "Phường/Xã",
            "Quận/Huyện", "Tỉnh/Thành phố", "Quốc gia", "Nhân viên phụ trách", "Mô tả", "Tags",
            "Công nợ hiện tại", "Tổng chi tiêu", "Điểm hiện tại", "Trạng thái"]  # fmt: skip
SAPO_POS_ROWS: list[list[object]] = [
    ["CUZN00001", "Hoàng Thị Giang", "Bán lẻ", "0909 888 777", "giang.hoang@gmail.com",
     "20/07/1992", "Nữ", "", "", "", "27 Lý Tự Trọng", "Phường Bến Thành", "Quận 1",
     "TP Hồ Chí Minh", "Việt Nam", "Lan", "Lắp 4 camera tầng trệt", "vip", 0, 8_900_000, 89,
     "Đang giao dịch"],
    ["CUZN00002", "Bùi Quốc Huy", "Bán buôn", "+84 (0) 913 456 789", "", "", "Nam", "", "", "",
     "15 Phan Chu Trinh", "Phường Hoàn Kiếm", "", "Hà Nội", "Việt Nam", "", "", "", 0, 0, 0,
     "Đang giao dịch"],
    ["CUZN00003", "Hoàng Thị Giang", "Bán lẻ", "0909.888.777", "", "", "", "", "", "", "", "",
     "", "", "", "", "", "", 0, 0, 0, "Đang giao dịch"],
]  # fmt: skip

SAPO_WEB = ["First Name", "Last Name", "Email", "Company", "Address1", "Address2", "City",
            "Province", "Province Code", "Country", "Country Code", "Zip", "Phone",
            "Accepts Marketing", "Total Spent", "Total Orders", "Tags", "Note", "Tax Exempt"]  # fmt: skip
SAPO_WEB_ROWS = [
    ["Văn Khoa", "Đặng", "khoa.dang@gmail.com", "", "9 Nguyễn Huệ", "Phường Sài Gòn", "",
     "Hồ Chí Minh", "HC", "Vietnam", "VN", "700000", "'+84918222333", "yes", "3200000.00",
     "2", "", "Giao giờ hành chính", "no"],
    ["Thị Lan", "Ngô", "lan.ngo@yahoo.com", "", "3 Hùng Vương", "", "Thành phố Huế", "Huế",
     "TTH", "Vietnam", "VN", "", "0905 111 222", "no", "0.00", "0", "", "", "no"],
]  # fmt: skip

HARAVAN = ["Mã khách hàng", "Họ", "Tên", "Email", "Điện thoại", "Ngày sinh", "Giới tính",
           "Địa chỉ", "Phường/Xã", "Quận/Huyện", "Tỉnh/Thành phố", "Quốc gia",
           "Nhận email quảng cáo", "Tổng chi tiêu", "Số đơn hàng", "Nhãn", "Ghi chú"]  # fmt: skip
HARAVAN_ROWS = [
    ["1001", "Lý", "Thanh Mai", "mai.ly@gmail.com", "0938 765 432", "12/12/1995", "Nữ",
     "56 Bạch Đằng", "Phường Hải Châu", "", "Đà Nẵng", "Vietnam", "Có", "1250000", "3",
     "khách sỉ", "Hay đặt qua Zalo"],
    ["1002", "Trịnh", "Công Sơn", "", "84 977 654 321", "", "Nam", "", "", "", "", "", "Không",
     "0", "0", "", ""],
]  # fmt: skip

GOOGLE = ["First Name", "Middle Name", "Last Name", "Phonetic First Name",
          "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname",
          "File As", "Organization Name", "Organization Title", "Organization Department",
          "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
          "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
          "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
          "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region",
          "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address"]  # fmt: skip
GOOGLE_ROWS = [
    ["Minh Tuấn", "", "Phan", "", "", "", "", "", "", "", "", "", "", "--03-15",
     "Khách lắp camera nhà", "", "* myContacts ::: Khách hàng", "* Home",
     "tuan.phan@gmail.com ::: tuan@phangia.vn", "Mobile", "0912 111 333 ::: 0988 222 444",
     "Work", "028 3811 2233", "Home", "17 Cao Thắng, Phường Bàn Cờ, Hồ Chí Minh",
     "17 Cao Thắng", "Hồ Chí Minh", "", "", "", "VN", "Phường Bàn Cờ"],
    ["Ánh", "Ngọc", "Vũ", "", "", "", "", "", "", "", "", "", "", "1988-11-02", "", "",
     "* myContacts", "", "", "Mobile", "+84 (0) 976 543 210", "", "", "", "", "", "", "", "",
     "", "", ""],
]  # fmt: skip

GOOGLE_OLD = ["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name",
              "Given Name Yomi", "Additional Name Yomi", "Family Name Yomi", "Name Prefix",
              "Name Suffix", "Initials", "Nickname", "Short Name", "Maiden Name", "Birthday",
              "Gender", "Location", "Billing Information", "Directory Server", "Mileage",
              "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes", "Language",
              "Photo", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
              "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value",
              "Address 1 - Type", "Address 1 - Formatted"]  # fmt: skip
GOOGLE_OLD_ROWS = [
    ["", "Thị Hạnh", "", "Mai", *[""] * 10, "1979-05-30", *[""] * 10, "Khách cũ, sửa đầu ghi",
     "", "", "* My Contacts", "* Other", "hanh.mai@gmail.com", "Mobile", "0903 456 789",
     "Home", "024 3826 5555", "Home", "22 Hàng Bạc, Hoàn Kiếm, Hà Nội"],
]  # fmt: skip

OUTLOOK = ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname",
           "Given Yomi", "Surname Yomi", "E-mail Address", "E-mail 2 Address",
           "E-mail 3 Address", "Home Phone", "Home Phone 2", "Business Phone",
           "Business Phone 2", "Mobile Phone", "Car Phone", "Other Phone", "Primary Phone",
           "Pager", "Business Fax", "Home Fax", "Other Fax", "Company Main Phone", "Callback",
           "Radio Phone", "Telex", "TTY/TDD Phone", "IMAddress", "Job Title", "Department",
           "Company", "Office Location", "Manager's Name", "Assistant's Name",
           "Assistant's Phone", "Company Yomi", "Business Street", "Business City",
           "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
           "Home City", "Home State", "Home Postal Code", "Home Country/Region",
           "Other Street", "Other City", "Other State", "Other Postal Code",
           "Other Country/Region", "Personal Web Page", "Spouse", "Schools", "Hobby",
           "Location", "Web Page", "Birthday", "Anniversary", "Notes"]  # fmt: skip


def outlook_row(first: str, last: str, email: str, mobile: str, street: str, city: str,
                birthday: str, notes: str) -> list[str]:  # fmt: skip
    row = dict.fromkeys(OUTLOOK, "")
    row.update({"First Name": first, "Last Name": last, "E-mail Address": email,
                "Mobile Phone": mobile, "Home Street": street, "Home City": city,
                "Birthday": birthday, "Anniversary": "0/0/00", "Notes": notes})  # fmt: skip
    return list(row.values())


OUTLOOK_ROWS = [
    outlook_row(
        "Quốc Bảo",
        "Trương",
        "bao.truong@outlook.com",
        "0917 246 813",
        "31 Lê Duẩn",
        "Hồ Chí Minh",
        "4/23/1983",
        "Đặt lịch bảo trì quý",
    ),
    outlook_row("Thị Thu Hà", "Dương", "", "0868.135.792", "", "", "0/0/00", ""),
]

SHOP_TITLE = [["DANH SÁCH KHÁCH HÀNG"], ["Cửa hàng Camera An Khang - cập nhật 12/2026"], []]
SHOP = ["STT", "Họ và tên", "SĐT", "Địa chỉ", "Ngày sinh", "Ghi chú"]
SHOP_ROWS = [
    [
        "1",
        "Tạ Văn Lộc",
        "0914 222 111 / 0283 999 8888",
        "5 Pasteur, Quận 1",
        "1975",
        'Khách "ruột", lắp 8 mắt',
    ],
    ["2", "Huỳnh Thị Nga", "0396-555-777", "", "29/02/1996", "Nhà 3 tầng"],
]

LOST = ["Họ và tên", "Điện thoại", "Ghi chú"]
LOST_ROWS = [["Nguyễn Quốc Ấn", "0912 777 888", "Khách quen"], ["Lê Na", "0912 777 999", ""]]

VCARDS = """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{n_family};{n_given};;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{fn_a}=
{fn_b}
TEL;CELL:0912 555 666
TEL;HOME:028 3822 7777
EMAIL;HOME:hoa.dinh@gmail.com
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.5//EN
N:Lâm;Gia Huy;;;
FN:Lâm Gia Huy
item1.TEL;type=pref:+84 971 234 567
TEL;type=CELL;type=VOICE:(+84) 356 789 012
EMAIL;type=INTERNET;type=HOME;type=pref:giahuy.lam@icloud.com
item2.ADR;type=HOME;type=pref:;;19 Nguyễn Văn Cừ;Phường An Khánh;Cần Thơ;;Việt Nam
BDAY;VALUE=date:--09-21
NOTE:Khách quen\\, hay hỏi camera wifi
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Châu Ngọc Trâm
N:Châu;Ngọc Trâm;;;
TEL;TYPE=cell;VALUE=uri:tel:+84-979-888-111
BDAY:19910704
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:
TEL;type=CELL:0912 000 999
END:VCARD
"""


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_form(text: str) -> str:
    """Letters as Windows-1258 stores them: "ệ" is "ê" followed by a combining dot below."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        base, *marks = unicodedata.normalize("NFD", ch)
        kept = "".join(m for m in marks if m not in TONES)
        tones = "".join(m for m in marks if m in TONES)
        out.append(unicodedata.normalize("NFC", base + kept) + tones)
    return "".join(out)


def qp(text: str) -> str:
    return "".join(f"={b:02X}" for b in text.encode("utf-8"))


def write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Khách hàng"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)


def write_xls(path: Path, header: list[str], rows: list[list[object]]) -> None:
    import xlwt  # type: ignore[import-not-found]

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("DanhSachKhachHang")
    for c, text in enumerate(header):
        sheet.write(0, c, text)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))


def write_ods(path: Path, header: list[str], rows: list[list[str]]) -> None:
    def row_xml(cells: list[str]) -> str:
        out = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p>'
            "</table:table-cell>"
            if c
            else "<table:table-cell/>"
            for c in cells
        )
        return f"<table:table-row>{out}</table:table-row>"

    body = "".join(row_xml(r) for r in [header, *rows])
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet>"
        f'<table:table table:name="Khach hang">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def main() -> None:
    write_xlsx(HERE / "kiotviet_DanhSachKhachHang.xlsx", KIOTVIET, KIOTVIET_ROWS)
    write_xls(HERE / "sapo_pos_khach_hang.xls", SAPO_POS, SAPO_POS_ROWS)
    # Shopify-style exports are UTF-8 without a byte-order mark.
    (HERE / "sapo_web_customers_export.csv").write_bytes(
        csv_text([SAPO_WEB, *SAPO_WEB_ROWS]).encode("utf-8")
    )
    write_ods(HERE / "haravan_khach_hang.ods", HARAVAN, HARAVAN_ROWS)
    (HERE / "google_contacts.csv").write_bytes(csv_text([GOOGLE, *GOOGLE_ROWS]).encode("utf-8"))
    (HERE / "google_contacts_old.csv").write_bytes(
        csv_text([GOOGLE_OLD, *GOOGLE_OLD_ROWS]).encode("utf-8-sig")
    )
    # Outlook writes the PC's ANSI code page: Windows-1258 on a Vietnamese Windows.
    text = cp1258_form(csv_text([OUTLOOK, *OUTLOOK_ROWS]))
    (HERE / "outlook_contacts.CSV").write_bytes(text.encode("cp1258"))
    # Excel's "Unicode Text": UTF-16 with its byte-order mark, tab-separated.
    shop = csv_text([*SHOP_TITLE, SHOP, *SHOP_ROWS], delimiter="\t")
    (HERE / "so_khach_unicode.txt").write_bytes(shop.encode("utf-16"))
    # Saved as "CSV" on a Windows set to a Western language: letters it has not become "?".
    lost = csv_text([LOST, *LOST_ROWS]).encode("cp1252", errors="replace")
    (HERE / "mat_dau_cp1252.csv").write_bytes(lost)
    name = "Đinh Thị Hoa"
    full = qp(name)
    cut = full.index("=", len(full) // 2)  # a soft line break between two escapes
    vcards = VCARDS.format(n_family=qp("Đinh"), n_given=qp("Thị Hoa"), fn_a=full[:cut],
                           fn_b=full[cut:])  # fmt: skip
    (HERE / "danh_ba.vcf").write_bytes(vcards.replace("\n", "\r\n").encode("utf-8"))


if __name__ == "__main__":
    main()
