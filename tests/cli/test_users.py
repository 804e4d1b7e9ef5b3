"""``user`` and ``passwd``: the director's staff administration, and everyone's own password."""

from __future__ import annotations

import pytest

from shopprivacy.domain.staff import Role
from tests.cli.conftest import Cli
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, Shop

NEW_SALES_PASSWORD = "Cua-so#Binh-minh-42"


@pytest.fixture
def at_shop(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url
    return cli


def as_director(cli: Cli, *argv: str, new_password: str | None = None) -> tuple[int, str, str]:
    ran = cli("--user", "giamdoc", *argv, password=DIRECTOR_PASSWORD, new_password=new_password)
    return ran.code, ran.out, ran.err


@pytest.fixture
def sales_ready(at_shop: Cli) -> Cli:
    """banhang1 has chosen their own password (new accounts must, before anything else)."""
    ran = at_shop(
        "--user", "banhang1", "passwd", password=SALES_PASSWORD, new_password=NEW_SALES_PASSWORD
    )
    assert ran.code == 0, ran.err
    return at_shop


def test_director_adds_staff_who_appear_in_the_list(at_shop: Cli) -> None:
    ran = at_shop(
        "--json",
        "--user",
        "giamdoc",
        "user",
        "add",
        "kho1",
        "--role",
        "care",
        "--full-name",
        "Võ Minh Khoa",
        "--phone",
        "0935 111 222",
        password=DIRECTOR_PASSWORD,
        new_password="Kho-hang#Song-Han-5",
    )
    assert ran.code == 0, ran.err
    added = ran.json()
    assert added["username"] == "kho1" and added["role"] == "care"
    assert added["must_change_password"] is True
    assert "Đã thêm kho1 (" in ran.err

    listed = at_shop("--json", "--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD)
    rows = {r["username"]: r for r in listed.json()}
    assert set(rows) == {"giamdoc", "banhang1", "cskh1", "kho1"}
    assert rows["kho1"]["full_name"] == "Võ Minh Khoa" and rows["kho1"]["phone"] == "0935 111 222"
    # The new account opens with its first password (and is then sent to passwd).
    first = at_shop("--user", "kho1", "user", "list", password="Kho-hang#Song-Han-5")
    assert first.code == 3 and "phải đặt mật khẩu mới" in first.err


def test_staff_list_reads_as_a_table_in_vietnamese(at_shop: Cli) -> None:
    code, out, _ = as_director(at_shop, "user", "list")
    assert code == 0
    header = out.splitlines()[0]
    for word in ("Tên đăng nhập", "Vai trò", "Họ và tên", "Điện thoại", "Trạng thái"):
        assert word in header
    assert "Lê Văn Hùng" in out and "phải đổi mật khẩu" in out


def test_adding_a_taken_login_name_is_refused(at_shop: Cli) -> None:
    code, _, err = as_director(
        at_shop,
        "user",
        "add",
        "banhang1",
        "--role",
        "sales",
        "--full-name",
        "Ai Đó",
        new_password="Kho-hang#Song-Han-5",
    )
    assert code == 1 and "banhang1" in err


def test_a_weak_first_password_is_refused_with_every_reason(at_shop: Cli) -> None:
    code, _, err = as_director(
        at_shop,
        "user",
        "add",
        "kho1",
        "--role",
        "care",
        "--full-name",
        "Võ Minh Khoa",
        new_password="khoa",
    )
    assert code == 1
    assert err.count("  - ") >= 2  # too short, and built from the name


def test_a_badly_written_birth_date_is_a_usage_error(at_shop: Cli) -> None:
    code, _, err = as_director(
        at_shop,
        "user",
        "add",
        "kho1",
        "--role",
        "care",
        "--full-name",
        "Võ Minh Khoa",
        "--birth-date",
        "12/03/1990",
        new_password="Kho-hang#Song-Han-5",
    )
    assert code == 2 and "--birth-date" in err and "2026-11-23" in err


def test_a_deactivated_account_opens_nothing(sales_ready: Cli) -> None:
    code, _, err = as_director(sales_ready, "user", "deactivate", "banhang1")
    assert code == 0 and "Đã ngừng tài khoản banhang1" in err
    ran = sales_ready("--user", "banhang1", "passwd", password=NEW_SALES_PASSWORD)
    assert ran.code == 3
    listed = sales_ready("--json", "--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD)
    assert {r["username"]: r["active"] for r in listed.json()}["banhang1"] is False


def test_the_director_cannot_deactivate_themself(at_shop: Cli) -> None:
    code, _, _ = as_director(at_shop, "user", "deactivate", "giamdoc")
    assert code == 1


def test_unknown_account_is_named(at_shop: Cli) -> None:
    code, _, err = as_director(at_shop, "user", "unlock", "khong-ai")
    assert code == 1 and "khong-ai" in err


@pytest.mark.parametrize(
    "command", [["user", "add", "kho1", "--role", "care"], ["audit", "verify"]]
)
def test_sales_may_not_add_staff_or_verify_the_audit_log(
    sales_ready: Cli, shop: Shop, command: list[str]
) -> None:
    ran = sales_ready(
        "--user",
        "banhang1",
        *command,
        password=NEW_SALES_PASSWORD,
        new_password="Kho-hang#Song-Han-5",
    )
    assert ran.code == 4
    assert ran.out == ""
    refused = sales_ready(
        "--json",
        "--user",
        "giamdoc",
        "audit",
        "list",
        "--action",
        "permission_refused",
        password=DIRECTOR_PASSWORD,
    )
    assert [e["staff_id"] for e in refused.json()] == [shop.sales.staff_id]


def test_care_may_not_list_staff(at_shop: Cli) -> None:
    ran = at_shop(
        "--user", "cskh1", "passwd", password="Cham-soc#Khach-99", new_password="Cham-soc#Moi-2027"
    )
    assert ran.code == 0, ran.err
    assert at_shop("--user", "cskh1", "user", "list", password="Cham-soc#Moi-2027").code == 4


def test_director_resets_a_forgotten_password(sales_ready: Cli) -> None:
    code, _, err = as_director(sales_ready, "passwd", "banhang1", new_password="Tam-thoi#Mo-lai-31")
    assert code == 0 and "Đã đặt lại mật khẩu cho banhang1" in err
    assert sales_ready("--user", "banhang1", "passwd", password=NEW_SALES_PASSWORD).code == 3
    # The temporary password opens only the way to a password of their own.
    ran = sales_ready("--user", "banhang1", "user", "list", password="Tam-thoi#Mo-lai-31")
    assert ran.code == 3 and "phải đặt mật khẩu mới" in ran.err


def test_sales_may_not_reset_someone_elses_password(sales_ready: Cli) -> None:
    ran = sales_ready(
        "--user",
        "banhang1",
        "passwd",
        "cskh1",
        password=NEW_SALES_PASSWORD,
        new_password="Tam-thoi#Mo-lai-31",
    )
    assert ran.code == 4


def test_changing_your_own_password_needs_the_current_one(sales_ready: Cli) -> None:
    ran = sales_ready(
        "--user",
        "banhang1",
        "passwd",
        password="sai-mat-khau-nhe",
        new_password="Mua-thu#Ha-Noi-2027",
    )
    assert ran.code == 3
    ran = sales_ready(
        "passwd", "banhang1", password=NEW_SALES_PASSWORD, new_password="Mua-thu#Ha-Noi-2027"
    )
    assert ran.code == 0, ran.err  # the login name alone says whose password it is
    assert (
        sales_ready(
            "--user",
            "banhang1",
            "passwd",
            password="Mua-thu#Ha-Noi-2027",
            new_password="Mua-dong#Ha-Noi-2028",
        ).code
        == 0
    )


def test_role_choices_are_the_three_roles(at_shop: Cli) -> None:
    ran = at_shop("user", "add", "kho1", "--role", "boss")
    assert ran.code == 2
    assert {r.value for r in Role} <= set(ran.err.replace("'", " ").replace(",", " ").split())
