import sqlite3

import pytest

from shopprivacy.domain.errors import AuthenticationError, ConflictError, ValidationError
from shopprivacy.domain.settings import IDLE_LOCK_MINUTES
from shopprivacy.domain.staff import NewStaff, Role
from shopprivacy.services.staff_records import PasswordRefused
from tests.conftest import SALES_PASSWORD, Shop


def test_director_lists_staff_with_names_decrypted(shop: Shop) -> None:
    staff = {s.username: s for s in shop.services.staff.list_staff(shop.director)}
    assert staff["banhang1"].full_name == "Lê Văn Hùng" and staff["banhang1"].role is Role.SALES


def test_weak_or_personal_password_is_refused_with_reasons(shop: Shop) -> None:
    with pytest.raises(PasswordRefused) as info:
        shop.services.staff.add_staff(
            shop.director,
            NewStaff("ketoan", Role.SALES, "Đỗ Minh Tâm", "0901 111 222"),
            "tam0901111222",
        )
    assert any("name, phone" in m.source for m in info.value.reasons)


def test_login_name_rules(shop: Shop) -> None:
    with pytest.raises(ValidationError) as info:
        shop.services.staff.add_staff(
            shop.director, NewStaff("Tâm Đỗ", Role.SALES, "Đỗ Minh Tâm"), "Song-Hong#Chay-mai"
        )
    assert info.value.field == "username"
    with pytest.raises(ConflictError):
        shop.services.staff.add_staff(
            shop.director, NewStaff("banhang1", Role.SALES, "Ai đó"), "Song-Hong#Chay-mai"
        )


def test_reset_password_forces_a_change_and_unlocks(shop: Shop) -> None:
    shop.services.staff.reset_password(shop.director, shop.sales.staff_id, "Tam-thoi#Doi-ngay-1")
    signed = shop.auth().sign_in("banhang1", "Tam-thoi#Doi-ngay-1")
    assert signed.must_change_password
    with pytest.raises(AuthenticationError):
        shop.auth().sign_in("banhang1", SALES_PASSWORD)


def test_change_own_password_checks_the_old_one(shop: Shop) -> None:
    with pytest.raises(AuthenticationError):
        shop.services.staff.change_own_password(
            shop.sales, "wrong-old-pass", "Gio-dong#Thoi-manh-5"
        )
    shop.services.staff.change_own_password(shop.sales, SALES_PASSWORD, "Gio-dong#Thoi-manh-5")
    assert not shop.auth().sign_in("banhang1", "Gio-dong#Thoi-manh-5").must_change_password


def test_idle_minutes_default_and_range(shop: Shop) -> None:
    assert shop.services.settings.get_int(IDLE_LOCK_MINUTES) == 5
    shop.services.settings.set_int(shop.director, IDLE_LOCK_MINUTES, 12)
    assert shop.services.settings.get_int(IDLE_LOCK_MINUTES) == 12
    with pytest.raises(ValidationError):
        shop.services.settings.set_int(shop.director, IDLE_LOCK_MINUTES, 0)


@pytest.mark.sqlite_only("flips a byte with the sqlite3 tool")
def test_a_flipped_byte_damages_that_account_only(shop: Shop) -> None:
    shop.db.dispose()
    con = sqlite3.connect(shop.path)
    blob = bytearray(
        con.execute("SELECT full_name_enc FROM staff WHERE username='banhang1'").fetchone()[0]
    )
    blob[-1] ^= 0xFF
    con.execute("UPDATE staff SET full_name_enc=? WHERE username='banhang1'", (bytes(blob),))
    con.commit()
    con.close()
    staff = {s.username: s for s in shop.services.staff.list_staff(shop.director)}
    assert staff["banhang1"].damaged and staff["banhang1"].full_name is None
    assert not staff["cskh1"].damaged and staff["cskh1"].full_name == "Phạm Thu Hà"


def test_a_set_up_interrupted_before_the_vault_row_counts_as_a_new_database(tmp_path) -> None:
    from shopprivacy.storage import migrate
    from shopprivacy.storage.database import Database

    db = Database(f"sqlite:///{tmp_path / 'half.db'}")
    migrate.upgrade(db)  # tables made, then the set-up stopped (e.g. the keyring refused)
    assert not db.exists()
    db.dispose()
