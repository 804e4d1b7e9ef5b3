"""Engine and sessions for SQLite (one desk) and PostgreSQL (several desks).

SQLite runs with ``secure_delete`` (erased values are overwritten, not left in free pages),
WAL with ``synchronous=FULL`` (a committed change survives a power cut), foreign keys on, and
temporary tables in memory. Transactions start with ``BEGIN IMMEDIATE`` so two writers queue
instead of failing half-way.

PostgreSQL URLs carry no password: it is looked up in the OS keyring at each new connection
(``security.db_credentials``), so it never sits in a file, a shortcut or a scheduled task.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from shopprivacy.security import db_credentials
from shopprivacy.security.db_credentials import ServerAccount
from shopprivacy.storage import private_files


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.backend = parsed.get_backend_name()
        self.is_sqlite = self.backend == "sqlite"
        self.is_postgresql = self.backend == "postgresql"
        self.engine: Engine = _make_engine(parsed, self.is_sqlite)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if not self.is_sqlite:
            return None
        db = make_url(self.url).database
        return Path(db) if db and db != ":memory:" else None

    @property
    def server_account(self) -> ServerAccount | None:
        """The PostgreSQL account and database (the keyring entry's name), None for SQLite."""
        return server_account(make_url(self.url)) if self.is_postgresql else None

    @property
    def display_name(self) -> str:
        """Where the data lives, for messages and reports: never a password."""
        return make_url(self.url).render_as_string(hide_password=True)

    def exists(self) -> bool:
        """True when the database holds a vault: its tables and the vault's own row.

        A set-up interrupted after the schema was made (say the keyring refused) leaves tables
        but no vault row; that database counts as new, so the wizard runs again.
        """
        if self.is_sqlite and (self.path is None or not self.path.exists()):
            return False
        if not inspect(self.engine).has_table("vault_meta"):
            return False
        with self.engine.connect() as conn:
            rows: int = conn.exec_driver_sql("SELECT count(*) FROM vault_meta").scalar_one()
            return rows > 0

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only view of the whole database as of one instant, while desks keep writing
        (backups). SQLite: a deferred read transaction (WAL keeps its snapshot and does not block
        writers); PostgreSQL: REPEATABLE READ, READ ONLY."""
        if self.is_sqlite:
            with self.engine.connect() as conn:
                conn = conn.execution_options(shopprivacy_read_snapshot=True)
                with conn.begin():
                    yield conn
            return
        with self.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
                yield conn

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (tests and backups read the file's bytes)."""
        if self.is_sqlite:
            raw = self.engine.raw_connection()  # outside any BEGIN: a checkpoint can't run in one
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()

    def dispose(self) -> None:
        self.engine.dispose()


def server_account(url: URL) -> ServerAccount:
    return ServerAccount(url.username or "", url.host or "localhost", url.port, url.database or "")


def _make_engine(url: URL, is_sqlite: bool) -> Engine:
    if not is_sqlite:
        return _make_server_engine(url)
    path = url.database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30})

    if path and path != ":memory:":

        @event.listens_for(engine, "do_connect")
        def _private_file(*_args: Any) -> None:
            # SQLite gives its -wal and -shm files the database file's own mode, so making the
            # file 0600 before SQLite first opens it (and narrowing one from an older version)
            # keeps all three readable by this account only. An empty file is a new database.
            private_files.create_private(Path(path))
            private_files.restrict(Path(path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let us issue BEGIN ourselves (pysqlite's implicit transactions defer the write lock).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in (
            "PRAGMA foreign_keys=ON",
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA secure_delete=ON",
            "PRAGMA temp_store=MEMORY",
        ):
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A read snapshot takes no write lock, so writers carry on during a backup.
        read_only = conn.get_execution_options().get("shopprivacy_read_snapshot", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _make_server_engine(url: URL) -> Engine:
    engine = create_engine(url, pool_pre_ping=True)
    if url.get_backend_name() != "postgresql" or url.password is not None:
        return engine
    account = server_account(url)

    @event.listens_for(engine, "do_connect")
    def _password_from_keyring(
        _dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]
    ) -> None:
        # Looked up per connection, so a password stored (or changed) after start-up applies
        # without restarting the app.
        password = db_credentials.load_password(account)
        if password is not None:
            cparams["password"] = password

    return engine
