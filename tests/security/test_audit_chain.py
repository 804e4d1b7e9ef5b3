"""The audit chain's message format: written by hand for speed, it must stay byte-for-byte the
canonical JSON every existing chain was hashed with, or every shop's log would stop verifying."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from shopprivacy.security.audit_chain import (
    EntryHasher,
    audit_time,
    entry_hash,
    entry_message,
    stored_audit_time,
)


def reference_message(fields: dict[str, object]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


AWKWARD_TEXT = [
    "customer_viewed",
    'quote " and back\\slash',
    "Nguyễn Văn Đức",  # not personal in practice (detail holds codes), but must still match
    "tab\tnew\nline\r\x00\x1f\x7f",
    "emoji 🙂 outside the basic plane",
    "",
    '{"count":3,"ids":[1,2]}',
]


@pytest.mark.parametrize("text", AWKWARD_TEXT)
@pytest.mark.parametrize("staff_id", [None, 0, 7, 123456789])
@pytest.mark.parametrize("optional", [None, "x"])
def test_entry_message_is_the_canonical_json_of_the_fields(
    text: str, staff_id: int | None, optional: str | None
) -> None:
    at = "2026-11-23T12:00:00.000001+00:00"
    target_id = text if optional else None
    fields = {
        "seq": 42,
        "at": at,
        "staff_id": staff_id,
        "action": text,
        "target_type": optional,
        "target_id": target_id,
        "detail": text,
    }
    message = entry_message(42, at, staff_id, text, optional, target_id, text)
    assert message == reference_message(fields)


def test_entry_hash_is_hmac_sha256_of_message_and_previous_hash() -> None:
    key, message, prev = b"k" * 32, b'{"a":1}', "0" * 64
    expected = hmac.new(key, message + prev.encode(), hashlib.sha256).hexdigest()
    assert entry_hash(key, message, prev) == expected
    hasher = EntryHasher(key)
    # Keyed once, reused: the second entry must not carry state from the first.
    assert hasher(b"other", prev) != expected
    assert hasher(message, prev) == expected


def test_a_time_is_hashed_the_same_whether_read_back_bare_or_with_its_zone() -> None:
    aware = datetime(2026, 1, 1, 7, 30, 5, tzinfo=timezone(timedelta(hours=7)))
    assert audit_time(aware) == "2026-01-01T00:30:05.000000+00:00"
    assert stored_audit_time(aware.astimezone(UTC).replace(tzinfo=None)) == audit_time(aware)


@pytest.mark.parametrize(
    "stored",
    [
        "2026-01-01 00:30:05.000000",  # SQLite's text form
        "2026-01-01T00:30:05",  # any other ISO form is parsed
        "2026-01-01 00:30:05",
        datetime(2026, 1, 1, 0, 30, 5),
    ],
)
def test_a_stored_time_in_any_form_hashes_as_its_utc_instant(stored: str | datetime) -> None:
    assert stored_audit_time(stored) == "2026-01-01T00:30:05.000000+00:00"
