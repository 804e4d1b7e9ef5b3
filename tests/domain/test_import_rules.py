"""The import's rules one by one: recognising a tool's header, the columns never taken for a
name or a contact, names in Vietnamese order, phones written every way, partial birthdays."""

from __future__ import annotations

import random
from datetime import date

import phonenumbers
import pytest

from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.import_profiles import header_score, hinted_field, recognise
from shopprivacy.domain.importing import ImportField, parse_birth_date
from shopprivacy.domain.names import clean_lines
from shopprivacy.domain.phones import MOBILE_PREFIXES, normalize_phone

F = ImportField


def test_exact_headers_of_a_tool_win_over_hints() -> None:
    headers = ["Mã khách hàng", "Tên khách hàng", "Điện thoại", "Khu vực giao hàng", "Phường/Xã"]
    found = recognise(headers)
    assert found.profile is not None and found.profile.key == "kiotviet"
    assert list(found.mapping.values()) == [F.IGNORE, F.FULL_NAME, F.MOBILE, F.AREA, F.WARD]


def test_without_a_known_tool_the_words_of_each_header_decide() -> None:
    found = recognise(["STT", "Họ và tên", "SĐT", "Email công ty", "Địa chỉ nhà", "Ghi chú"])
    assert found.profile is None
    assert list(found.mapping.values()) == [
        F.IGNORE, F.FULL_NAME, F.MOBILE, F.COMPANY_EMAIL, F.ADDRESS, F.NOTES,
    ]  # fmt: skip


@pytest.mark.parametrize(
    "header",
    ["Phone 1 - Label", "Phone 1 - Type", "E-mail 2 - Label", "Mã khách hàng", "Mã KH",
     "Nhóm khách hàng", "Loại khách", "Nhãn", "ID", "Group Membership"],
)  # fmt: skip
def test_labels_types_groups_and_codes_are_never_a_name_or_a_contact(header: str) -> None:
    assert hinted_field(header) is F.IGNORE


def test_both_google_layouts_are_told_apart_and_labels_stay_out() -> None:
    new = recognise(["First Name", "Last Name", "Phone 1 - Label", "Phone 1 - Value",
                     "Phone 2 - Label", "Phone 2 - Value", "E-mail 1 - Label",
                     "E-mail 1 - Value", "Organization Name"])  # fmt: skip
    assert new.profile is not None and new.profile.key == "google"
    assert list(new.mapping.values()) == [
        F.GIVEN_NAME, F.FAMILY_NAME, F.IGNORE, F.MOBILE, F.IGNORE, F.MOBILE, F.IGNORE,
        F.PERSONAL_EMAIL, F.IGNORE,
    ]  # fmt: skip
    old = recognise(["Name", "Given Name", "Family Name", "Phone 1 - Type", "Phone 1 - Value",
                     "Organization 1 - Name"])  # fmt: skip
    assert old.profile is not None and old.profile.key == "google_old"
    assert list(old.mapping.values()) == [
        F.FULL_NAME, F.GIVEN_NAME, F.FAMILY_NAME, F.IGNORE, F.MOBILE, F.IGNORE,
    ]  # fmt: skip


def test_shopify_style_consent_columns_are_named_not_imported() -> None:
    found = recognise(["First Name", "Last Name", "Email", "Phone", "Accepts Marketing"])
    assert found.profile is not None and found.profile.key == "sapo_web"
    assert found.mapping[4] is F.IGNORE and found.consent_columns == ("Accepts Marketing",)


def test_the_apps_own_marketing_list_reads_back() -> None:
    for headers in (["Mã khách hàng", "Họ và tên", "Số Zalo"], ["Customer no.", "Full name",
                                                               "Email"]):  # fmt: skip
        found = recognise(headers)
        assert found.profile is not None and found.profile.key.startswith("own_export")
        assert found.mapping[0] is F.IGNORE and found.mapping[1] is F.FULL_NAME


def test_a_title_row_does_not_look_like_a_header() -> None:
    assert header_score(["DANH SÁCH KHÁCH HÀNG", "", ""]) == 0
    assert header_score(["Họ và tên", "Điện thoại", "Ghi chú"]) >= 2


@pytest.mark.parametrize(
    "written",
    ["0912 345 678", "0912.345.678", "0912-345-678", "(+84) 912 345 678", "+84 (0) 912 345 678",
     "+84 (0)912345678", "84912345678", "912345678", "0084 912 345 678", "+84\u00a0912\u00a0345\u00a0678",
     "0912–345–678", "＋84 912 345 678"],
)  # fmt: skip
def test_every_usual_way_of_writing_a_phone_gives_one_number(written: str) -> None:
    assert normalize_phone(written) == "+84912345678"


def test_landlines_and_foreign_numbers_still_go_through_the_full_check() -> None:
    assert normalize_phone("+84 (0) 28 3930 1234") == "+842839301234"
    assert normalize_phone("(028) 3822 1234") == "+842838221234"
    assert normalize_phone("+1 650-253-0000") == "+16502530000"
    with pytest.raises(ValidationError):
        normalize_phone("0912 34")


def test_the_fast_path_agrees_with_the_phone_library() -> None:
    """Every prefix the fast path trusts is a valid mobile range for the library too."""
    rng = random.Random(13)
    for prefix in sorted(MOBILE_PREFIXES):
        for _ in range(200):
            number = prefix + f"{rng.randrange(10**7):07d}"
            parsed = phonenumbers.parse(number, "VN")
            assert phonenumbers.is_valid_number(parsed), number
            assert normalize_phone(number) == phonenumbers.format_number(
                parsed, phonenumbers.PhoneNumberFormat.E164
            )


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [("15/03/1985", False, date(1985, 3, 15)), ("1985-03-15", False, date(1985, 3, 15)),
     ("19850315", False, date(1985, 3, 15)), ("1985-03-15T00:00:00", False, date(1985, 3, 15)),
     ("31121", False, date(1985, 3, 15)), ("3/15/1985", True, date(1985, 3, 15)),
     ("0/0/00", True, None), ("", False, None)],
)  # fmt: skip
def test_birth_dates_in_the_forms_tools_write(
    text: str, month_first: bool, expected: date | None
) -> None:
    assert parse_birth_date(text, month_first) == expected


@pytest.mark.parametrize(
    ("text", "why"),
    [("--03-15", "no year"), ("--0315", "no year"), ("1985", "Only the year"),
     ("31/02/1990", "not a date")],
)  # fmt: skip
def test_partial_or_impossible_birthdays_say_why(text: str, why: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_birth_date(text)
    assert why in caught.value.message.render() and caught.value.field == "birth_date"


def test_notes_are_normalised_like_names_but_keep_their_lines() -> None:
    decomposed = "Khách  quen\u0300\n\n  hay   hỏi "
    assert clean_lines(decomposed) == "Khách quen\u0300".replace("n\u0300", "ǹ") + "\nhay hỏi"
