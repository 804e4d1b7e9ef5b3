"""A shop that installed the first release (schema 0001) updates the app: its database is copied
for safety, migrated to the newest schema, and nothing it held is lost.

``tests/data/schema_0001.db`` was made by ``tests/data/schema_0001_make.py`` with the code at the
commit whose only migration was 0001, using the suite's cheap key-derivation parameters. It holds
only ciphertext. Its test passwords: giamdoc ``Bao-mat#Kho-khach-2026`` (director), banhang1
``Gio-dong#Thoi-manh-5`` (sales, changed from ``Cua-so#Mat-troi-77``), cskh1 ``Cham-soc#Khach-99``
(care, never signed in, must change it), banhang2 ``Da-nghi#Viec-2025`` (deactivated). The device
secret that PC kept in its keyring, and the printed recovery code, are in
``schema_0001.keyring.json``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from shopprivacy.domain.errors import AuthenticationError
from shopprivacy.domain.settings import IDLE_LOCK_MINUTES
from shopprivacy.domain.staff import Role
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.auth import AuthService
from shopprivacy.storage import migrate
from shopprivacy.storage.database import Database
from shopprivacy.storage.schema import metadata
from tests.conftest import MemoryKeyring

DATA = Path(__file__).resolve().parents[1] / "data"
FIRST_RELEASE = "0001"
DIRECTOR_PASSWORD = "Bao-mat#Kho-khach-2026"
SALES_PASSWORD = "Gio-dong#Thoi-manh-5"
CARE_PASSWORD = "Cham-soc#Khach-99"
LEFT_PASSWORD = "Da-nghi#Viec-2025"
AUDIT_ENTRIES_AT_0001 = 10  # what the first release wrote (see schema_0001_make.py)


@pytest.fixture
def old_shop(tmp_path: Path, memory_keyring: MemoryKeyring) -> Path:
    """A copy of the first release's database, on a PC whose keyring holds its device secret."""
    path = tmp_path / "shopprivacy.db"
    shutil.copyfile(DATA / "schema_0001.db", path)
    saved = json.loads((DATA / "schema_0001.keyring.json").read_text(encoding="utf-8"))
    for entry in saved["entries"]:
        memory_keyring.set_password(entry["service"], entry["username"], entry["password"])
    return path


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _audit_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _open(path: Path) -> tuple[Database, AuthService]:
    db = Database(f"sqlite:///{path}")
    return db, AuthService(db, KeyringDeviceStore(), sleep=lambda _s: None)


def test_fixture_really_is_the_first_release() -> None:
    assert _revision(DATA / "schema_0001.db") == FIRST_RELEASE
    assert _audit_count(DATA / "schema_0001.db") == AUDIT_ENTRIES_AT_0001


def test_opening_a_first_release_database_migrates_after_a_safety_copy(old_shop: Path) -> None:
    db, auth = _open(old_shop)
    try:
        head = migrate.head_revision(db)
        auth.open_database()
        assert migrate.current_revision(db) == head

        copies = sorted(old_shop.parent.glob(f"shopprivacy.before-{FIRST_RELEASE}-*.db"))
        if head == FIRST_RELEASE:
            assert copies == []  # nothing to migrate, so nothing copied
        else:
            # The copy is the untouched first-release database, whole.
            assert len(copies) == 1
            assert _revision(copies[0]) == FIRST_RELEASE
            assert _audit_count(copies[0]) == AUDIT_ENTRIES_AT_0001
            with sqlite3.connect(copies[0]) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _audit_count(old_shop) == AUDIT_ENTRIES_AT_0001
    finally:
        db.dispose()


def test_an_upgraded_database_has_exactly_the_tables_and_columns_of_a_new_one(
    old_shop: Path,
) -> None:
    """What the migrations build from 0001 must be what today's code expects, column for column,
    or a later feature would fail only in shops that upgraded."""
    db, auth = _open(old_shop)
    try:
        auth.open_database()
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, metadata)
        assert differences == []
    finally:
        db.dispose()


def test_after_the_upgrade_staff_shop_settings_and_audit_chain_are_intact(old_shop: Path) -> None:
    db, auth = _open(old_shop)
    try:
        auth.open_database()
        signed = auth.sign_in("giamdoc", DIRECTOR_PASSWORD)
        assert signed.actor.role is Role.DIRECTOR and not signed.must_change_password
        services = Services(signed.vault)

        staff = {s.username: s for s in services.staff.list_staff(signed.actor)}
        assert set(staff) == {"giamdoc", "banhang1", "cskh1", "banhang2"}
        assert not any(s.damaged for s in staff.values())
        assert staff["giamdoc"].full_name == "Nguyễn Thị Ngọc Ánh"
        assert staff["giamdoc"].phone == "0903 123 456"
        assert staff["banhang1"].full_name == "Lê Văn Đức" and staff["banhang1"].role is Role.SALES
        assert staff["cskh1"].full_name == "Phạm Thu Hằng" and staff["cskh1"].must_change_password
        assert staff["banhang2"].full_name == "Đỗ Minh Tâm" and not staff["banhang2"].active

        profile = services.shop.profile()
        assert profile.name == "Cửa hàng Điện máy Hòa Bình"
        assert profile.address == "45 Trần Hưng Đạo, Hà Nội"
        assert services.settings.get_int(IDLE_LOCK_MINUTES) == 12

        result = services.audit.verify(signed.actor)
        assert result.ok, result.problem
        # The first release's entries plus this sign-in and the staff list read.
        assert result.checked >= AUDIT_ENTRIES_AT_0001 + 2
    finally:
        db.dispose()


def test_after_the_upgrade_each_account_signs_in_as_before(old_shop: Path) -> None:
    db, auth = _open(old_shop)
    try:
        auth.open_database()
        assert auth.sign_in("banhang1", SALES_PASSWORD).actor.role is Role.SALES
        care = auth.sign_in("cskh1", CARE_PASSWORD)
        assert care.actor.role is Role.CARE and care.must_change_password
        with pytest.raises(AuthenticationError):
            auth.sign_in("banhang2", LEFT_PASSWORD)  # deactivated in the first release
    finally:
        db.dispose()


def test_the_printed_recovery_code_still_opens_an_upgraded_database(
    old_shop: Path, memory_keyring: MemoryKeyring
) -> None:
    code = json.loads((DATA / "schema_0001.keyring.json").read_text(encoding="utf-8"))[
        "recovery_code"
    ]
    memory_keyring.store.clear()  # a new PC: the old device secret is not here
    db, auth = _open(old_shop)
    try:
        auth.open_database()
        signed = auth.recover(code, "giamdoc", "Moi-may#Tinh-moi-2027")
        assert Services(signed.vault).audit.verify(signed.actor).ok
        assert auth.sign_in("giamdoc", "Moi-may#Tinh-moi-2027").actor.role is Role.DIRECTOR
    finally:
        db.dispose()
