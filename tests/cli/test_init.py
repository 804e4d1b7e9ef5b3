"""``shopprivacy-admin init``: a new shop database, its director and the recovery code."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from shopprivacy.security.recovery import normalize_recovery_code
from tests.cli.conftest import Cli
from tests.conftest import DIRECTOR_PASSWORD

INIT = [
    "init",
    "--shop-name",
    "Công ty TNHH Camera An Khang",
    "--director",
    "giamdoc",
    "--director-name",
    "Trần Thị Bích Ngọc",
]


@pytest.fixture
def new_db(cli: Cli, tmp_path: Path) -> Path:
    cli.db = tmp_path / "shop" / "cuahang.db"
    return cli.db


def test_init_prints_the_recovery_code_once_as_json(cli: Cli, new_db: Path) -> None:
    ran = cli("--json", *INIT, new_password=DIRECTOR_PASSWORD)
    assert ran.code == 0, ran.err
    doc = ran.json()
    assert normalize_recovery_code(doc["recovery_code"]) == doc["recovery_code"]
    assert doc["device_protected"] is True and doc["director"] == "giamdoc"
    assert new_db.exists()
    assert doc["recovery_code"] not in ran.err
    # The director can use the new database at once.
    verify = cli("--user", "giamdoc", "audit", "verify", password=DIRECTOR_PASSWORD)
    assert verify.code == 0, verify.err


def test_init_tells_the_director_to_write_the_code_down(cli: Cli, new_db: Path) -> None:
    ran = cli(*INIT, new_password=DIRECTOR_PASSWORD)
    assert ran.code == 0
    code = ran.out.split()[-1]
    assert normalize_recovery_code(code) == code
    assert "Mã khôi phục:" in ran.out
    assert "QUAN TRỌNG" in ran.err and "chỉ hiện đúng một lần" in ran.err
    assert "đã được ghi danh" in ran.err  # the keyring protects it on this PC


def test_init_refuses_when_the_database_exists(cli: Cli, new_db: Path) -> None:
    assert cli(*INIT, new_password=DIRECTOR_PASSWORD).code == 0
    before = hashlib.sha256(new_db.read_bytes()).hexdigest()
    ran = cli(*INIT, new_password="Mot-mat#Khau-khac-2027")
    assert ran.code == 1
    assert "Đã có cơ sở dữ liệu cửa hàng" in ran.err and str(new_db) in ran.err
    assert hashlib.sha256(new_db.read_bytes()).hexdigest() == before
    # The first password still opens it.
    assert cli("--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD).code == 0


def test_init_with_a_weak_password_is_refused_and_creates_nothing(cli: Cli, new_db: Path) -> None:
    ran = cli("--json", *INIT, new_password="ngoc2026")
    assert ran.code == 1
    doc = ran.json()
    assert doc["ok"] is False and doc["error"]["field"] == "password"
    assert len(doc["error"]["reasons"]) >= 1
    assert ran.err.count("  - ") == len(doc["error"]["reasons"])
    assert not new_db.exists()


def test_init_without_the_directors_name_points_at_the_option(cli: Cli, new_db: Path) -> None:
    ran = cli(
        "init",
        "--shop-name",
        "Camera An Khang",
        "--director",
        "giamdoc",
        new_password=DIRECTOR_PASSWORD,
    )
    assert ran.code == 1
    assert "--director-name" in ran.err
    assert not new_db.exists()


def test_init_needs_the_new_password_from_the_environment_or_a_terminal(
    cli: Cli, new_db: Path
) -> None:
    ran = cli(*INIT)
    assert ran.code == 2
    assert "$SHOPPRIVACY_NEW_PASSWORD" in ran.err
    assert not new_db.exists()


def test_init_asks_for_the_new_password_twice_in_a_terminal(
    cli: Cli, new_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = iter(
        ["Mat-khau#Dau-tien-1", "Mat-khau#Dau-tien-2", DIRECTOR_PASSWORD, DIRECTOR_PASSWORD]
    )
    prompts: list[str] = []

    def fake_getpass(prompt: str = "", stream: object = None) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    ran = cli(*INIT)
    assert ran.code == 0, ran.err
    assert prompts == ["Mật khẩu mới: ", "Gõ lại mật khẩu mới: "] * 2
    assert "không giống nhau" in ran.err
    assert cli("--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD).code == 0


def test_init_on_a_pc_without_a_keyring_works_and_says_so(cli: Cli, new_db: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    ran = cli("--json", *INIT, new_password=DIRECTOR_PASSWORD)
    assert ran.code == 0, ran.err
    assert ran.json()["device_protected"] is False
    assert "không có kho khóa" in ran.err
    signed = cli("--user", "giamdoc", "user", "list", password=DIRECTOR_PASSWORD)
    assert signed.code == 0 and "không có kho khóa" in signed.err
