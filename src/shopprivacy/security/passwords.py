"""Staff password policy: long enough, not common, not built from the person's own details.

The shops' own policies warn against passwords made of a name, phone number or birth date, so
those are refused, in any case and with or without Vietnamese diacritics.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message
from shopprivacy.security.common_passwords import COMMON_PASSWORDS

MIN_LENGTH = 10
CTX = "password policy"


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d: 'Nguyễn Đức' -> 'nguyen duc'."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold()


def _personal_fragments(
    username: str, full_name: str | None, phone: str | None, birth_date: date | None
) -> Iterable[str]:
    yield fold(username)
    if full_name:
        words = fold(full_name).split()
        yield from (w for w in words if len(w) >= 3)
        yield "".join(words)
    if phone:
        digits = re.sub(r"\D", "", phone)
        if len(digits) >= 6:
            yield digits[-6:]
    if birth_date:
        d, m, y = f"{birth_date.day:02d}", f"{birth_date.month:02d}", f"{birth_date.year:04d}"
        yield from (
            d + m + y,
            y + m + d,
            d + m + y[2:],
            m + d + y,
            y,
            d + m,
            f"{birth_date.day}{birth_date.month}{y}",
        )


def check_password(
    password: str,
    *,
    username: str,
    full_name: str | None = None,
    phone: str | None = None,
    birth_date: date | None = None,
) -> list[Message]:
    """Every reason the password is refused; an empty list means it is acceptable."""
    problems: list[Message] = []
    if len(password) < MIN_LENGTH:
        problems.append(
            Message(CTX, QT_TRANSLATE_NOOP(CTX, "Use at least {n} characters."), {"n": MIN_LENGTH})
        )
    folded = fold(password)
    squeezed = re.sub(r"[\W_]", "", folded)
    stem = squeezed.rstrip("0123456789")  # "matkhau2026" is still "matkhau"
    only_digits = squeezed.isdigit()  # a number alone is guessed first
    if {folded, squeezed, stem} & COMMON_PASSWORDS or only_digits or len(set(folded)) <= 2:
        problems.append(
            Message(CTX, QT_TRANSLATE_NOOP(CTX, "This password is too common; choose another."))
        )
    for fragment in _personal_fragments(username, full_name, phone, birth_date):
        if len(fragment) >= 3 and fragment in squeezed:
            problems.append(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "Do not build the password from your name, phone number or birth date.",
                    ),
                )
            )
            break
    return problems
