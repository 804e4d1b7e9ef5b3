"""Several desks on one PostgreSQL server: the password stays in the keyring, the audit chain
stays one chain with desks writing at once, and personal data is ciphertext on the server too."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import event, inspect, select
from sqlalchemy.exc import OperationalError

from shopprivacy.domain.errors import ConflictError
from shopprivacy.security import db_credentials
from shopprivacy.security.db_credentials import ServerAccount
from shopprivacy.services import audit_log
from shopprivacy.services.audit import verify_chain
from shopprivacy.services.vault import Vault
from shopprivacy.storage.database import Database
from shopprivacy.storage.schema import metadata
from tests import postgres_support
from tests.conftest import CARE, DIRECTOR, SALES, SHOP, MemoryKeyring, Shop
from tests.services.customer_helpers import add

# Nothing listens here: connecting fails, but only after the driver got its parameters.
CLOSED = "postgresql+psycopg://kho@127.0.0.1:9/cuahang"


def _seen_connect_params(db: Database) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    @event.listens_for(db.engine, "do_connect")
    def _look(_d: Any, _r: Any, _a: Any, cparams: dict[str, Any]) -> None:
        seen.append(dict(cparams))

    return seen


def test_the_stored_password_reaches_the_server_but_never_the_url() -> None:
    account = ServerAccount("kho", "127.0.0.1", 9, "cuahang")
    db_credentials.store_password(account, "Mat-khau#May-chu-1")
    db = Database(CLOSED)
    seen = _seen_connect_params(db)
    with pytest.raises(OperationalError):
        db.engine.connect()
    assert seen and seen[0]["password"] == "Mat-khau#May-chu-1"
    assert "Mat-khau" not in db.url and "Mat-khau" not in db.display_name
    assert db.server_account == account


def test_without_a_stored_password_none_is_sent() -> None:
    db = Database(CLOSED)
    seen = _seen_connect_params(db)
    with pytest.raises(OperationalError):
        db.engine.connect()
    assert seen and "password" not in seen[0]


def test_the_entry_is_named_after_account_and_database() -> None:
    assert ServerAccount("kho", "may-chu", None, "cuahang").entry == "kho@may-chu:5432/cuahang"


def test_a_pc_without_keyring_refuses_to_store_the_password() -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(ConflictError):
            db_credentials.store_password(ServerAccount("kho", "h", None, "d"), "x")
    finally:
        keyring.set_keyring(previous)


def test_forgetting_the_password_removes_it(memory_keyring: MemoryKeyring) -> None:
    account = ServerAccount("kho", "h", None, "d")
    db_credentials.store_password(account, "Mat-khau#1")
    assert db_credentials.forget_password(account)
    assert db_credentials.load_password(account) is None and not memory_keyring.store


@pytest.mark.skipif(
    postgres_support.PG_PASSWORD is None,
    reason="no test server that asks for a password (SHOPPRIVACY_TEST_PG_PASSWORD unset)",
)
def test_a_desk_connects_only_once_its_keyring_holds_the_password(
    memory_keyring: MemoryKeyring,
) -> None:
    server = postgres_support.server()
    assert server is not None
    name = postgres_support.unique_name("desk")
    url = server.create(name)
    try:
        desk = Database(url)
        with pytest.raises(OperationalError):
            desk.engine.connect()
        account = desk.server_account
        assert account is not None and server.password is not None
        db_credentials.store_password(account, server.password)
        with desk.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
        desk.dispose()
    finally:
        server.drop(name)
        server.dispose()


def test_two_desks_writing_at_once_build_one_audit_chain(shop: Shop) -> None:
    vault = shop.services.vault
    before = verify_chain(vault)
    desks = [Database(shop.db.url) for _ in range(3)]
    per_desk = 15
    start = threading.Barrier(len(desks))
    errors: list[BaseException] = []

    def write(db: Database) -> None:
        desk_vault = Vault(db, vault.keys, vault.vault_id, device_protected=True)
        try:
            start.wait()
            for i in range(per_desk):
                with db.transaction() as session:
                    audit_log.append(session, desk_vault, shop.sales, "desk_test", n=i)
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(db,)) for db in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for db in desks:
        db.dispose()
    assert not errors, errors
    after = verify_chain(vault)
    assert after.ok, after
    assert after.checked == before.checked + len(desks) * per_desk


def test_personal_data_is_ciphertext_in_every_column_of_every_table(shop: Shop) -> None:
    """Read every value of every table back from the database itself (on PostgreSQL, the
    server's own rows): no staff, shop or customer value appears in clear anywhere."""
    made = add(
        shop,
        name="Quách Thị Thùy Dương",
        mobile="0924 681 357",
        email="duong.quach@gmail.com",
        notes="Khách quen ở Quận 3",
    )
    shop.services.customers.get_customer(shop.director, made.id)
    clear = [SHOP.name, SHOP.address, SHOP.phone, SHOP.email]
    for staff in (DIRECTOR, SALES, CARE):
        clear += [staff.full_name, staff.phone or ""]
    clear += ["Quách Thị Thùy Dương", "0924681357", "+84924681357", "duong.quach@gmail.com"]
    clear += ["Khách quen ở Quận 3"]
    needles = [v for v in clear if v]
    blobs = 0
    with shop.db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(*table.columns)):
                for value in row:
                    if value is None:
                        continue
                    if isinstance(value, bytes | memoryview):
                        blobs += 1
                        data = bytes(value)
                        hits = [n for n in needles if n.encode() in data]
                    else:
                        hits = [n for n in needles if n in str(value)]
                    assert not hits, f"{table.name}: {hits}"
    assert blobs >= 15  # the profile, three accounts and the customer really were read


def test_migrations_make_native_types_on_each_backend(shop: Shop) -> None:
    columns = {c["name"]: c for c in inspect(shop.db.engine).get_columns("staff")}
    kinds = {name: type(c["type"]).__name__.upper() for name, c in columns.items()}
    if shop.db.is_postgresql:
        assert kinds["full_name_enc"] == "BYTEA"
        assert kinds["active"] == "BOOLEAN"
        assert kinds["created_at"] == "TIMESTAMP"
    info = shop.services.staff.list_staff(shop.director)
    assert all(s.created_at.tzinfo is not None for s in info)
    assert {s.active for s in info} == {True}
