"""Writes ``messy_customers.csv`` and ``messy_customers.xlsx``: an old shop spreadsheet as shops
really keep them (mixed phone formats, names typed in decomposed Unicode, blank rows, a
duplicate, an invalid email, formula-looking cells, a number that lost its leading zero).

    uv run python tests/data/make_messy_sample.py
"""

from __future__ import annotations

import csv
import unicodedata
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


HEADER = ["Họ và tên", "Số điện thoại", "Email", "Địa chỉ", "Ngày sinh", "Ghi chú"]
ROWS: list[list[object]] = [
    [nfd("Nguyễn Văn Ánh"), "0912.345.678", "anh.nguyen@gmail.com",
     "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh", "15/03/1985", "Khách quen"],
    ["Trần Thị Bình", "+84 987 654 321", "binh.tran@gmail.com", "", "", ""],
    ["", "", "", "", "", ""],
    ["Lê Hoàng Cường", "84 903 111 222", "cuong@@gmail", "", "", ""],
    [nfd("Phạm Thu Dung"), "01653123456", "dung.pham@yahoo.com", "", "", "Mua camera 2024"],
    ["NGUYỄN VĂN ÁNH", "0912 345 678", "", "", "", "Hỏi bảo hành"],
    ['=HYPERLINK("http://evil.example","Bấm vào")', "0977 000 111", "", "", "", ""],
    ["Võ Minh Em", "", "", "", "", "Không để lại số"],
    ["", "", "", "", "", ""],
    ["Đỗ Gia Phúc", "0935-222-333", "", "", "31/02/1990", ""],
    ["Hoàng Thị Giang", "028 3822 1234 / 0909 888 777", "giang@congty.vn", "", "1992-07-20",
     "=1+1 tặng thêm"],
]  # fmt: skip


def write(folder: Path) -> None:
    with (folder / "messy_customers.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in ROWS:
        cells = list(row)
        if cells[1] == "01653123456":
            cells[1] = 1653123456  # typed into Excel as a number: the 0 is gone
        if cells[4] == "1992-07-20":
            cells[4] = datetime(1992, 7, 20)  # a real date cell
        sheet.append(cells)
    book.save(folder / "messy_customers.xlsx")


if __name__ == "__main__":
    write(Path(__file__).parent)
