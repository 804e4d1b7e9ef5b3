"""One desk enrolled without an OS keyring makes a copy of the file open anywhere with a
password (its device slot is wrapped under an empty secret): every desk, the director's
included, must then say so instead of "does not open on another PC"."""

from __future__ import annotations

import sqlite3

import keyring
import pytest
from keyring.backends import fail

from shopprivacy.domain.errors import DeviceNotEnrolled, KeyringRequired, WrongEnrolmentCode
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, MemoryKeyring, Shop


def test_a_keyring_less_desk_is_reported_on_the_directors_pc(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    before = shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    assert before.vault.device_protected and not before.vault.open_anywhere
    code = shop.services.desk_enrolment.issue_enrolment_code(
        shop.director, allow_keyring_less=True
    ).code
    keyring.set_keyring(fail.Keyring())  # the new desk: a bare Linux box
    try:
        desk = shop.auth().enrol_desk("banhang1", SALES_PASSWORD, code)
        assert not desk.vault.device_protected
    finally:
        keyring.set_keyring(memory_keyring)
    after = shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    assert after.vault.device_protected and after.vault.open_anywhere
    # And it is true: another PC with no secret of this shop's opens it with a password.
    memory_keyring.move_to_another_pc()
    keyring.set_keyring(fail.Keyring())
    try:
        anywhere = shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
        assert anywhere.vault.open_anywhere
    finally:
        keyring.set_keyring(memory_keyring)


def test_without_such_a_desk_another_pc_does_not_open_it(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.move_to_another_pc()
    with pytest.raises(DeviceNotEnrolled):
        shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)


def test_a_keyring_less_desk_needs_the_directors_say_so(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringRequired):
            shop.auth().enrol_desk("banhang1", SALES_PASSWORD, code)
    finally:
        keyring.set_keyring(memory_keyring)
    after = shop.auth().sign_in("giamdoc", DIRECTOR_PASSWORD)
    assert not after.vault.open_anywhere


@pytest.mark.sqlite_only("edits the enrolment slot with the sqlite3 module")
def test_marking_a_code_as_allowing_it_with_sqlite3_makes_it_open_nothing(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    code = shop.services.desk_enrolment.issue_enrolment_code(shop.director).code
    shop.db.dispose()
    con = sqlite3.connect(shop.path)
    con.execute("UPDATE key_slots SET device_id = 'keyring-less-allowed' WHERE kind = 'enrolment'")
    con.commit()
    con.close()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(WrongEnrolmentCode):
            shop.auth().enrol_desk("banhang1", SALES_PASSWORD, code)
    finally:
        keyring.set_keyring(memory_keyring)
