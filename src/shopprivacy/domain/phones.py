"""Vietnamese phone numbers: every way people write them, one stored form.

Staff type "0912 345 678", "0912.345.678", "+84 912 345 678" or "84912345678"; old spreadsheets
still hold the 11-digit mobile numbers that were renumbered in 2018 ("0165 312 3456" is now
"0353 123 456"). All of them become one E.164 number, so duplicates and searches meet.
"""

from __future__ import annotations

import re

import phonenumbers

from shopprivacy.domain.errors import ValidationError
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

REGION = "VN"
MASK = "•"

# The 2018 renumbering of 11-digit mobile numbers (old prefix -> new prefix, both with the 0).
OLD_MOBILE_PREFIXES: dict[str, str] = {
    "0120": "070",
    "0121": "079",
    "0122": "077",
    "0126": "076",
    "0128": "078",
    "0123": "083",
    "0124": "084",
    "0125": "085",
    "0127": "081",
    "0129": "082",
    "0162": "032",
    "0163": "033",
    "0164": "034",
    "0165": "035",
    "0166": "036",
    "0167": "037",
    "0168": "038",
    "0169": "039",
    "0186": "056",
    "0188": "058",
    "0199": "059",
}

_ALLOWED = re.compile(r"^\(?\+?[\d\s.\-()/]+$")
SUFFIX_MIN = 4
# Signs that spreadsheets and phones put in numbers: no-break and thin spaces, dashes, "＋".
_LOOKALIKES = str.maketrans(
    {"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2010": "-", "\u2011": "-",
     "\u2012": "-", "\u2013": "-", "\u2014": "-", "\uff0b": "+"}
)  # fmt: skip
# Today's mobile prefixes (after the 2018 renumbering), for the fast path below; a number
# outside them goes through the full phone-number library.
MOBILE_PREFIXES = frozenset(
    {"032", "033", "034", "035", "036", "037", "038", "039", "056", "058",
     "059", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086",
     "087", "088", "090", "091", "092", "093", "094", "096", "097", "098"}
)  # fmt: skip


def _national_form(digits: str) -> str:
    """Digits as a Vietnamese would dial them at home, with the leading 0."""
    if digits.startswith(("+840", "00840")):  # "+84 (0)912 …": the trunk 0 written as well
        return digits[digits.index("840") + 2 :]
    if digits.startswith("+84"):
        return "0" + digits[3:]
    if digits.startswith("84") and len(digits) in (11, 12):
        return "0" + digits[2:]
    if digits.startswith("0084"):
        return "0" + digits[4:]
    if digits.isdigit() and len(digits) in (9, 10) and not digits.startswith("0"):
        return "0" + digits  # a spreadsheet stored the number as a number and lost its 0
    return digits


def modernise(national: str) -> str:
    """An old 11-digit mobile number in today's 10-digit form; any other number unchanged."""
    if len(national) == 11 and national[:4] in OLD_MOBILE_PREFIXES:
        return OLD_MOBILE_PREFIXES[national[:4]] + national[4:]
    return national


def normalize_phone(text: str, field: str = "phone") -> str:
    """The E.164 form ("+84912345678") of a phone number written any usual way.

    Raises ValidationError naming ``field`` when it is not a phone number that can be dialled.
    """
    raw = text.translate(_LOOKALIKES).strip()
    if not raw or not _ALLOWED.match(raw):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This is not a phone number: use digits, for example 0912 345 678."
            ),
            field=field,
        )
    compact = re.sub(r"[^\d+]", "", raw)
    if compact.startswith("+") and not compact.startswith("+84"):
        candidate = compact  # a foreign number, written with its country code
    else:
        candidate = modernise(_national_form(compact))
        if len(candidate) == 10 and candidate[:3] in MOBILE_PREFIXES and candidate.isdigit():
            return "+84" + candidate[1:]  # the common case, without the library's full parse
    try:
        number = phonenumbers.parse(candidate, REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This phone number does not exist in Vietnam: check the number of digits.",
            ),
            field=field,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_phone_like(text: str) -> bool:
    """True for text made only of digits and the signs people write phone numbers with."""
    return bool(_ALLOWED.match(text.strip())) and any(ch.isdigit() for ch in text)


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


def display_phone(e164: str) -> str:
    """How the shop writes the number: "0912 345 678" at home, "+1 650-253-0000" abroad."""
    number = phonenumbers.parse(e164, REGION)
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 84
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def dial_digits(e164: str) -> str:
    """The digits searched by their ending: "0912345678" for Vietnam, the full number abroad."""
    return "0" + e164[3:] if e164.startswith("+84") else e164[1:]


def suffixes(e164: str) -> list[str]:
    """Every ending of 4 digits or more, so "5678" and "345678" both find the customer."""
    digits = dial_digits(e164)
    return [digits[-n:] for n in range(SUFFIX_MIN, len(digits) + 1)]


def mask_phone(e164: str) -> str:
    """Only the last three digits stay: "•••• ••• 678"."""
    shown = display_phone(e164)
    keep = 3
    out: list[str] = []
    for ch in reversed(shown):
        if ch.isdigit():
            out.append(ch if keep > 0 else MASK)
            keep -= 1
        elif ch == "+":
            out.append(MASK)
        else:
            out.append(ch)
    return "".join(reversed(out))
