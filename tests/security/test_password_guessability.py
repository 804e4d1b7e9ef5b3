"""Passwords a guesser tries first are refused: the shop's own name, runs like "abcdefghij",
and common words dressed up with symbols and a year ("P@ssw0rd2026")."""

from __future__ import annotations

import pytest

from shopprivacy.security.passwords import check_password
from shopprivacy.services.staff_records import PasswordRefused
from tests.conftest import DIRECTOR_PASSWORD, SHOP, Shop

GUESSED_FIRST = [
    "abcdefghij",
    "qwertyuiop12",
    "1234512345",
    "zyxwvutsrq",
    "abcabcabcabc",
    "P@ssw0rd2026",
    "M@tkh@u2025!",
    "Admin@123456",
    "iloveyou2026",
]


@pytest.mark.parametrize("password", GUESSED_FIRST)
def test_runs_and_dressed_up_common_words_are_refused(password: str) -> None:
    assert check_password(password, username="banhang1")


def test_the_shops_own_name_is_refused_in_any_form() -> None:
    for password in ("CameraAnKhang2026", "camera-an-khang!", "ANKHANG#camera#77"):
        assert check_password(password, username="banhang1", shop_name=SHOP.name), password


@pytest.mark.parametrize(
    "password",
    ["Bao-mat#Kho-khach-2026", "Song-nuoc#Hue-2026!", "Hoa-sen#Ben-nuoc-31", "tra da via he 37"],
)
def test_passphrases_still_pass(password: str) -> None:
    assert check_password(password, username="banhang1", shop_name=SHOP.name) == []


def test_changing_a_password_to_the_shops_name_is_refused(shop: Shop) -> None:
    with pytest.raises(PasswordRefused):
        shop.services.staff.change_own_password(
            shop.director, DIRECTOR_PASSWORD, "Camera-An-Khang-2027"
        )
