from datetime import date

import pytest

from shopprivacy.security.passwords import check_password
from shopprivacy.security.recovery import generate_recovery_code, normalize_recovery_code


def problems(pw: str) -> list[str]:
    return [
        m.source
        for m in check_password(
            pw,
            username="banhang1",
            full_name="Lê Văn Hùng",
            phone="0912 345 678",
            birth_date=date(1990, 3, 15),
        )
    ]


def test_a_long_unrelated_password_is_accepted() -> None:
    assert problems("Mua-dong#Ha-noi-47") == []


def test_too_short_is_refused() -> None:
    assert any("at least" in p for p in problems("Ab#1xyz"))


@pytest.mark.parametrize("pw", ["123456789012", "matkhau2026", "Password123!", "anhyeuem123456"])
def test_common_passwords_are_refused(pw: str) -> None:
    assert any("too common" in p for p in problems(pw))


@pytest.mark.parametrize(
    "pw", ["hungdeptrai99", "HÙNG-vip-2026", "goi0912345678", "sinh15031990!", "banhang1-abc!"]
)
def test_passwords_built_from_own_details_are_refused(pw: str) -> None:
    assert any("name, phone number or birth date" in p for p in problems(pw))


def test_recovery_code_has_at_least_120_bits_and_survives_sloppy_typing() -> None:
    code = generate_recovery_code()
    assert len(code.replace("-", "")) * 5 >= 120
    sloppy = code.lower().replace("-", " ")
    assert normalize_recovery_code(sloppy) == code
    assert normalize_recovery_code("too-short") is None
