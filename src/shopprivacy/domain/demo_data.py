"""Made-up but believable Vietnamese customers for the practice (demo) database.

Everything here is invented: names are drawn from common family, middle and given names, phone
numbers use real mobile prefixes with random digits, addresses use real provinces (after the 2025
merger) and common street names. The same seed always gives the same shop, so screenshots in the
user guide do not change from one run to the next.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from shopprivacy.domain.consents import Purpose
from shopprivacy.domain.customers import (
    Address,
    AddressKind,
    ContactKind,
    ContactPoint,
    CustomerDraft,
    Source,
)
from shopprivacy.domain.names import fold
from shopprivacy.domain.orders import NewOrder

FAMILY = (
    "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
    "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
)  # fmt: skip
MIDDLE_MALE = ("Văn", "Minh", "Đức", "Hữu", "Quốc", "Thanh", "Công", "Gia")
MIDDLE_FEMALE = ("Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mai", "Bảo", "Phương")
GIVEN_MALE = (
    "An", "Bình", "Dũng", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Nam", "Phong", "Phúc",
    "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Vinh", "Đạt", "Khoa", "Tài",
)  # fmt: skip
GIVEN_FEMALE = (
    "Anh", "Chi", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân",
    "Nhung", "Quỳnh", "Tâm", "Thảo", "Trang", "Uyên", "Vy", "Yến", "Hằng",
)  # fmt: skip

# Province -> a few wards or communes in it (names as after the 2025 reform).
PLACES: dict[str, tuple[str, ...]] = {
    "TP. Hồ Chí Minh": ("Phường Bến Thành", "Phường Sài Gòn", "Phường Tân Định", "Phường Gò Vấp"),
    "Hà Nội": ("Phường Hoàn Kiếm", "Phường Ba Đình", "Phường Cầu Giấy", "Phường Đống Đa"),
    "Đà Nẵng": ("Phường Hải Châu", "Phường Thanh Khê", "Phường Sơn Trà"),
    "Hải Phòng": ("Phường Hồng Bàng", "Phường Lê Chân", "Phường Ngô Quyền"),
    "Cần Thơ": ("Phường Ninh Kiều", "Phường Cái Khế", "Phường Bình Thủy"),
    "Huế": ("Phường Phú Xuân", "Phường Thuận Hóa", "Phường Vỹ Dạ"),
    "Khánh Hòa": ("Phường Nha Trang", "Phường Cam Ranh", "Xã Diên Khánh"),
    "Đồng Nai": ("Phường Biên Hòa", "Phường Trấn Biên", "Xã Long Thành"),
    "Lâm Đồng": ("Phường Xuân Hương - Đà Lạt", "Phường Lâm Viên - Đà Lạt", "Xã Đức Trọng"),
    "Nghệ An": ("Phường Thành Vinh", "Phường Trường Vinh", "Xã Diễn Châu"),
    "Quảng Ninh": ("Phường Hạ Long", "Phường Bãi Cháy", "Phường Móng Cái 1"),
    "An Giang": ("Phường Long Xuyên", "Phường Châu Đốc", "Phường Rạch Giá"),
    "Bắc Ninh": ("Phường Kinh Bắc", "Phường Từ Sơn", "Phường Bắc Giang"),
    "Thanh Hóa": ("Phường Hạc Thành", "Phường Sầm Sơn", "Xã Hoằng Hóa"),
}
# The shop is in Ho Chi Minh City: most customers live nearby.
PROVINCE_WEIGHTS = (30, 14, 8, 6, 6, 4, 5, 7, 4, 3, 3, 4, 3, 3)
STREETS = (
    "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
    "Phan Chu Trinh", "Điện Biên Phủ", "Nguyễn Trãi", "Lê Duẩn", "Võ Thị Sáu", "Pasteur",
)  # fmt: skip
MOBILE_PREFIXES = (
    "090", "091", "093", "094", "096", "097", "098", "032", "033", "034", "035", "036", "037",
    "038", "039", "070", "077", "079", "081", "083", "085", "086", "088",
)  # fmt: skip
# (product, warranty in months)
PRODUCTS = (
    ("Tủ lạnh Panasonic 255 lít", 24),
    ("Máy giặt LG 9 kg", 24),
    ("Điện thoại Samsung Galaxy A55", 12),
    ("Laptop Dell Inspiron 15", 12),
    ("Tivi Sony 55 inch", 24),
    ("Nồi cơm điện Sharp 1,8 lít", 12),
    ("Điều hòa Daikin 1 HP", 36),
    ("Quạt điều hòa Kangaroo", 12),
    ("Máy lọc nước Karofi", 18),
    ("Lò vi sóng Electrolux", 12),
    ("Bình nước nóng Ariston 20 lít", 24),
    ("Tai nghe Sony WH-1000XM5", 12),
)
NOTES = (
    "Khách quen, thích được gọi buổi chiều.",
    "Giao hàng sau 17 giờ.",
    "Đã lắp đặt tại nhà, hẹn bảo trì sau 6 tháng.",
    "Khách mua cho công ty.",
    "",
)
SOURCES = (Source.IN_SHOP,) * 6 + (Source.PHONE_CALL, Source.WEB_FORM, Source.EMAIL)
# Channels customers agree to at the desk, the most common first.
GRANTED = (Purpose.MARKETING_ZALO, Purpose.MARKETING_EMAIL, Purpose.MARKETING_PHONE)


@dataclass(frozen=True)
class SampleCustomer:
    draft: CustomerDraft
    orders: tuple[NewOrder, ...]
    consents: tuple[Purpose, ...]


def sample_customers(count: int, today: date, seed: int = 2026) -> list[SampleCustomer]:
    """``count`` invented customers, each with a unique mobile number, an address in one of the
    provinces, 0–3 orders over the last two years and some marketing consents."""
    rng = random.Random(seed)  # noqa: S311 - repeatable made-up data, not a secret
    used_phones: set[str] = set()
    provinces = list(PLACES)
    customers = []
    for n in range(count):
        female = rng.random() < 0.5
        name = " ".join(
            (
                rng.choice(FAMILY),
                rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE),
                rng.choice(GIVEN_FEMALE if female else GIVEN_MALE),
            )
        )
        phone = _unique_phone(rng, used_phones)
        contacts = [ContactPoint(ContactKind.MOBILE, phone)]
        if rng.random() < 0.4:
            handle = fold(name).replace(" ", "")
            contacts.append(ContactPoint(ContactKind.PERSONAL_EMAIL, f"{handle}{n}@gmail.com"))
        province = rng.choices(provinces, weights=PROVINCE_WEIGHTS)[0]
        address = Address(
            kind=AddressKind.HOME,
            street=f"{rng.randint(1, 299)} {rng.choice(STREETS)}",
            ward=rng.choice(PLACES[province]),
            province=province,
        )
        birth = None
        if rng.random() < 0.5:
            birth = date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
        draft = CustomerDraft(
            full_name=name,
            contacts=tuple(contacts),
            addresses=(address,),
            birth_date=birth,
            notes=rng.choice(NOTES),
            source=rng.choice(SOURCES),
        )
        orders = tuple(
            NewOrder(today - timedelta(days=rng.randint(0, 720)), product, months)
            for product, months in rng.sample(PRODUCTS, rng.choice((0, 1, 1, 1, 2, 2, 3)))
        )
        consents = tuple(p for p in GRANTED if rng.random() < 0.35)
        customers.append(SampleCustomer(draft, orders, consents))
    return customers


def _unique_phone(rng: random.Random, used: set[str]) -> str:
    while True:
        digits = f"{rng.choice(MOBILE_PREFIXES)}{rng.randint(0, 9_999_999):07d}"
        if digits not in used:
            used.add(digits)
            return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
