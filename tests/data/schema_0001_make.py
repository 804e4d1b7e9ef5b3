"""Rebuilds ``schema_0001.db`` and ``schema_0001.keyring.json``: a shop made by the first released
schema, for the upgrade test. Not a test; run by hand with the code checked out at a commit whose
only migration is 0001 (the first release), for example:

    git worktree add /tmp/sp0001 13d5bbb
    PYTHONPATH=/tmp/sp0001/src:/tmp/sp0001 uv run python tests/data/schema_0001_make.py tests/data

The file holds only ciphertext; the passwords below are test passwords (also in the upgrade test).
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

from shopprivacy.domain.errors import AuthenticationError
from shopprivacy.domain.settings import IDLE_LOCK_MINUTES
from shopprivacy.domain.staff import NewStaff, Role, ShopProfile
from shopprivacy.security import kdf
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.auth import AuthService
from shopprivacy.services.setup import create_vault
from shopprivacy.storage.database import Database

# The same cheap parameters as the test suite; slots remember them, so later code opens them.
kdf.DEFAULT_PARAMS = kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1)

DIRECTOR_PASSWORD = "Bao-mat#Kho-khach-2026"
SALES_FIRST_PASSWORD = "Cua-so#Mat-troi-77"
SALES_PASSWORD = "Gio-dong#Thoi-manh-5"
CARE_PASSWORD = "Cham-soc#Khach-99"
LEFT_PASSWORD = "Da-nghi#Viec-2025"


class _Keyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def build(out: Path) -> None:
    backend = _Keyring()
    keyring.set_keyring(backend)
    path = out / "schema_0001.db"
    path.unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    made = create_vault(
        db,
        KeyringDeviceStore(),
        ShopProfile("Cửa hàng Điện máy Hòa Bình", "45 Trần Hưng Đạo, Hà Nội", "024 3933 1234"),
        NewStaff("giamdoc", Role.DIRECTOR, "Nguyễn Thị Ngọc Ánh", "0903 123 456"),
        DIRECTOR_PASSWORD,
    )
    services = Services(made.vault)
    director = made.actor
    sales = services.staff.add_staff(
        director,
        NewStaff("banhang1", Role.SALES, "Lê Văn Đức", "0912 345 678"),
        SALES_FIRST_PASSWORD,
    )
    services.staff.add_staff(
        director, NewStaff("cskh1", Role.CARE, "Phạm Thu Hằng", "0987 654 321"), CARE_PASSWORD
    )
    left = services.staff.add_staff(
        director, NewStaff("banhang2", Role.SALES, "Đỗ Minh Tâm"), LEFT_PASSWORD
    )
    services.staff.deactivate(director, left.id)
    services.settings.set_int(director, IDLE_LOCK_MINUTES, 12)

    auth = AuthService(db, KeyringDeviceStore(), sleep=lambda _s: None)
    # A parked failed sign-in is part of the history the upgrade must keep.
    with contextlib.suppress(AuthenticationError):
        auth.sign_in("banhang1", "not-the-password")
    signed = auth.sign_in("banhang1", SALES_FIRST_PASSWORD)
    Services(signed.vault).staff.change_own_password(
        signed.actor, SALES_FIRST_PASSWORD, SALES_PASSWORD
    )
    assert sales.id == signed.actor.staff_id
    db.checkpoint()
    db.dispose()

    entries = [{"service": s, "username": u, "password": p} for (s, u), p in backend.store.items()]
    (out / "schema_0001.keyring.json").write_text(
        json.dumps({"entries": entries, "recovery_code": made.recovery_code}, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {path} ({path.stat().st_size} bytes); recovery code {made.recovery_code}")


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent))
