"""``recover``: the printed code brings the director back on a PC that lost its key store."""

from __future__ import annotations

import pytest

from shopprivacy.security.recovery import normalize_recovery_code
from tests.cli.conftest import Cli
from tests.conftest import DIRECTOR_PASSWORD, MemoryKeyring, Shop

NEW_PASSWORD = "Mua-he#Da-lat-2027"


@pytest.fixture
def other_pc(cli: Cli, shop: Shop, memory_keyring: MemoryKeyring) -> Cli:
    memory_keyring.move_to_another_pc()  # the same database, another PC's keyring
    cli.db = shop.db.url
    return cli


def test_a_pc_without_the_device_secret_is_refused(other_pc: Cli) -> None:
    ran = other_pc("--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD)
    assert ran.code == 3


def test_a_wrong_recovery_code_exits_5(other_pc: Cli) -> None:
    ran = other_pc(
        "--json",
        "recover",
        "--director",
        "giamdoc",
        SHOPPRIVACY_RECOVERY_CODE="AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA",
        new_password=NEW_PASSWORD,
    )
    assert ran.code == 5 and ran.json()["error"]["exit_code"] == 5
    assert (
        other_pc(
            "recover",
            "--director",
            "giamdoc",
            SHOPPRIVACY_RECOVERY_CODE="not a code",
            new_password=NEW_PASSWORD,
        ).code
        == 5
    )


def test_the_recovery_code_enrolls_this_pc_with_a_new_password(other_pc: Cli, shop: Shop) -> None:
    ran = other_pc(
        "--json",
        "recover",
        "--director",
        "giamdoc",
        new_password=NEW_PASSWORD,
        SHOPPRIVACY_RECOVERY_CODE=shop.recovery_code,
    )
    assert ran.code == 0, ran.err
    doc = ran.json()
    new_code = doc.pop("recovery_code")
    assert doc == {"ok": True, "director": "giamdoc", "device_protected": True}
    assert normalize_recovery_code(new_code) == new_code != shop.recovery_code
    assert new_code not in ran.err  # printed once, as the result
    assert "Đã khôi phục" in ran.err and "không còn dùng được" in ran.err
    assert other_pc("--user", "giamdoc", "user", "list", password=NEW_PASSWORD).code == 0
    assert other_pc("--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD).code == 3


def test_a_used_recovery_code_is_spent_and_the_printed_new_one_works(
    other_pc: Cli, shop: Shop
) -> None:
    first = other_pc(
        "recover", "--director", "giamdoc",
        SHOPPRIVACY_RECOVERY_CODE=shop.recovery_code,
        new_password=NEW_PASSWORD,
    )  # fmt: skip
    assert first.code == 0, first.err
    label, new_code = first.out.strip().rsplit(" ", 1)
    assert label == "Mã khôi phục:" and normalize_recovery_code(new_code) == new_code
    again = other_pc(
        "recover", "--director", "giamdoc",
        SHOPPRIVACY_RECOVERY_CODE=shop.recovery_code,
        new_password="Mua-thu#Ha-noi-2028",
    )  # fmt: skip
    assert again.code == 5
    with_new = other_pc(
        "--json", "recover", "--director", "giamdoc",
        SHOPPRIVACY_RECOVERY_CODE=new_code,
        new_password="Mua-thu#Ha-noi-2028",
    )  # fmt: skip
    assert with_new.code == 0, with_new.err


def test_recovery_needs_a_director_account(other_pc: Cli, shop: Shop) -> None:
    ran = other_pc(
        "recover",
        "--director",
        "banhang1",
        SHOPPRIVACY_RECOVERY_CODE=shop.recovery_code,
        new_password=NEW_PASSWORD,
    )
    assert ran.code == 1 and "banhang1" in ran.err


def test_recovery_refuses_a_weak_new_password(other_pc: Cli, shop: Shop) -> None:
    ran = other_pc(
        "recover",
        "--director",
        "giamdoc",
        SHOPPRIVACY_RECOVERY_CODE=shop.recovery_code,
        new_password="12345678",
    )
    assert ran.code == 1 and "  - " in ran.err


def test_recovery_without_a_code_and_no_terminal_is_a_usage_error(other_pc: Cli) -> None:
    ran = other_pc("recover", "--director", "giamdoc", new_password=NEW_PASSWORD)
    assert ran.code == 2 and "SHOPPRIVACY_RECOVERY_CODE" in ran.err


def test_the_code_is_never_taken_as_an_argument(other_pc: Cli, shop: Shop) -> None:
    # Arguments show in the process list and the shell's history.
    ran = other_pc(
        "recover", "--recovery-code", shop.recovery_code, "--director", "giamdoc",
        new_password=NEW_PASSWORD,
    )  # fmt: skip
    assert ran.code == 2
