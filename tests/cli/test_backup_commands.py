"""``backup create|restore|status`` and ``db set-password`` from the admin command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopprivacy.domain.staff import ShopProfile
from shopprivacy.security import db_credentials
from shopprivacy.security.db_credentials import ServerAccount
from tests.cli.conftest import Cli
from tests.conftest import DIRECTOR_PASSWORD, SALES_PASSWORD, SHOP, MemoryKeyring, Shop
from tests.services.customer_helpers import add
from tests.services.test_backup import erase


@pytest.fixture
def at_shop(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url
    return cli


def director(cli: Cli, *argv: str) -> tuple[int, str, str]:
    ran = cli("--user", "giamdoc", *argv, password=DIRECTOR_PASSWORD)
    return ran.code, ran.out, ran.err


def test_a_scheduled_backup_writes_the_file_and_reports_it(
    at_shop: Cli, shop: Shop, tmp_path: Path
) -> None:
    file = tmp_path / "sao-luu.spbak"
    ran = at_shop(
        "--json", "--user", "giamdoc", "backup", "create", str(file), password=DIRECTOR_PASSWORD
    )
    assert ran.code == 0, ran.err
    doc = ran.json()
    assert doc["file"] == str(file) and doc["rows"] > 0 and file.stat().st_size == doc["bytes"]
    code, out, _ = director(at_shop, "backup", "status")
    assert code == 0 and "Lần sao lưu gần nhất" in out


def test_a_restore_from_the_command_line_keeps_erased_customers_erased(
    at_shop: Cli, shop: Shop, tmp_path: Path
) -> None:
    gone = add(shop, name="Lâm Thị Kiều", mobile="0919 135 791")
    file = tmp_path / "cu.spbak"
    assert director(at_shop, "backup", "create", str(file))[0] == 0
    erase(shop, gone.id)
    shop.services.shop.update_profile(shop.director, ShopProfile(name="Tên mới"))

    ran = at_shop(
        "--json", "--user", "giamdoc", "backup", "restore", str(file), password=DIRECTOR_PASSWORD
    )

    assert ran.code == 0, ran.err
    doc = ran.json()
    assert doc["erasures_replayed"] == 1 and Path(doc["safety_copy"]).exists()
    assert shop.services.shop.profile().name == SHOP.name
    found = shop.services.customers.search_customers(shop.director, "Lâm Thị Kiều")
    assert all(c.id != gone.id for c in found)


def test_a_damaged_backup_exits_5_and_changes_nothing(
    at_shop: Cli, shop: Shop, tmp_path: Path
) -> None:
    file = tmp_path / "hong.spbak"
    assert director(at_shop, "backup", "create", str(file))[0] == 0
    file.write_bytes(file.read_bytes()[:-10])
    code, _, err = director(at_shop, "backup", "restore", str(file))
    assert code == 5 and "chưa đầy đủ" in err
    assert shop.services.shop.profile().name == SHOP.name


def test_sales_cannot_make_a_backup(at_shop: Cli, tmp_path: Path) -> None:
    new = "Ban-hang#Cho-lon-42"
    assert (
        at_shop("--user", "banhang1", "passwd", password=SALES_PASSWORD, new_password=new).code == 0
    )
    ran = at_shop("--user", "banhang1", "backup", "create", str(tmp_path / "x.spbak"), password=new)
    assert ran.code == 4 and not (tmp_path / "x.spbak").exists()


def test_the_server_password_goes_to_the_keyring_only(cli: Cli) -> None:
    cli.db = "postgresql+psycopg://kho@may-chu.local:5433/cuahang"
    ran = cli("db", "set-password", new_password="Mat-khau#May-chu-9")
    assert ran.code == 0, ran.err
    account = ServerAccount("kho", "may-chu.local", 5433, "cuahang")
    assert db_credentials.load_password(account) == "Mat-khau#May-chu-9"
    assert "Mat-khau" not in ran.out + ran.err
    assert cli("db", "forget-password").code == 0
    assert db_credentials.load_password(account) is None


def test_a_password_inside_the_url_or_a_sqlite_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    cli.db = "postgresql+psycopg://kho:lo-ra@may-chu.local/cuahang"
    assert cli("db", "set-password", new_password="x").code == 2
    cli.db = str(tmp_path / "shop.db")
    assert cli("db", "set-password", new_password="x").code == 2


def test_a_new_pc_is_rebuilt_from_a_backup_with_the_recovery_code(
    at_shop: Cli, shop: Shop, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    add(shop, name="Mạc Thị Duyên", mobile="0923 456 789")
    file = tmp_path / "sao-luu.spbak"
    assert director(at_shop, "backup", "create", str(file))[0] == 0
    memory_keyring.move_to_another_pc()
    at_shop.db = tmp_path / "may-moi" / "shop.db"
    ran = at_shop(
        "--json", "backup", "rebuild", str(file), "--director", "giamdoc",
        new_password="Mua-he#Da-lat-2027", SHOPPRIVACY_RECOVERY_CODE=shop.recovery_code,
    )  # fmt: skip
    assert ran.code == 0, ran.err
    assert ran.json()["director"] == "giamdoc"
    found = at_shop(
        "--json", "--user", "giamdoc", "customer", "find", "Mạc Thị Duyên",
        password="Mua-he#Da-lat-2027",
    )  # fmt: skip
    assert found.code == 0 and len(found.json()) == 1
    again = at_shop(
        "backup", "rebuild", str(file), "--director", "giamdoc",
        new_password="Mua-he#Da-lat-2027", SHOPPRIVACY_RECOVERY_CODE=shop.recovery_code,
    )  # fmt: skip
    assert again.code == 1  # a shop exists there now: never overwritten
