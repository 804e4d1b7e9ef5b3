import os

import pytest

from shopprivacy.domain.errors import DamagedRecord
from shopprivacy.security.blind_index import BlindIndexer
from shopprivacy.security.cipher import FieldCipher


def test_round_trip_keeps_vietnamese_text() -> None:
    c = FieldCipher(os.urandom(32))
    blob = c.seal("customers", "name", 7, "Nguyễn Văn Ánh")
    assert blob is not None and "Nguyễn".encode() not in blob
    assert c.open("customers", "name", 7, blob) == "Nguyễn Văn Ánh"


def test_same_value_encrypts_differently_each_time() -> None:
    c = FieldCipher(os.urandom(32))
    assert c.seal("t", "c", 1, "x") != c.seal("t", "c", 1, "x")


@pytest.mark.parametrize(
    ("table", "column", "row"),
    [("other", "name", 7), ("customers", "phone", 7), ("customers", "name", 8)],
)
def test_ciphertext_moved_to_another_place_is_refused(table: str, column: str, row: int) -> None:
    c = FieldCipher(os.urandom(32))
    blob = c.seal("customers", "name", 7, "Nguyễn Văn Ánh")
    with pytest.raises(DamagedRecord) as info:
        c.open(table, column, row, blob)
    assert info.value.row_id == row


def test_flipped_byte_is_a_damaged_record() -> None:
    c = FieldCipher(os.urandom(32))
    blob = bytearray(c.seal("customers", "name", 7, "Nguyễn Văn Ánh") or b"")
    blob[20] ^= 0x01
    with pytest.raises(DamagedRecord):
        c.open("customers", "name", 7, bytes(blob))


def test_none_stays_none() -> None:
    c = FieldCipher(os.urandom(32))
    assert c.seal("t", "c", 1, None) is None
    assert c.open("t", "c", 1, None) is None


def test_blind_index_is_keyed_and_namespaced() -> None:
    a, b = BlindIndexer(os.urandom(32)), BlindIndexer(os.urandom(32))
    assert a.digest("phone", "0903123456") == a.digest("phone", "0903123456")
    assert a.digest("phone", "0903123456") != b.digest("phone", "0903123456")
    assert a.digest("phone", "x") != a.digest("email", "x")
