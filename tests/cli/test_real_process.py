"""``shopprivacy-admin`` as a shop runs it: a separate process, the real key derivation, and a
PC without an OS keyring (the explicit no-keyring mode), with HOME and the temp folder in tmp."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from shopprivacy.domain.staff import NewStaff
from tests.conftest import CARE, DIRECTOR, DIRECTOR_PASSWORD, SALES, SHOP

pytestmark = pytest.mark.sqlite_only("reads the SQLite file's bytes")

STAFF_PASSWORDS = {SALES.username: "Cua-so#Mat-troi-77", CARE.username: "Cham-soc#Khach-99"}
BIRTH_DATE = "1990-03-12"


def admin_command() -> list[str]:
    script = Path(sys.executable).with_name("shopprivacy-admin")
    if script.exists():
        return [str(script)]  # the installed console script, as a shop runs it
    return [sys.executable, "-m", "shopprivacy.cli.main"]


class Admin:
    def __init__(self, tmp_path: Path) -> None:
        home = tmp_path / "home"
        self.tmp = tmp_path / "tmp"
        self.db = tmp_path / "data" / "shop.db"
        for folder in (home, self.tmp):
            folder.mkdir(parents=True)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("SHOPPRIVACY_")}
        self.env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            TMPDIR=str(self.tmp),
            TEMP=str(self.tmp),
            TMP=str(self.tmp),
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            SHOPPRIVACY_DB=str(self.db),
        )

    def __call__(self, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*admin_command(), *argv],
            env={**self.env, **env},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            stdin=subprocess.DEVNULL,
        )


def add_staff(admin: Admin, staff: NewStaff, *extra: str) -> None:
    done = admin(
        "--user",
        DIRECTOR.username,
        "user",
        "add",
        staff.username,
        "--role",
        staff.role.value,
        "--full-name",
        staff.full_name,
        "--phone",
        staff.phone or "",
        *extra,
        SHOPPRIVACY_PASSWORD=DIRECTOR_PASSWORD,
        SHOPPRIVACY_NEW_PASSWORD=STAFF_PASSWORDS[staff.username],
    )
    assert done.returncode == 0, done.stderr


def personal_values() -> list[str]:
    values = [SHOP.name, SHOP.address, SHOP.phone, SHOP.email, BIRTH_DATE]
    for staff in (DIRECTOR, SALES, CARE):
        values += [staff.full_name, staff.phone or ""]
    return [v for v in values if v]


def assert_nothing_readable(paths: list[Path]) -> None:
    assert paths
    for path in paths:
        data = path.read_bytes()
        for value in personal_values():
            for form in {value, value.upper(), value.lower()}:
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    assert form.encode(encoding) not in data, f"{value!r} readable in {path.name}"


@pytest.fixture
def admin(tmp_path: Path) -> Admin:
    return Admin(tmp_path)


def init_shop(admin: Admin) -> str:
    done = admin(
        "--json",
        "init",
        "--shop-name",
        SHOP.name,
        "--shop-address",
        SHOP.address,
        "--shop-phone",
        SHOP.phone,
        "--shop-email",
        SHOP.email,
        "--director",
        DIRECTOR.username,
        "--director-name",
        DIRECTOR.full_name,
        "--director-phone",
        DIRECTOR.phone or "",
        SHOPPRIVACY_NEW_PASSWORD=DIRECTOR_PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["device_protected"] is False
    assert "không có kho khóa" in done.stderr  # no keyring here, and it says so
    code: str = doc["recovery_code"]
    return code


def test_no_personal_value_is_readable_in_the_file_its_wal_or_the_temp_folder(
    admin: Admin,
) -> None:
    init_shop(admin)
    # A reader holding the database open keeps the WAL in place, as a second desk would.
    reader = sqlite3.connect(admin.db)
    try:
        reader.execute("SELECT count(*) FROM staff").fetchone()
        add_staff(admin, SALES, "--birth-date", BIRTH_DATE)
        add_staff(admin, CARE)
        listed = admin(
            "--json",
            "--user",
            DIRECTOR.username,
            "user",
            "list",
            SHOPPRIVACY_PASSWORD=DIRECTOR_PASSWORD,
        )
        assert listed.returncode == 0, listed.stderr
        names = {row["full_name"] for row in json.loads(listed.stdout)}
        assert names == {DIRECTOR.full_name, SALES.full_name, CARE.full_name}  # they are stored

        wal = admin.db.with_name(admin.db.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        temp_files = [p for p in admin.tmp.rglob("*") if p.is_file()]
        assert_nothing_readable([admin.db, wal, *temp_files])
    finally:
        reader.close()
    files = [p for p in admin.db.parent.iterdir() if p.is_file()]
    assert_nothing_readable(files + [p for p in admin.tmp.rglob("*") if p.is_file()])


def test_exit_codes_reach_the_shell_and_the_recovery_code_works(admin: Admin) -> None:
    code = init_shop(admin)
    wrong = admin(
        "--user", DIRECTOR.username, "audit", "verify", SHOPPRIVACY_PASSWORD="sai-roi-nhe"
    )
    assert wrong.returncode == 3
    assert "Không đăng nhập được bằng tài khoản giamdoc." in wrong.stderr
    assert "Traceback" not in wrong.stderr
    done = admin(
        "--json",
        "recover",
        "--director",
        DIRECTOR.username,
        SHOPPRIVACY_RECOVERY_CODE=code.lower(),
        SHOPPRIVACY_NEW_PASSWORD="Mua-he#Da-lat-2027",
    )
    assert done.returncode == 0, done.stderr
    recovered = json.loads(done.stdout)
    new_code = recovered.pop("recovery_code")  # the typed code is spent; this replaces it
    assert new_code != code and new_code not in done.stderr
    assert recovered == {
        "ok": True,
        "director": DIRECTOR.username,
        "device_protected": False,
    }
    verify = admin(
        "--json",
        "--user",
        DIRECTOR.username,
        "audit",
        "verify",
        SHOPPRIVACY_PASSWORD="Mua-he#Da-lat-2027",
    )
    assert verify.returncode == 0, verify.stderr
    assert json.loads(verify.stdout)["ok"] is True
