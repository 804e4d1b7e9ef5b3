"""Recognising where a spreadsheet of customers came from, and what each of its columns holds.

Shops move from KiotViet, Sapo, Haravan, Google Contacts, Outlook or a phone's vCards. Each
tool writes its own header row; when the headers are those of a known tool, every column is
mapped exactly. Otherwise (or for columns the tool's profile does not know) words in the header
suggest the field. Two rules hold everywhere: a "… - Label"/"… - Type" column describes another
column and is never a contact; a "Mã …" (code) column is never the customer's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from shopprivacy.domain.customers import ContactKind
from shopprivacy.domain.importing import ImportField
from shopprivacy.domain.names import fold
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

F = ImportField
CTX = "import"


def header_key(header: str) -> str:
    """A header as compared: folded, words only ("Phường/Xã" -> "phuong xa")."""
    return " ".join(re.findall(r"[^\W_]+", fold(header)))


@dataclass(frozen=True)
class Profile:
    """A tool's export layout. ``columns``: header (as the tool writes it) -> field; columns it
    writes that are not customer details are listed as IGNORE so they are never guessed.
    ``signature``: headers that must all be present to recognise the tool."""

    key: str
    name: str  # shown to the user
    signature: tuple[str, ...]
    columns: dict[str, ImportField]
    month_first: bool = False  # dates written month/day/year
    patterns: tuple[tuple[str, ImportField], ...] = ()  # numbered columns: regex on header_key
    consent_columns: tuple[str, ...] = ()  # marketing consent: never imported, always said


def _keyed(columns: dict[str, ImportField]) -> dict[str, ImportField]:
    return {header_key(h): f for h, f in columns.items()}


_KIOTVIET = {
    "Loại khách": F.IGNORE, "Mã khách hàng": F.IGNORE, "Tên khách hàng": F.FULL_NAME,
    "Điện thoại": F.MOBILE, "Địa chỉ": F.ADDRESS, "Khu vực giao hàng": F.AREA,
    "Khu vực": F.AREA, "Phường/Xã": F.WARD, "Tỉnh/Thành phố": F.PROVINCE, "Công ty": F.IGNORE,
    "Mã số thuế": F.IGNORE, "Số CMND/CCCD": F.IGNORE, "Ngày sinh": F.BIRTH_DATE,
    "Giới tính": F.IGNORE, "Email": F.PERSONAL_EMAIL, "Facebook": F.IGNORE,
    "Nhóm khách hàng": F.IGNORE, "Ghi chú": F.NOTES, "Điểm hiện tại": F.IGNORE,
    "Tổng điểm": F.IGNORE, "Ngày giao dịch cuối": F.IGNORE, "Nợ cần thu hiện tại": F.IGNORE,
    "Tổng bán": F.IGNORE, "Tổng bán trừ trả hàng": F.IGNORE, "Trạng thái": F.IGNORE,
    "Người tạo": F.IGNORE, "Ngày tạo": F.IGNORE, "Chi nhánh tạo": F.IGNORE,
}  # fmt: skip

_SAPO_POS = {
    "Mã khách hàng": F.IGNORE, "Tên khách hàng": F.FULL_NAME, "Nhóm khách hàng": F.IGNORE,
    "Số điện thoại": F.MOBILE, "Email": F.PERSONAL_EMAIL, "Ngày sinh": F.BIRTH_DATE,
    "Giới tính": F.IGNORE, "Mã số thuế": F.IGNORE, "Website": F.IGNORE, "Fax": F.IGNORE,
    "Địa chỉ": F.ADDRESS, "Phường/Xã": F.WARD, "Quận/Huyện": F.DISTRICT,
    "Tỉnh/Thành phố": F.PROVINCE, "Quốc gia": F.IGNORE, "Nhân viên phụ trách": F.IGNORE,
    "Mô tả": F.NOTES, "Ghi chú": F.NOTES, "Tags": F.IGNORE, "Công nợ hiện tại": F.IGNORE,
    "Tổng chi tiêu": F.IGNORE, "Điểm hiện tại": F.IGNORE, "Hạng thẻ hiện tại": F.IGNORE,
    "Trạng thái": F.IGNORE, "Ngày tạo": F.IGNORE,
}  # fmt: skip

# Sapo Web writes Shopify's customer layout: the older one and the one with "Default Address".
_SAPO_WEB = {
    "First Name": F.GIVEN_NAME, "Last Name": F.FAMILY_NAME, "Email": F.PERSONAL_EMAIL,
    "Company": F.IGNORE, "Address1": F.ADDRESS, "Address2": F.ADDRESS, "City": F.DISTRICT,
    "Province": F.PROVINCE, "Province Code": F.IGNORE, "Country": F.IGNORE,
    "Country Code": F.IGNORE, "Zip": F.IGNORE, "Phone": F.MOBILE,
    "Accepts Marketing": F.IGNORE, "Total Spent": F.IGNORE, "Total Orders": F.IGNORE,
    "Tags": F.IGNORE, "Note": F.NOTES, "Tax Exempt": F.IGNORE,
    "Accepts Email Marketing": F.IGNORE, "Accepts SMS Marketing": F.IGNORE,
    "Default Address Company": F.IGNORE, "Default Address Address1": F.ADDRESS,
    "Default Address Address2": F.ADDRESS, "Default Address City": F.DISTRICT,
    "Default Address Province Code": F.IGNORE, "Default Address Country Code": F.IGNORE,
    "Default Address Zip": F.IGNORE, "Default Address Phone": F.MOBILE,
}  # fmt: skip

_HARAVAN = {
    "Mã khách hàng": F.IGNORE, "Họ": F.FAMILY_NAME, "Tên": F.GIVEN_NAME,
    "Email": F.PERSONAL_EMAIL, "Điện thoại": F.MOBILE, "Số điện thoại": F.MOBILE,
    "Ngày sinh": F.BIRTH_DATE, "Giới tính": F.IGNORE, "Công ty": F.IGNORE,
    "Địa chỉ": F.ADDRESS, "Địa chỉ 2": F.ADDRESS, "Phường/Xã": F.WARD, "Quận/Huyện": F.DISTRICT,
    "Tỉnh/Thành phố": F.PROVINCE, "Quốc gia": F.IGNORE, "Mã bưu chính": F.IGNORE,
    "Nhận email quảng cáo": F.IGNORE, "Tổng chi tiêu": F.IGNORE, "Số đơn hàng": F.IGNORE,
    "Nhãn": F.IGNORE, "Ghi chú": F.NOTES, "Ngày tạo": F.IGNORE,
}  # fmt: skip

_GOOGLE = {
    "First Name": F.GIVEN_NAME, "Middle Name": F.MIDDLE_NAME, "Last Name": F.FAMILY_NAME,
    "Birthday": F.BIRTH_DATE, "Notes": F.NOTES, "Labels": F.IGNORE, "File As": F.IGNORE,
    "Nickname": F.IGNORE, "Name Prefix": F.IGNORE, "Name Suffix": F.IGNORE,
    "Organization Name": F.IGNORE, "Organization Title": F.IGNORE,
    "Organization Department": F.IGNORE, "Photo": F.IGNORE,
}  # fmt: skip

_GOOGLE_OLD = {
    "Name": F.FULL_NAME, "Given Name": F.GIVEN_NAME, "Additional Name": F.MIDDLE_NAME,
    "Family Name": F.FAMILY_NAME, "Birthday": F.BIRTH_DATE, "Notes": F.NOTES,
    "Group Membership": F.IGNORE, "Nickname": F.IGNORE, "Short Name": F.IGNORE,
    "Maiden Name": F.IGNORE, "Gender": F.IGNORE, "Location": F.IGNORE, "Occupation": F.IGNORE,
    "Initials": F.IGNORE, "Name Prefix": F.IGNORE, "Name Suffix": F.IGNORE,
}  # fmt: skip

# Numbered columns of Google's layouts; "Label"/"Type" columns fall through to IGNORE.
_GOOGLE_PATTERNS = (
    (r"e mail \d+ value", F.PERSONAL_EMAIL),
    (r"phone \d+ value", F.MOBILE),
    (r"address \d+ formatted", F.ADDRESS),  # the whole address; its parts below are not read
    (r"(e mail|phone|address|organization|website|relation|event|im|custom field) \d+ .*",
     F.IGNORE),
)  # fmt: skip

_OUTLOOK = {
    "First Name": F.GIVEN_NAME, "Middle Name": F.MIDDLE_NAME, "Last Name": F.FAMILY_NAME,
    "E-mail Address": F.PERSONAL_EMAIL, "E-mail 2 Address": F.PERSONAL_EMAIL,
    "E-mail 3 Address": F.PERSONAL_EMAIL, "Mobile Phone": F.MOBILE, "Primary Phone": F.MOBILE,
    "Other Phone": F.MOBILE, "Home Phone": F.HOME_PHONE, "Home Phone 2": F.HOME_PHONE,
    "Business Phone": F.OFFICE_PHONE, "Business Phone 2": F.OFFICE_PHONE,
    "Company Main Phone": F.OFFICE_PHONE, "Home Street": F.ADDRESS, "Home City": F.DISTRICT,
    "Home State": F.PROVINCE, "Birthday": F.BIRTH_DATE, "Notes": F.NOTES,
    "E-mail Type": F.IGNORE, "E-mail Display Name": F.IGNORE, "Categories": F.IGNORE,
}  # fmt: skip

# What this app's own marketing list writes (in Vietnamese and in English).
_OWN = {
    "Mã khách hàng": F.IGNORE, "Customer no.": F.IGNORE, "Họ và tên": F.FULL_NAME,
    "Full name": F.FULL_NAME, "Email": F.PERSONAL_EMAIL, "Điện thoại": F.MOBILE,
    "Phone": F.MOBILE, "Số Zalo": F.MOBILE, "Zalo phone": F.MOBILE, "Địa chỉ": F.ADDRESS,
    "Address": F.ADDRESS, "Số quốc tế": F.IGNORE, "International number": F.IGNORE,
}  # fmt: skip

VCARD_HEADERS = ("FN", "N", "TEL", "TEL HOME", "TEL WORK", "EMAIL", "ADR", "BDAY", "NOTE")

PROFILES: tuple[Profile, ...] = (
    Profile("kiotviet", "KiotViet", ("ma khach hang", "ten khach hang", "dien thoai",
            "phuong xa"), _keyed(_KIOTVIET)),
    Profile("sapo_pos", "Sapo POS", ("ma khach hang", "ten khach hang", "so dien thoai",
            "tinh thanh pho"), _keyed(_SAPO_POS)),
    Profile("sapo_web", "Sapo Web", ("first name", "last name", "email", "phone"),
            _keyed(_SAPO_WEB), consent_columns=("accepts marketing", "accepts email marketing",
            "accepts sms marketing")),
    Profile("haravan", "Haravan", ("ho", "ten", "email", "tinh thanh pho"), _keyed(_HARAVAN),
            consent_columns=("nhan email quang cao",)),
    Profile("google", "Google Contacts", ("first name", "last name", "phone 1 value"),
            _keyed(_GOOGLE), patterns=_GOOGLE_PATTERNS),
    Profile("google_old", "Google Contacts (old layout)", ("given name", "family name",
            "phone 1 type"), _keyed(_GOOGLE_OLD), patterns=_GOOGLE_PATTERNS),
    Profile("outlook", "Outlook", ("first name", "last name", "e mail address", "mobile phone"),
            _keyed(_OUTLOOK), month_first=True),
    Profile("vcard", "vCard", tuple(header_key(h) for h in VCARD_HEADERS),
            _keyed({"FN": F.FULL_NAME, "N": F.IGNORE, "TEL": F.MOBILE,
                    "TEL HOME": F.HOME_PHONE, "TEL WORK": F.OFFICE_PHONE,
                    "EMAIL": F.PERSONAL_EMAIL, "ADR": F.ADDRESS, "BDAY": F.BIRTH_DATE,
                    "NOTE": F.NOTES})),
    Profile("own_export", QT_TRANSLATE_NOOP(CTX, "This app's marketing list"),
            ("ma khach hang", "ho va ten"), _keyed(_OWN)),
    Profile("own_export_en", QT_TRANSLATE_NOOP(CTX, "This app's marketing list"),
            ("customer no", "full name"), _keyed(_OWN)),
)  # fmt: skip
PROFILE_BY_KEY = {p.key: p for p in PROFILES}

# Folded header words that suggest a column's meaning when no profile knows the column.
HINTS: tuple[tuple[ImportField, tuple[str, ...]], ...] = (
    (F.COMPANY_EMAIL, ("email cong ty", "company email", "email co quan", "work email")),
    (F.PERSONAL_EMAIL, ("email", "e mail", "thu dien tu", "mail")),
    (F.HOME_PHONE, ("dien thoai nha", "home phone", "dt nha")),
    (F.OFFICE_PHONE, ("dien thoai co quan", "office phone", "dt co quan", "work phone")),
    (F.MOBILE, ("di dong", "sdt", "so dien thoai", "dien thoai", "phone", "mobile", "dt",
                "zalo", "tel")),
    (F.BIRTH_DATE, ("ngay sinh", "birth", "birthday", "dob", "sinh nhat")),
    (F.NOTES, ("ghi chu", "note", "notes", "comment", "mo ta")),
    (F.WARD, ("phuong xa", "phuong", "xa phuong", "ward")),
    (F.DISTRICT, ("quan huyen", "quan", "huyen", "district")),
    (F.PROVINCE, ("tinh thanh pho", "tinh thanh", "tinh", "thanh pho", "province")),
    (F.AREA, ("khu vuc",)),
    (F.ADDRESS, ("dia chi", "address", "so nha")),
    (F.FAMILY_NAME, ("last name", "family name", "surname")),
    (F.GIVEN_NAME, ("first name", "given name")),
    (F.FULL_NAME, ("ho va ten", "ho ten", "ten khach", "khach hang", "full name", "name",
                   "ten")),
)  # fmt: skip

# Columns that describe or group another column, or hold a code: never a name or a contact.
NEVER_WORDS = frozenset(
    {"label", "type", "loai", "nhom", "group", "tag", "tags", "nhan", "yomi", "phonetic"}
)
CODE_FIRST_WORDS = frozenset({"ma", "id", "code", "stt", "no"})


@dataclass(frozen=True)
class Recognition:
    """A file's source (None: not a known tool) and a field for every column."""

    profile: Profile | None
    mapping: dict[int, ImportField]
    consent_columns: tuple[str, ...] = field(default=())
    # Google's "Phone 1 - Value" column -> its "Phone 1 - Label" column: "Home" or "Work" there
    # makes the number a home or office phone.
    kind_labels: dict[int, int] = field(default_factory=dict)


