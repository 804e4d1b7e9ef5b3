"""People's names: stored as typed (in NFC), searched folded.

Folding makes "Nguyễn Văn Ánh" in NFC or NFD, "NGUYEN VAN ANH" and "nguyen van anh" the same
words; searching by prefixes of those words lets "ngu" or "anh" find the customer as staff type.
"""

from __future__ import annotations

import re
import unicodedata

from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.text_safety import refuse_unsafe
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

MAX_NAME = 120
# Longer prefixes add index rows and find nothing new in practice.
MAX_PREFIX = 16
FORMULA_START = ("=", "+", "-", "@")


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d, whatever the Unicode normalisation of the input."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold()


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def prefixes(text: str) -> set[str]:
    """Every prefix of every word of the name."""
    out: set[str] = set()
    for word in tokens(text):
        out.update(word[:n] for n in range(1, min(len(word), MAX_PREFIX) + 1))
    return out


def query_terms(text: str) -> list[str]:
    """The words of a search, each cut to the longest prefix the index holds."""
    return sorted({word[:MAX_PREFIX] for word in tokens(text)})


def clean_text(text: str) -> str:
    """NFC with single spaces: one form on disk whatever keyboard typed it."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def clean_lines(text: str) -> str:
    """``clean_text`` line by line, blank lines dropped: notes keep their lines."""
    lines = (clean_text(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def normalize_name(text: str, field: str = "full_name") -> str:
    refuse_unsafe(text, field)
    name = clean_text(text)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the customer's full name."), field=field
        )
    if name.startswith(FORMULA_START) or not any(ch.isalpha() for ch in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This does not look like a person's name: use letters, not formulas."
            ),
            field=field,
        )
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A name can have at most {n} characters."),
            field=field,
            n=MAX_NAME,
        )
    return name
