"""The test PostgreSQL server named by ``$SHOPPRIVACY_TEST_PG_URL`` (``.ci/run`` starts one).

Each test gets its own database, cloned from a set-up template with ``CREATE DATABASE ...
TEMPLATE`` (a file copy on the server: far faster than building a shop per test), dropped after.
When the server asks for a password, it comes from ``$SHOPPRIVACY_TEST_PG_PASSWORD`` and reaches
the app the way a shop's does: through the keyring entry for that database.
"""

from __future__ import annotations

import itertools
import os
import uuid

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from shopprivacy.security.db_credentials import SERVICE
from shopprivacy.storage.database import server_account

PG_URL = os.environ.get("SHOPPRIVACY_TEST_PG_URL") or None
PG_PASSWORD = os.environ.get("SHOPPRIVACY_TEST_PG_PASSWORD") or None

_RUN = uuid.uuid4().hex[:8]
_COUNTER = itertools.count(1)


def unique_name(kind: str) -> str:
    return f"sp_{kind}_{_RUN}_{next(_COUNTER)}"


class PgServer:
    def __init__(self, url: str, password: str | None = None) -> None:
        self.base: URL = make_url(url).set(password=None)
        self.password = password or make_url(url).password
        args = {"password": self.password} if self.password else {}
        self.admin: Engine = create_engine(
            self.base, isolation_level="AUTOCOMMIT", connect_args=args
        )

    @property
    def location(self) -> str:
        return f"{self.base.host}:{self.base.port or 5432}"

    def url_for(self, database: str) -> str:
        return self.base.set(database=database).render_as_string(hide_password=False)

    def keyring_entries(self, database: str) -> dict[tuple[str, str], str]:
        """What a shop's ``db set-password`` would have stored for this database."""
        if not self.password:
            return {}
        account = server_account(make_url(self.url_for(database)))
        return {(SERVICE, account.entry): self.password}

    def create(self, database: str, template: str | None = None) -> str:
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {database}{clause}"))
        return self.url_for(database)

    def drop(self, database: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))

    def dispose(self) -> None:
        self.admin.dispose()


def server() -> PgServer | None:
    return PgServer(PG_URL, PG_PASSWORD) if PG_URL else None
