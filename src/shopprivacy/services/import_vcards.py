"""A phone's contacts as vCards (2.1 from Android, 3.0 from an iPhone, 4.0), as rows of text.

Each card becomes one row under fixed headers (the "vcard" profile maps them); a card's several
phones or emails share one cell, separated the way Google Contacts separates them (" ::: ").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import vobject

from shopprivacy.domain.import_profiles import VCARD_HEADERS

VCARD_SUFFIXES = (".vcf", ".vcard")
SEPARATOR = " ::: "
_QP = re.compile(r"ENCODING=QUOTED-PRINTABLE", re.IGNORECASE)


def is_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \r\n\t")[:11].upper() == "BEGIN:VCARD"


def _join_soft_breaks(text: str) -> str:
    """vCard 2.1 quoted-printable lines end in "=" when they go on: join them first."""
    out: list[str] = []
    lines = iter(text.splitlines())
    for line in lines:
        if _QP.search(line):
            while line.endswith("="):
                line = line[:-1] + next(lines, "")
        out.append(line)
    return "\r\n".join(out) + "\r\n"


def _values(card: Any, name: str) -> list[Any]:
    return [line.value for line in card.contents.get(name, [])]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list | tuple):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip()


def _name(card: Any) -> str:
    full = next((_text(v) for v in _values(card, "fn") if _text(v)), "")
    if full:
        return full
    for n in _values(card, "n"):
        parts = [getattr(n, a, "") for a in ("family", "additional", "given")]
        joined = " ".join(_text(p) for p in parts if _text(p))
        if joined:
            return joined  # Vietnamese order: family, middle, given
    return ""


def _address(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    parts = [getattr(value, a, "") for a in ("street", "extended", "city", "region")]
    return ", ".join(_text(p) for p in parts if _text(p))


def _phone(value: Any) -> str:
    text = _text(value)
    return text[4:] if text.lower().startswith("tel:") else text


def _tel_type(line: Any) -> str:
    """"home", "work" or "" (a mobile or unsaid) from TYPE=… (3.0, 4.0) or a bare 2.1 word."""
    words = [str(t).lower() for t in line.params.get("TYPE", [])]
    words += [str(t).lower() for t in getattr(line, "singletonparams", [])]
    if "cell" in words:
        return ""
    return next((w for w in ("home", "work") if w in words), "")


def _phones(card: Any, kind: str) -> str:
    lines = card.contents.get("tel", [])
    return SEPARATOR.join(
        p for p in (_phone(line.value) for line in lines if _tel_type(line) == kind) if p
    )


def _row(card: Any) -> tuple[str, ...]:
    def many(name: str, shape: Any = _text) -> str:
        return SEPARATOR.join(v for v in (shape(x) for x in _values(card, name)) if v)

    return (
        _name(card),
        "",  # N: folded into the name above
        _phones(card, ""),
        _phones(card, "home"),
        _phones(card, "work"),
        many("email"),
        many("adr", _address),
        next((_text(v) for v in _values(card, "bday") if _text(v)), ""),
        "\n".join(_text(v) for v in _values(card, "note") if _text(v)),
    )


def read_vcards(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, tuple[str, ...]], ...]]:
    """The headers and one row per card, numbered from 1 (the card's place in the file)."""
    cards: Iterable[Any] = vobject.readComponents(_join_soft_breaks(text), ignoreUnreadable=True)
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        for number, card in enumerate(cards, start=1):
            rows.append((number, _row(card)))
    except (vobject.base.ParseError, UnicodeDecodeError, ValueError, LookupError):
        pass  # a damaged card ends the readable part; the cards before it are kept
    return VCARD_HEADERS, tuple(rows)