_NUMBERED_PHONE = re.compile(r"phone (\d+) value")
PHONE_LABEL_WORDS: tuple[tuple[ContactKind, tuple[str, ...]], ...] = (
    (ContactKind.HOME_PHONE, ("home", "nha", "rieng")),
    (ContactKind.OFFICE_PHONE, ("work", "business", "office", "co quan", "cong ty")),
    (ContactKind.MOBILE, ("mobile", "cell", "di dong")),
)


def phone_kind_of(label: str) -> ContactKind | None:
    """The kind a phone's label names ("Home", "Work", "Di động"), or None."""
    padded = f" {header_key(label)} "
    for kind, words in PHONE_LABEL_WORDS:
        if any(f" {w} " in padded for w in words):
            return kind
    return None


def _kind_labels(keys: Sequence[str]) -> dict[int, int]:
    where = {k: i for i, k in enumerate(keys)}
    out: dict[int, int] = {}
    for index, key in enumerate(keys):
        found = _NUMBERED_PHONE.fullmatch(key)
        if found:
            n = found.group(1)
            label = where.get(f"phone {n} label", where.get(f"phone {n} type"))
            if label is not None:
                out[index] = label
    return out


def hinted_field(header: str) -> ImportField:
    """The field a header's words suggest, or IGNORE (never for labels, types and codes)."""
    words = header_key(header)
    parts = words.split()
    if not parts or NEVER_WORDS.intersection(parts) or parts[0] in CODE_FIRST_WORDS:
        return F.IGNORE
    padded = f" {words} "
    for candidate, hints in HINTS:
        if any(f" {h} " in padded for h in hints):
            return candidate
    return F.IGNORE


