"""The desk enrolment code: a one-time code the director gives to enroll one more PC.

Shorter than the recovery code (it expires after a day and opens only the device share, never the
staff share), yet 100 random bits in the same typo-proof alphabet and groups."""

from __future__ import annotations

from datetime import timedelta

from shopprivacy.security.recovery import generate_grouped_code, normalize_grouped_code

_GROUPS = 4  # 20 characters x 5 bits = 100 bits
VALID_FOR = timedelta(hours=24)


def generate_enrolment_code() -> str:
    return generate_grouped_code(_GROUPS)


def normalize_enrolment_code(text: str) -> str | None:
    """Canonical form of a typed code, or None when it cannot be one (wrong length or letters)."""
    return normalize_grouped_code(text, _GROUPS)
