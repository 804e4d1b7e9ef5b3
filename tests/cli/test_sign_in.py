"""Signing in from the command line: wrong passwords, lockout, first-time passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.conftest import CARE_PASSWORD, DIRECTOR_PASSWORD, SALES_PASSWORD, Shop


@pytest.fixture
def at_shop(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url  # SQLite or PostgreSQL, like the shop fixture
    return cli


def failed_sign_ins(cli: Cli) -> list[dict[str, object]]:
    ran = cli(
        "--json",
        "--user",
        "giamdoc",
        "audit",
        "list",
        "--action",
        "sign_in_failed",
        password=DIRECTOR_PASSWORD,
    )
    assert ran.code == 0, ran.err
    entries: list[dict[str, object]] = ran.json()
    return entries


def test_wrong_password_exits_3_with_a_vietnamese_message_and_is_logged(
    at_shop: Cli, shop: Shop
) -> None:
    ran = at_shop("--user", "banhang1", "user", "list", password="khong-dung-mat-khau")
    assert ran.code == 3
    assert "Không đăng nhập được bằng tài khoản banhang1." in ran.err
    assert ran.out == ""
    assert "Traceback" not in ran.err
    entries = failed_sign_ins(at_shop)
    assert [(e["staff_id"], e["detail"]["reason"], e["detail"]["failures"]) for e in entries] == [
        (shop.sales.staff_id, "wrong_password", 1)
    ]
    assert "unsealed" not in entries[0]["detail"]  # sealed with this desk's key


def test_unknown_login_name_gets_the_same_answer_and_is_logged(at_shop: Cli) -> None:
    ran = at_shop("--user", "ai-do", "user", "list", password="bat-ky-mat-khau")
    assert ran.code == 3
    assert "Không đăng nhập được bằng tài khoản ai-do." in ran.err
    assert [e["detail"]["reason"] for e in failed_sign_ins(at_shop)] == ["unknown_account"]


def test_fifth_wrong_try_locks_the_account_until_the_director_unlocks_it(
    at_shop: Cli, sleeps: list[float]
) -> None:
    for _ in range(4):
        ran = at_shop("--user", "cskh1", "passwd", password="sai-mat-khau-roi")
        assert ran.code == 3 and "bị khóa" not in ran.err
    ran = at_shop("--user", "cskh1", "passwd", password="sai-mat-khau-roi")
    assert ran.code == 3
    assert "Tài khoản cskh1 đang bị khóa." in ran.err
    assert sleeps == [0.5, 1.0, 2.0, 4.0]  # slower after each failure; the lock needs no wait
    # Even the right password is refused now.
    ran = at_shop(
        "--user", "cskh1", "passwd", password=CARE_PASSWORD, new_password="Mat-khau#Moi-cua-Ha"
    )
    assert ran.code == 3 and "đang bị khóa" in ran.err

    locked = at_shop(
        "--json",
        "--user",
        "giamdoc",
        "audit",
        "list",
        "--action",
        "account_locked",
        password=DIRECTOR_PASSWORD,
    )
    assert len(locked.json()) == 1
    assert (
        at_shop("--user", "giamdoc", "user", "unlock", "cskh1", password=DIRECTOR_PASSWORD).code
        == 0
    )
    ran = at_shop(
        "--user", "cskh1", "passwd", password=CARE_PASSWORD, new_password="Mat-khau#Moi-cua-Ha"
    )
    assert ran.code == 0, ran.err


def test_a_new_account_must_choose_its_password_before_anything_else(at_shop: Cli) -> None:
    ran = at_shop("--user", "banhang1", "audit", "list", password=SALES_PASSWORD)
    assert ran.code == 3
    assert "phải đặt mật khẩu mới" in ran.err and "passwd" in ran.err
    ran = at_shop(
        "--user", "banhang1", "passwd", password=SALES_PASSWORD, new_password="Cua-so#Binh-minh-42"
    )
    assert ran.code == 0, ran.err
    assert "Đã đổi mật khẩu của bạn." in ran.err
    # The old password no longer opens anything; the new one does (and sales may not read the log).
    assert at_shop("--user", "banhang1", "audit", "list", password=SALES_PASSWORD).code == 3
    assert at_shop("--user", "banhang1", "audit", "list", password="Cua-so#Binh-minh-42").code == 4


def test_user_from_the_environment_signs_in(at_shop: Cli) -> None:
    ran = at_shop("user", "list", password=DIRECTOR_PASSWORD, SHOPPRIVACY_USER="giamdoc")
    assert ran.code == 0, ran.err


def test_no_password_and_no_terminal_is_a_usage_error_not_a_hang(at_shop: Cli) -> None:
    ran = at_shop("--user", "giamdoc", "user", "list")
    assert ran.code == 2
    assert "$SHOPPRIVACY_PASSWORD" in ran.err


def test_no_user_and_no_terminal_is_a_usage_error(at_shop: Cli) -> None:
    ran = at_shop("user", "list", password=DIRECTOR_PASSWORD)
    assert ran.code == 2
    assert "--user" in ran.err


def test_a_missing_database_is_named_and_not_created(cli: Cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "khong-co" / "shop.db"
    ran = cli("--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD)
    assert ran.code == 1
    assert "Không có cơ sở dữ liệu cửa hàng nào" in ran.err and str(cli.db) in ran.err
    assert not cli.db.exists()


def test_in_a_terminal_the_password_is_asked_for_without_echo(
    at_shop: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "", stream: object = None) -> str:
        prompts.append(prompt)
        return DIRECTOR_PASSWORD

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    ran = at_shop("--user", "giamdoc", "user", "list")
    assert ran.code == 0, ran.err
    assert prompts == ["Mật khẩu: "]
