"""Blind index digests must never change: every stored search row depends on them."""

from __future__ import annotations

import hashlib
import hmac

from shopprivacy.security.blind_index import DIGEST_LEN, BlindIndexer

KEY = bytes(range(32))


def test_a_digest_is_the_truncated_hmac_sha256_of_kind_and_value() -> None:
    msg = b"tail\x1f5678"
    expected = hmac.new(KEY, msg, hashlib.sha256).digest()[:DIGEST_LEN]
    assert BlindIndexer(KEY).digest("tail", "5678") == expected


def test_digests_stored_by_earlier_versions_still_match() -> None:
    # Computed once with the original implementation: a search must keep finding old rows.
    index = BlindIndexer(KEY)
    assert index.digest("name", "nguyen").hex() == KNOWN_NAME
    assert index.digest("phone", "+84912345678").hex() == KNOWN_PHONE
    assert index.digest("email", "trần@ví.vn").hex() == KNOWN_UNICODE


KNOWN_NAME = "a5d3b390593faf2145af9f2063f01f84"
KNOWN_PHONE = "a8dc0e7eb4e77512a8b9fd0f0adc02ba"
KNOWN_UNICODE = "aec7e692112b4efee78adf2135ad714a"
