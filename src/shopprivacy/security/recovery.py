"""The printed recovery code: 130 random bits in groups a person can copy without mistakes."""

from __future__ import annotations

import secrets

# Crockford's base32: no I, L, O or U, so handwriting and reading aloud survive.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_GROUPS = 6
_GROUP_LEN = 5
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def generate_recovery_code() -> str:
    return generate_grouped_code(_GROUPS)


def normalize_recovery_code(text: str) -> str | None:
    """Canonical form of a typed code, or None when it cannot be one (wrong length or letters)."""
    return normalize_grouped_code(text, _GROUPS)


def generate_grouped_code(groups: int) -> str:
    """``groups`` groups of five random characters (5 bits each), joined by dashes."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(groups * _GROUP_LEN))
    return "-".join(chars[i : i + _GROUP_LEN] for i in range(0, len(chars), _GROUP_LEN))


def normalize_grouped_code(text: str, groups: int) -> str | None:
    """Canonical form of a typed ``groups``-group code, or None when it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_ALIASES)
    if len(cleaned) != groups * _GROUP_LEN or any(ch not in _ALPHABET for ch in cleaned):
        return None
    return "-".join(cleaned[i : i + _GROUP_LEN] for i in range(0, len(cleaned), _GROUP_LEN))
