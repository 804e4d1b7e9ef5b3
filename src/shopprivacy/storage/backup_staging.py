"""Bringing a backup made before an app update up to today's schema, so it can be restored.

The backup's rows go into a scratch SQLite file at the backup's own schema revision, the same
Alembic migrations a shop's database goes through bring it to the newest revision, and the
restore then reads the rows from there. Migrations move ciphertext only (no key is needed), and
the scratch file holds nothing the shop's own database does not: it is removed when done.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, insert

from shopprivacy.storage import backup_tables, migrate
from shopprivacy.storage.backup_format import BackupDamaged
from shopprivacy.storage.database import Database
from shopprivacy.storage.schema import metadata


def is_older_revision(db: Database, revision: str | None) -> bool:
    """True when ``revision`` is a schema this app knows and can upgrade from."""
    if revision is None:
        return False
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config(db))
    head = script.get_current_head()
    if head is None or revision == head:
        return False
    return any(r.revision == revision for r in script.walk_revisions(base="base", head=head))


def _naive_utc(value: Any) -> Any:
    # The scratch tables are reflected (plain DATETIME), so store what UtcDateTime would.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


@contextmanager
def staged(
    lines: Iterable[bytes], revision: str, row_counts: dict[str, int], folder: Path
) -> Iterator[Database]:
    """A scratch database holding the backup's rows, upgraded to the newest schema."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".restore-", suffix=".db", dir=folder)
    os.close(fd)
    os.unlink(name)  # SQLite creates it; mkstemp only reserved an unused name
    db = Database("sqlite:///" + name)
    from alembic import command

    try:
        cfg = migrate.alembic_config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        old = MetaData()
        with db.engine.begin() as conn:
            old.reflect(conn)
            seen: dict[str, int] = {}
            for table_name, columns, batch in backup_tables.read_tables(lines):
                table = old.tables.get(table_name)
                head_table = metadata.tables.get(table_name)
                if table is None or any(c not in table.c for c in columns):
                    raise BackupDamaged("unknown_table")
                # Decode with today's column types where the column still exists (same
                # storage), else keep the JSON value as it is.
                rows = [
                    {
                        c: _naive_utc(
                            backup_tables.decode_column(head_table, c, v)
                            if head_table is not None and c in head_table.c
                            else v
                        )
                        for c, v in zip(columns, row, strict=True)
                    }
                    for row in batch
                ]
                conn.execute(insert(table), rows)
                seen[table_name] = seen.get(table_name, 0) + len(rows)
            if any(seen.get(t, 0) != n for t, n in row_counts.items()):
                raise BackupDamaged("row_counts")
        with db.engine.begin() as conn:  # no safety copy of a scratch file
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        yield db
    finally:
        db.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name + suffix)
