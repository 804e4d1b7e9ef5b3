"""The shop's PC is gone: a backup file and the printed recovery sheet rebuild the shop on a new
PC, or on the shop's new PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shopprivacy.domain.errors import ConflictError, WrongRecoveryCode
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.audit import AuditFilter
from shopprivacy.services.auth import AuthService
from shopprivacy.services.backup_recovery import restore_new_shop
from shopprivacy.storage.database import Database
from tests import postgres_support
from tests.conftest import MemoryKeyring, Shop
from tests.services.customer_helpers import add, draft

NEW_PASSWORD = "Mua-he#Da-lat-2027"


@pytest.fixture
def file(shop: Shop, tmp_path: Path) -> Path:
    add(shop, name="Mạc Thị Duyên", mobile="0923 456 789")
    target = tmp_path / "tu-may-cu.spbak"
    shop.services.backup.create_backup(shop.director, target)
    return target


@pytest.fixture
def new_pc(memory_keyring: MemoryKeyring, tmp_path: Path) -> Iterator[Database]:
    memory_keyring.move_to_another_pc()
    db = Database(f"sqlite:///{tmp_path / 'may-moi' / 'shop.db'}")
    yield db
    db.dispose()


def rebuild(db: Database, file: Path, code: str) -> Services:
    signed = restore_new_shop(db, KeyringDeviceStore(), file, code, "giamdoc", NEW_PASSWORD)
    return Services(signed.vault)


def test_a_lost_pc_is_rebuilt_from_a_backup_and_the_recovery_sheet(
    shop: Shop, file: Path, new_pc: Database
) -> None:
    services = rebuild(new_pc, file, shop.recovery_code)
    director = shop.director
    found = services.customers.search_customers(director, "Mạc Thị Duyên")
    assert [c.full_name for c in found] == ["Mạc Thị Duyên"]
    assert services.audit.verify(director).ok
    assert services.audit.entries(director, AuditFilter(action="backup_restored"))
    auth = AuthService(new_pc, KeyringDeviceStore(), sleep=lambda _s: None)
    assert auth.sign_in("giamdoc", NEW_PASSWORD).vault.device_protected


def test_a_wrong_recovery_code_opens_nothing(file: Path, new_pc: Database) -> None:
    with pytest.raises(WrongRecoveryCode) as caught:
        rebuild(new_pc, file, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    assert caught.value.exit_code == 5 and not new_pc.exists()


def test_an_existing_shop_is_never_overwritten(shop: Shop, file: Path) -> None:
    with pytest.raises(ConflictError):
        rebuild(shop.db, file, shop.recovery_code)


@pytest.mark.skipif(postgres_support.PG_URL is None, reason="no PostgreSQL test server")
def test_a_one_desk_shop_moves_to_postgresql(
    shop: Shop, file: Path, memory_keyring: MemoryKeyring
) -> None:
    server = postgres_support.server()
    assert server is not None
    name = postgres_support.unique_name("move")
    url = server.create(name)
    memory_keyring.move_to_another_pc()
    memory_keyring.store.update(server.keyring_entries(name))
    db = Database(url)
    try:
        services = rebuild(db, file, shop.recovery_code)
        found = services.customers.search_customers(shop.director, "Mạc Thị Duyên")
        assert len(found) == 1 and services.audit.verify(shop.director).ok
        # Ids carry on after the restored ones on the server too.
        again = services.customers.create_customer(shop.director, draft(name="Tạ Văn Hải"))
        assert again.id > found[0].id
    finally:
        db.dispose()
        server.drop(name)
        server.dispose()

