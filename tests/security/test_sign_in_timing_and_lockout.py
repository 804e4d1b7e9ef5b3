"""Signing in answers an unknown login name after the same work as a known one, and nobody can
lock the only director out by typing wrong passwords (held back for a while, never locked)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopprivacy.domain.errors import AccountLocked, AuthenticationError
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import slots
from shopprivacy.services.auth import AuthService
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, Shop


def derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = slots.derive_key

    def counted(*args: object, **kw: object) -> bytes:
        calls.append(1)
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(slots, "derive_key", counted)
    return calls


@pytest.mark.parametrize("who", ["nobody", "deactivated", "locked"])
def test_every_refusal_costs_one_password_derivation_like_a_wrong_password(
    shop: Shop, monkeypatch: pytest.MonkeyPatch, who: str
) -> None:
    if who == "deactivated":
        shop.services.staff.deactivate(shop.director, shop.care.staff_id)
    if who == "locked":
        for _ in range(5):
            with pytest.raises(AuthenticationError):
                shop.auth().sign_in("cskh1", "wrong-password-xyz")
    calls = derivations(monkeypatch)
    with pytest.raises(AuthenticationError):
        shop.auth().sign_in("banhang1", "wrong-password-xyz")
    known = len(calls)
    calls.clear()
    with pytest.raises(AuthenticationError):
        shop.auth().sign_in("nobody" if who == "nobody" else "cskh1", "wrong-password-xyz")
    assert known == 1 and len(calls) == known


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_the_only_director_is_held_back_but_never_locked(shop: Shop) -> None:
    clock = Clock()
    auth = AuthService(shop.db, KeyringDeviceStore(), sleep=lambda _s: None, clock=clock)
    for _ in range(12):
        with pytest.raises(AuthenticationError) as info:
            auth.sign_in("giamdoc", "a-clerk-typing-rubbish")
        assert not isinstance(info.value, AccountLocked)
    # Held back: even the right password waits.
    with pytest.raises(AuthenticationError):
        auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
    clock.now += timedelta(minutes=16)
    signed = auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
    assert signed.actor.username == "giamdoc"


def test_other_accounts_still_lock(shop: Shop) -> None:
    auth = shop.auth()
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.sign_in("banhang1", "wrong-password-xyz")
    with pytest.raises(AccountLocked):
        auth.sign_in("banhang1", SALES_PASSWORD)
