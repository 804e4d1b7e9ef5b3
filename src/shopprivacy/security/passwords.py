"""Staff password policy: long enough, not common, not built from the person's own details.

The shops' own policies warn against passwords made of a name, phone number or birth date, so
those are refused, in any case and with or without Vietnamese diacritics.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP, Message
from shopprivacy.security.common_passwords import COMMON_PASSWORDS

MIN_LENGTH = 10
CTX = "password policy"

# What people type for letters: "P@ssw0rd" is "password" to anyone guessing.
LEET = str.maketrans({"@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "5": "s",
                      "$": "s", "7": "t", "8": "b", "9": "g", "+": "t"})  # fmt: skip
# Rows and runs a guesser walks first, in both directions.
SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
)
RUN = 4  # a run this long of a sequence (or of one character) counts as one guess
# The legal form and shop words every company name shares, not what makes this shop's name.
GENERIC_SHOP_WORDS = frozenset({"cong", "ty", "tnhh", "co", "phan", "cua", "hang", "shop", "store"})
# A password must keep this many characters that are not a run, a repeat or a known word.
MIN_UNPREDICTABLE = 4


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d: 'Nguyễn Đức' -> 'nguyen duc'."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold()


def _strip_runs(text: str) -> str:
    """``text`` without its sequence runs (abcd, 4321, qwer) and repeated chunks (abcabc)."""
    keep = [True] * len(text)
    for seq in SEQUENCES:
        for source in (seq, seq[::-1]):
            for size in range(len(source), RUN - 1, -1):
                for start in range(len(source) - size + 1):
                    piece = source[start : start + size]
                    at = text.find(piece)
                    while at >= 0:
                        keep[at : at + size] = [False] * size
                        at = text.find(piece, at + 1)
    for size in range(1, len(text) // 2 + 1):
        for start in range(len(text) - 2 * size + 1):
            chunk = text[start : start + size]
            if text[start + size : start + 2 * size] == chunk and (size > 1 or RUN <= 2 or
                    text[start : start + RUN] == chunk * RUN):  # fmt: skip
                keep[start : start + 2 * size] = [False] * (2 * size)
    return "".join(ch for ch, k in zip(text, keep, strict=True) if k)


def _predictable(folded: str, shop_words: Iterable[str]) -> bool:
    """A common word dressed up (P@ssw0rd2026), the shop's own name, or nothing but runs and
    repeats (abcdefghij, 1234512345): what a guesser tries in the first minutes."""
    # Numbers and marks tacked on the end first ("2026", "!"), then the letters decoded.
    base = re.sub(r"[\d\W_]+$", "", folded)
    letters = re.sub(r"[\W_]", "", folded.translate(LEET))
    stem = re.sub(r"[\W_]", "", base.translate(LEET))
    if stem in COMMON_PASSWORDS or letters in COMMON_PASSWORDS:
        return True
    rest = re.sub(r"[\W_]", "", folded)
    for word in shop_words:
        if len(word) >= 4:
            rest = rest.replace(word, "")
    return len(_strip_runs(rest)) < MIN_UNPREDICTABLE


def _distinctive_words(shop_name: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", fold(shop_name)) if w and w not in GENERIC_SHOP_WORDS]


def _shop_words(shop_name: str | None) -> list[str]:
    """The shop's name, whole and word by word, minus the legal form every company shares."""
    if not shop_name:
        return []
    words = _distinctive_words(shop_name)
    return sorted({"".join(words), *words}, key=len, reverse=True)


def _uses_shop_name(squeezed: str, shop_name: str | None) -> bool:
    """The shop's name whole, two of its words next to each other ("ankhang"), or two of its
    longer words anywhere ("khang ... camera")."""
    if not shop_name:
        return False
    words = _distinctive_words(shop_name)
    pairs = [a + b for a, b in itertools.pairwise(words)]
    if "".join(words) in squeezed or any(len(p) >= 6 and p in squeezed for p in pairs):
        return True
    return sum(1 for w in words if len(w) >= 4 and w in squeezed) >= 2


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
    shop_name: str | None = None,
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
    shop_words = _shop_words(shop_name)
    if (
        {folded, squeezed, stem} & COMMON_PASSWORDS
        or only_digits
        or len(set(folded)) <= 2
        or _predictable(folded, shop_words)
    ):
        problems.append(
            Message(CTX, QT_TRANSLATE_NOOP(CTX, "This password is too common; choose another."))
        )
    if _uses_shop_name(squeezed, shop_name):
        problems.append(
            Message(CTX, QT_TRANSLATE_NOOP(CTX, "Do not build the password from the shop's name."))
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