def _best_profile(keys: Sequence[str]) -> Profile | None:
    present = set(keys)
    best: tuple[int, Profile] | None = None
    for profile in PROFILES:
        if not all(s in present for s in profile.signature):
            continue
        known = sum(1 for k in present if k in profile.columns)
        if best is None or known > best[0]:
            best = (known, profile)
    return best[1] if best else None


# Fields a file has one column of; a second column suggesting one is left for the user.
SINGLE = frozenset({F.FULL_NAME, F.BIRTH_DATE, F.NOTES, F.FAMILY_NAME, F.GIVEN_NAME, F.AREA})


def recognise(headers: Sequence[str]) -> Recognition:
    """Exact headers of a known tool first, then the words of each remaining header."""
    keys = [header_key(h) for h in headers]
    profile = _best_profile(keys)
    mapping: dict[int, ImportField] = {}
    taken: set[ImportField] = set()
    for index, key in enumerate(keys):
        choice: ImportField | None = None
        if profile is not None:
            choice = profile.columns.get(key)
            if choice is None:
                choice = next((f for p, f in profile.patterns if re.fullmatch(p, key)), None)
        if choice is None:
            choice = hinted_field(headers[index])
            if choice in SINGLE and choice in taken:
                choice = F.IGNORE
        taken.add(choice)
        mapping[index] = choice
    consent: tuple[str, ...] = ()
    if profile is not None:
        consent = tuple(h for h, k in zip(headers, keys, strict=True)
                        if k in profile.consent_columns)  # fmt: skip
    labels = _kind_labels(keys) if profile is not None and profile.patterns else {}
    return Recognition(profile, mapping, consent, labels)


def suggest_mapping(headers: Sequence[str]) -> dict[int, ImportField]:
    """A first guess from the header row; the user confirms or changes it in the preview."""
    return recognise(headers).mapping


def header_score(cells: Sequence[str]) -> int:
    """How much a row looks like a header: the number of its cells that name a field."""
    keys = [header_key(c) for c in cells if c.strip()]
    if len(keys) < 2:
        return 0
    if _best_profile(keys) is not None:
        return 1000
    return sum(1 for c in cells if c.strip() and hinted_field(c) is not F.IGNORE)
