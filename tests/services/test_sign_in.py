import pytest
from sqlalchemy import select

from shopprivacy.domain.errors import (
    AccountLocked,
    AuthenticationError,
    DeviceNotEnrolled,
    WrongRecoveryCode,
)
from shopprivacy.domain.staff import Role
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.auth import AuthService
from shopprivacy.storage.models import PendingAuditEvent
from tests.conftest import CARE_PASSWORD, DIRECTOR_PASSWORD, SALES_PASSWORD, MemoryKeyring, Shop


def test_each_role_signs_in_with_its_password(shop: Shop) -> None:
    auth = shop.auth()
    for username, pw, role in [
        ("giamdoc", DIRECTOR_PASSWORD, Role.DIRECTOR),
        ("banhang1", SALES_PASSWORD, Role.SALES),
        ("cskh1", CARE_PASSWORD, Role.CARE),
    ]:
        signed = auth.sign_in(username, pw)
        assert signed.actor.role is role
    # New staff accounts must pick their own password at first sign-in.
    assert auth.sign_in("banhang1", SALES_PASSWORD).must_change_password


def test_wrong_password_is_refused_slowed_and_logged(shop: Shop) -> None:
    waits: list[float] = []
    auth = AuthService(shop.db, KeyringDeviceStore(), sleep=waits.append)
    with pytest.raises(AuthenticationError) as info:
        auth.sign_in("banhang1", "not-the-password-1")
    assert info.value.exit_code == 3
    with pytest.raises(AuthenticationError):
        auth.sign_in("banhang1", "not-the-password-2")
    assert waits == [0.5, 1.0]
    # Parked until the next sign-in, then part of the chain with who and why.
    signed = auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
    entries = Services(signed.vault).audit.entries(
        signed.actor, AuditFilter(action="sign_in_failed")
    )
    assert [e.detail["reason"] for e in entries] == ["wrong_password", "wrong_password"]
    assert all(e.staff_id == shop.sales.staff_id for e in entries)
    with shop.db.transaction() as s:
        assert s.scalars(select(PendingAuditEvent)).all() == []


def test_fifth_wrong_try_locks_until_the_director_unlocks(shop: Shop) -> None:
    auth = shop.auth()
    for _ in range(4):
        with pytest.raises(AuthenticationError) as info:
            auth.sign_in("cskh1", "wrong-password-xyz")
        assert not isinstance(info.value, AccountLocked)
    with pytest.raises(AccountLocked):
        auth.sign_in("cskh1", "wrong-password-xyz")
    # Even the right password is refused now.
    with pytest.raises(AccountLocked):
        auth.sign_in("cskh1", CARE_PASSWORD)
    director = auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
    services = Services(director.vault)
    assert [
        e.action
        for e in services.audit.entries(director.actor, AuditFilter(action="account_locked"))
    ] == ["account_locked"]
    services.staff.unlock(director.actor, shop.care.staff_id)
    assert auth.sign_in("cskh1", CARE_PASSWORD).actor.username == "cskh1"


def test_unknown_account_gets_the_same_answer_as_a_wrong_password(shop: Shop) -> None:
    with pytest.raises(AuthenticationError) as info:
        shop.auth().sign_in("nobody", "whatever-123")
    assert info.value.message.source == "Wrong login name or password."


def test_deactivated_account_opens_nothing_even_with_its_old_password(shop: Shop) -> None:
    shop.services.staff.deactivate(shop.director, shop.sales.staff_id)
    with pytest.raises(AuthenticationError):
        shop.auth().sign_in("banhang1", SALES_PASSWORD)


def test_file_on_a_pc_without_the_device_secret_does_not_open_until_recovered(
    shop: Shop, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.move_to_another_pc()  # the same file, another PC's keyring
    auth = shop.auth()
    with pytest.raises(DeviceNotEnrolled):
        auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
    with pytest.raises(WrongRecoveryCode):
        auth.recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "giamdoc", "Mua-he#Da-lat-2027")
    signed = auth.recover(shop.recovery_code.lower(), "giamdoc", "Mua-he#Da-lat-2027")
    assert signed.actor.role is Role.DIRECTOR
    # Enrolled now: the director's new password opens it here.
    assert auth.sign_in("giamdoc", "Mua-he#Da-lat-2027").vault.device_protected
    assert memory_keyring.holds_device_secret()


def test_recovery_refuses_a_weak_new_password(shop: Shop) -> None:
    from shopprivacy.services.staff_records import PasswordRefused

    with pytest.raises(PasswordRefused):
        shop.auth().recover(shop.recovery_code, "giamdoc", "123456")
