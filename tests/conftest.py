"""Shared fixtures: an in-memory keyring, cheap key derivation, and ready-made vaults."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from shopprivacy.domain.staff import Actor, NewStaff, Role, ShopProfile
from shopprivacy.security import kdf
from shopprivacy.security.device import KeyringDeviceStore
from shopprivacy.services import Services
from shopprivacy.services.actors import issue_actor
from shopprivacy.services.auth import AuthService
from shopprivacy.services.setup import create_vault
from shopprivacy.services.vault import Vault
from shopprivacy.storage.database import Database
from tests import postgres_support

# Seconds per derivation would make the suite crawl; slots remember their parameters, so the
# code path is the same as a shop's.
kdf.DEFAULT_PARAMS = kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1)

DIRECTOR_PASSWORD = "Bao-mat#Kho-khach-2026"
SALES_PASSWORD = "Cua-so#Mat-troi-77"
CARE_PASSWORD = "Cham-soc#Khach-99"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only, so tests never touch the OS's."""

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

    def move_to_another_pc(self) -> None:
        """Another PC's keyring: none of this PC's device secrets. The PostgreSQL password (if
        the test server wants one) stays, as that PC would have had it typed in too."""
        for key in [k for k in self.store if k[0] != "shopprivacy-postgres"]:
            del self.store[key]

    def holds_device_secret(self) -> bool:
        return any(service == "shopprivacy" for service, _ in self.store)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp: object) -> object:
    """The run's QApplication, made before any code makes a bare QGuiApplication (the command
    line's PDF reports do): widget tests later in the same process cannot use one of those."""
    return qapp


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _no_user_files(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test does may land in the real per-user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SHOPPRIVACY_DB", raising=False)


SHOP = ShopProfile(
    name="Công ty TNHH Camera An Khang",
    address="12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh",
    phone="028 3822 1234",
    email="lienhe@ankhang.vn",
)
DIRECTOR = NewStaff("giamdoc", Role.DIRECTOR, "Trần Thị Bích Ngọc", "0903 123 456")
SALES = NewStaff("banhang1", Role.SALES, "Lê Văn Hùng", "0912 345 678")
CARE = NewStaff("cskh1", Role.CARE, "Phạm Thu Hà", "0987 654 321")


@dataclass
class Shop:
    """A set-up shop: database, services as the director, and one account per role."""

    db: Database
    path: Path
    services: Services
    director: Actor
    sales: Actor
    care: Actor
    recovery_code: str

    def auth(self, **kw: object) -> AuthService:
        return AuthService(self.db, KeyringDeviceStore(), sleep=lambda _s: None, **kw)  # type: ignore[arg-type]

    def actor(self, role: Role) -> Actor:
        return {Role.DIRECTOR: self.director, Role.SALES: self.sales, Role.CARE: self.care}[role]


def make_shop(path: Path, url: str | None = None) -> Shop:
    """A new shop in the SQLite file ``path``, or at ``url`` (a PostgreSQL database) when given."""
    db = Database(url or f"sqlite:///{path}")
    result = create_vault(db, KeyringDeviceStore(), SHOP, DIRECTOR, DIRECTOR_PASSWORD)
    services = Services(result.vault)
    sales = services.staff.add_staff(result.actor, SALES, SALES_PASSWORD)
    care = services.staff.add_staff(result.actor, CARE, CARE_PASSWORD)
    return Shop(
        db=db,
        path=path,
        services=services,
        director=result.actor,
        # Issued as a sign-in would (services refuse an Actor nobody signed in as).
        sales=issue_actor(result.vault, sales.id, sales.username, Role.SALES),
        care=issue_actor(result.vault, care.id, care.username, Role.CARE),
        recovery_code=result.recovery_code,
    )


@dataclass
class _Template:
    path: Path
    keyring_store: dict[tuple[str, str], str]
    shop: Shop


@pytest.fixture(scope="session")
def _shop_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Template]:
    """One set-up shop built per run; each test gets its own copy of the file (fast)."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        built = make_shop(tmp_path_factory.mktemp("template") / "shop.db")
        built.db.checkpoint()
        built.db.dispose()
    finally:
        keyring.set_keyring(previous)
    yield _Template(built.path, dict(backend.store), built)


# --- Both backends -------------------------------------------------------------------------
# With $SHOPPRIVACY_TEST_PG_URL set, every test using ``shop`` runs twice: on SQLite and on
# PostgreSQL. Tests that read the SQLite file's bytes or use the sqlite3 tool carry
# ``@pytest.mark.sqlite_only`` and are skipped on PostgreSQL with the reason stated.
PG_SERVER = postgres_support.server()
BACKENDS = ["sqlite", "postgresql"] if PG_SERVER else ["sqlite"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test reads the SQLite file itself; not run on PostgreSQL"
    )


def pytest_report_header(config: pytest.Config) -> str:
    if PG_SERVER is None:
        return (
            "!!!!! PostgreSQL: not configured — service tests ran on SQLite only "
            "(set SHOPPRIVACY_TEST_PG_URL, or run .ci/run) !!!!!"
        )
    return f"PostgreSQL: {PG_SERVER.location} — service tests run on SQLite and PostgreSQL"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # Repeated at the end: the header has scrolled away by the time anyone reads the result.
    terminalreporter.write_line(pytest_report_header(terminalreporter.config))


@dataclass
class _PgTemplate:
    database: str
    keyring_store: dict[tuple[str, str], str]
    shop: Shop


@pytest.fixture(scope="session")
def _pg_shop_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_PgTemplate]:
    """One set-up shop in a PostgreSQL database; tests clone it with CREATE DATABASE TEMPLATE."""
    assert PG_SERVER is not None
    name = postgres_support.unique_name("template")
    url = PG_SERVER.create(name)
    backend = MemoryKeyring()
    backend.store.update(PG_SERVER.keyring_entries(name))
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        built = make_shop(tmp_path_factory.mktemp("pg-template") / "unused.db", url)
        built.db.dispose()  # a template database must have no open connection
    finally:
        keyring.set_keyring(previous)
    yield _PgTemplate(name, dict(backend.store), built)
    PG_SERVER.drop(name)
    PG_SERVER.dispose()


def _pg_shop(
    request: pytest.FixtureRequest, tmp_path: Path, memory_keyring: MemoryKeyring
) -> Iterator[Shop]:
    marker = request.node.get_closest_marker("sqlite_only")
    if marker is not None:
        pytest.skip("SQLite only: " + (marker.args[0] if marker.args else "reads the SQLite file"))
    assert PG_SERVER is not None
    template: _PgTemplate = request.getfixturevalue("_pg_shop_template")
    name = postgres_support.unique_name("test")
    url = PG_SERVER.create(name, template=template.database)
    memory_keyring.store.update(template.keyring_store)
    memory_keyring.store.update(PG_SERVER.keyring_entries(name))
    t = template.shop
    db = Database(url)
    vault = Vault(db, t.services.vault.keys, t.services.vault.vault_id, device_protected=True)
    # ``path`` names no file on PostgreSQL; tests that need the file are sqlite_only.
    yield Shop(
        db, tmp_path / "shop.db", Services(vault), t.director, t.sales, t.care, t.recovery_code
    )
    db.dispose()
    PG_SERVER.drop(name)


@pytest.fixture(params=BACKENDS)
def shop(
    request: pytest.FixtureRequest, tmp_path: Path, memory_keyring: MemoryKeyring
) -> Iterator[Shop]:
    if request.param == "postgresql":
        yield from _pg_shop(request, tmp_path, memory_keyring)
        return
    _shop_template: _Template = request.getfixturevalue("_shop_template")
    path = tmp_path / "shop.db"
    shutil.copyfile(_shop_template.path, path)
    memory_keyring.store.update(_shop_template.keyring_store)
    t = _shop_template.shop
    db = Database(f"sqlite:///{path}")
    vault = Vault(db, t.services.vault.keys, t.services.vault.vault_id, device_protected=True)
    s = Shop(db, path, Services(vault), t.director, t.sales, t.care, t.recovery_code)
    yield s
    db.dispose()
