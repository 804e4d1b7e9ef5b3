"""Synthetic Vietnamese customers for the benchmarks: realistic names, mobile numbers of real
Vietnamese prefixes, emails and addresses across provinces. Deterministic (row i is always the
same person), so the encrypted shop and the plain baseline hold exactly the same data."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
]  # fmt: skip
# Weighted like real life: about four in ten Vietnamese are Nguyễn.
FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 2, 2, 2, 1]
MIDDLE = [
    "Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh", "Hữu", "Xuân", "Hoàng", "Bảo",
    "Gia", "Kim", "Phương", "Công",
]  # fmt: skip
GIVEN = [
    "An", "Anh", "Bình", "Châu", "Cường", "Dung", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu",
    "Hoa", "Hùng", "Hương", "Huy", "Khánh", "Khôi", "Lan", "Linh", "Long", "Mai", "Minh", "My",
    "Nam", "Nga", "Ngân", "Nhung", "Phong", "Phúc", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo",
    "Thắng", "Thủy", "Tiến", "Trang", "Trung", "Tuấn", "Tú", "Uyên", "Vân", "Việt", "Vy", "Yến",
]  # fmt: skip
# Current 10-digit mobile prefixes (Viettel, Vinaphone, MobiFone, Vietnamobile, Gmobile).
MOBILE_PREFIXES = [
    "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",
    "081", "082", "083", "084", "085", "088", "091", "094", "070", "076", "077", "078", "079",
    "090", "093", "056", "058", "059",
]  # fmt: skip
STREETS = [
    "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Phan Chu Trinh",
    "Điện Biên Phủ", "Cách Mạng Tháng Tám", "Võ Văn Tần", "Hùng Vương", "Quang Trung",
]  # fmt: skip
PROVINCES = [
    "Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Ninh",
    "Nghệ An", "Thanh Hóa", "Đồng Nai", "Khánh Hòa", "Lâm Đồng", "An Giang", "Đắk Lắk",
    "Bắc Ninh", "Gia Lai",
]  # fmt: skip
MAIL_HOSTS = ["gmail.com", "yahoo.com.vn", "outlook.com", "fpt.vn"]
HEADERS = ["Họ và tên", "Số điện thoại", "Email", "Địa chỉ"]

_FAMILY_TABLE = [f for f, w in zip(FAMILY, FAMILY_WEIGHTS, strict=True) for _ in range(w)]


def plain_ascii(text: str) -> str:
    """Lower case without diacritics (for email local parts)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    ).lower()


@dataclass(frozen=True)
class Person:
    index: int
    name: str
    phone: str  # national form, 10 digits
    email: str
    address: str
    province: str


def _mix(i: int, salt: int) -> int:
    # A cheap, deterministic scramble so neighbouring rows do not look alike.
    return ((i + 1) * 2654435761 + salt * 40503) % 4294967291


def person(i: int) -> Person:
    family = _FAMILY_TABLE[_mix(i, 1) % len(_FAMILY_TABLE)]
    middle = MIDDLE[_mix(i, 2) % len(MIDDLE)]
    given = GIVEN[_mix(i, 3) % len(GIVEN)]
    # (prefix, 7 digits) is unique for every i below 10 million: 7,919 is prime to 10^7.
    prefix = MOBILE_PREFIXES[i % len(MOBILE_PREFIXES)]
    phone = f"{prefix}{(i * 7919 + 1234567) % 10_000_000:07d}"
    host = MAIL_HOSTS[_mix(i, 4) % len(MAIL_HOSTS)]
    email = f"{plain_ascii(given)}.{plain_ascii(family)}{i}@{host}"
    province = PROVINCES[_mix(i, 5) % len(PROVINCES)]
    street = STREETS[_mix(i, 6) % len(STREETS)]
    address = f"Số {1 + _mix(i, 7) % 300} {street}, Phường {1 + i % 20}, {province}"
    return Person(i, f"{family} {middle} {given}", phone, email, address, province)


def people(start: int, stop: int) -> Iterator[Person]:
    return (person(i) for i in range(start, stop))


def write_csv(path: Path, start: int, stop: int) -> None:
    """The spreadsheet a shop would import (UTF-8 with BOM, as Excel writes it)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        for p in people(start, stop):
            out.writerow([p.name, p.phone, p.email, p.address])
