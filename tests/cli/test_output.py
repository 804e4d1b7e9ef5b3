"""The command line's common contract: one JSON document with --json, the user's language,
usage errors, and short messages instead of stack traces."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopprivacy.cli import context
from tests.cli.conftest import Cli
from tests.conftest import DIRECTOR_PASSWORD, Shop


@pytest.fixture
def at_shop(cli: Cli, shop: Shop) -> Cli:
    cli.db = shop.db.url
    return cli


@pytest.mark.parametrize(
    ("argv", "password", "code"),
    [
        (["user", "list"], DIRECTOR_PASSWORD, 0),
        (["user", "unlock", "cskh1"], DIRECTOR_PASSWORD, 0),
        (["audit", "verify"], DIRECTOR_PASSWORD, 0),
        (["audit", "list", "--limit", "2"], DIRECTOR_PASSWORD, 0),
        (["user", "list"], "sai-mat-khau-nhe", 3),
        (["user", "deactivate", "khong-ai"], DIRECTOR_PASSWORD, 1),
        (["audit", "list", "--since", "hôm qua"], DIRECTOR_PASSWORD, 2),
        (["user", "frobnicate"], DIRECTOR_PASSWORD, 2),
    ],
)
def test_json_output_is_exactly_one_document_whatever_happens(
    at_shop: Cli, argv: list[str], password: str, code: int
) -> None:
    ran = at_shop("--json", "--user", "giamdoc", *argv, password=password)
    assert ran.code == code, ran.err
    doc = ran.json()  # fails on anything else on stdout
    if code:
        assert doc["ok"] is False and doc["error"]["exit_code"] == code
        assert doc["error"]["message"]


def test_json_keeps_vietnamese_letters_readable(at_shop: Cli) -> None:
    ran = at_shop("--json", "--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD)
    assert "Lê Văn Hùng" in ran.out  # not \u escapes


def test_english_on_request(at_shop: Cli) -> None:
    ran = at_shop("--lang", "en", "--user", "banhang1", "user", "list", password="sai-mat-khau-nhe")
    assert ran.code == 3
    assert "Error: Could not sign in as banhang1." in ran.err
    ran = at_shop(
        "--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD, SHOPPRIVACY_LANG="en"
    )
    assert ran.code == 0 and ran.out.splitlines()[0].startswith("ID  Login name")
    # The option wins over the environment.
    ran = at_shop(
        "--lang",
        "vi",
        "--user",
        "giamdoc",
        "user",
        "list",
        password=DIRECTOR_PASSWORD,
        SHOPPRIVACY_LANG="en",
    )
    assert "Tên đăng nhập" in ran.out


def test_vietnamese_is_the_default(at_shop: Cli) -> None:
    ran = at_shop("--user", "banhang1", "user", "list", password="sai-mat-khau-nhe")
    assert "Lỗi: Không đăng nhập được bằng tài khoản banhang1." in ran.err


def test_help_is_translated_and_exits_0(cli: Cli) -> None:
    ran = cli("--help")
    assert ran.code == 0
    assert ran.out.startswith("cách dùng: shopprivacy-admin")
    assert "tùy chọn:" in ran.out and "nhật ký hoạt động" in ran.out
    ran = cli("--lang", "en", "audit", "list", "--help")
    assert ran.code == 0 and ran.out.startswith("usage: shopprivacy-admin audit list")


@pytest.mark.parametrize(
    "argv",
    [[], ["user"], ["frobnicate"], ["--lang", "fr", "audit", "verify"], ["user", "add", "kho1"]],
)
def test_usage_errors_exit_2(cli: Cli, argv: list[str]) -> None:
    ran = cli(*argv)
    assert ran.code == 2
    assert "cách dùng:" in ran.err and "Lỗi:" in ran.err


def test_usage_errors_are_explained_in_the_users_language(cli: Cli) -> None:
    assert "Lỗi: Còn thiếu: --role." in cli("user", "add", "kho1").err
    assert "Lỗi: Còn thiếu: lệnh." in cli().err
    assert "'frob' không phải là lựa chọn hợp lệ cho lệnh" in cli("user", "frob").err
    ran = cli("--lang", "en", "--json", "audit", "list", "--limit", "x")
    assert ran.json()["error"]["message"] == "--limit takes a whole number, not 'x'."


def test_no_option_takes_a_password(cli: Cli) -> None:
    assert cli("--password", DIRECTOR_PASSWORD, "user", "list").code == 2
    for command in ([], ["init"], ["user", "add"], ["passwd"], ["recover"], ["audit", "list"]):
        help_text = cli("--lang", "en", *command, "--help").out
        options = [w.strip("[],") for w in help_text.split() if w.lstrip("[").startswith("--")]
        assert options and not [o for o in options if "pass" in o.lower()], options


def test_a_file_that_is_not_a_shop_database_gets_a_short_message(cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "ghi-chu.db"
    junk.write_text("Khách: Lê Văn Hùng, 0912 345 678\n" * 200, encoding="utf-8")
    cli.db = junk
    ran = cli("--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD)
    assert ran.code == 1
    assert "Traceback" not in ran.err and "Lê Văn Hùng" not in ran.err
    assert "Không đọc hoặc ghi được cơ sở dữ liệu" in ran.err


def _broken_device_store() -> object:
    raise RuntimeError("Lê Văn Hùng 0912 345 678")  # what a careless library might say


def test_an_unexpected_failure_is_short_and_keeps_personal_data_off_screen(
    at_shop: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(context, "make_device_store", _broken_device_store)
    ran = at_shop("--json", "--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD)
    assert ran.code == 1
    assert "Có lỗi ngoài dự kiến (RuntimeError)" in ran.err
    assert "Traceback" not in ran.err and "Lê Văn Hùng" not in ran.err + ran.out
    assert ran.json()["error"]["kind"] == "unexpected"


def test_debug_mode_shows_the_traceback(at_shop: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "make_device_store", _broken_device_store)
    ran = at_shop(
        "--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD, SHOPPRIVACY_DEBUG="1"
    )
    assert ran.code == 1 and "Traceback" in ran.err
