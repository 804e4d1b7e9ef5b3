"""The parts every official paper of the shop carries: the national heading, the place-and-date
line, the signer named by full name with a phone to call back, and the honorific of a letter.

Vietnamese administrative papers open with "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do
- Hạnh phúc" and "<Tỉnh/thành>, ngày .. tháng .. năm ..."; the place is the province or city of
the shop's address (its last part, as addresses are written), or dots to fill in by hand.
"""

from __future__ import annotations

from datetime import datetime

from shopprivacy.domain.staff import ShopProfile
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.reports.document import OfficialHeading
from shopprivacy.reports.request_wording import label
from shopprivacy.reports.text import local_time
from shopprivacy.services.staff_names import StaffName

CTX = "official_papers"
NATION = QT_TRANSLATE_NOOP(CTX, "Socialist Republic of Vietnam")
MOTTO = QT_TRANSLATE_NOOP(CTX, "Independence - Freedom - Happiness")
BLANK_PLACE = "……………"
# Words before a province's name that the place line leaves out ("Tỉnh Lâm Đồng" -> "Lâm Đồng");
# "TP." and "Thành phố" stay, as the cities write them.
PROVINCE_WORDS = ("tỉnh ", "province of ")
COUNTRY_WORDS = ("việt nam", "viet nam", "vietnam")


def place_name(address: str) -> str:
    """The province or city of a one-line address ("" when there is none)."""
    parts = [p.strip() for p in address.replace("\n", ",").split(",") if p.strip()]
    while parts and parts[-1].lower().strip(". ") in COUNTRY_WORDS:
        parts.pop()
    if not parts:
        return ""
    place = parts[-1]
    for word in PROVINCE_WORDS:
        if place.lower().startswith(word):
            place = place[len(word) :].strip()
    return place


def place_date(profile: ShopProfile, when: datetime, lang: str) -> str:
    """ "TP. Hồ Chí Minh, ngày 08 tháng 12 năm 2026" on the shop's clock."""
    day = local_time(when).date()
    return label(
        lang,
        CTX,
        QT_TRANSLATE_NOOP(CTX, "{place}, {year}-{month}-{day}"),
        place=place_name(profile.address) or BLANK_PLACE,
        day=f"{day.day:02d}",
        month=f"{day.month:02d}",
        year=day.year,
    )


def official_heading(profile: ShopProfile, when: datetime, lang: str) -> OfficialHeading:
    return OfficialHeading(
        nation=label(lang, CTX, NATION),
        motto=label(lang, CTX, MOTTO),
        place_date=place_date(profile, when, lang),
    )


def display_name(person: StaffName, lang: str) -> str:
    """The person's full name; their role when the account has none (never the login)."""
    return person.full_name or label(lang, "roles", person.role.label)


def contact_line(person: StaffName, profile: ShopProfile, lang: str) -> str:
    """ "Trần Thị Bích Ngọc (Giám đốc), điện thoại 0903 123 456": the person's own phone, else
    the shop's."""
    phone = person.phone or profile.phone
    role = label(lang, "roles", person.role.label)
    name = person.full_name or BLANK_PLACE
    if phone:
        return label(
            lang,
            CTX,
            QT_TRANSLATE_NOOP(CTX, "{name} ({role}), phone {phone}"),
            name=name,
            role=role,
            phone=phone,
        )
    return label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "{name} ({role})"), name=name, role=role)


def addressee(name: str, lang: str) -> str:
    """ "Ông/Bà Nguyễn Văn Ánh" on the envelope line, "Quý khách" without a name."""
    if name:
        return label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "Mr/Ms {name}"), name=name)
    return label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "Valued customer"))


def greeting(name: str, lang: str) -> str:
    """ "Kính gửi Ông/Bà Nguyễn Văn Ánh," or, without a name, "Kính gửi Quý khách,"."""
    if name:
        return label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "Dear Mr/Ms {name},"), name=name)
    return label(lang, CTX, QT_TRANSLATE_NOOP(CTX, "Dear customer,"))
