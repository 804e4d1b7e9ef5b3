"""Alembic migrations applied on open, after a safety copy of the file.

Alembic (with Mako and Pygments) takes longer to import than the rest of a command: opening a
database whose schema is already the newest reads the stored revision and the newest one without
it, and Alembic is imported only when a migration is due.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from shopprivacy.storage import private_files
from shopprivacy.storage.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def stored_revision(conn: Connection) -> str | None:
    """The schema revision recorded in the database (None for an empty one), as Alembic's
    ``MigrationContext.get_current_revision`` reads it."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()  # noqa: S608
    if len(rows) > 1:
        raise RuntimeError("the database records more than one schema revision")
    return str(rows[0]) if rows else None


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return stored_revision(conn)


def _literal(value: str) -> str | None:
    value = value.strip()
    if value == "None":
        return None
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    raise ValueError(f"not a plain revision id: {value}")


def revision_chain() -> dict[str, str | None]:
    """Each migration's revision and the one before it, read from the scripts' text (importing
    them would import Alembic)."""
    chain: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            chain[_literal(found["revision"]) or ""] = _literal(found.get("down_revision", "None"))
    return chain


def head_revision(db: Database | None = None) -> str | None:
    """The newest revision: the one no other migration comes after (the chain is linear)."""
    chain = revision_chain()
    heads = set(chain) - {down for down in chain.values() if down is not None}
    if len(heads) > 1:
        raise RuntimeError(f"the migrations have more than one head: {sorted(heads)}")
    return heads.pop() if heads else None


def upgrade(db: Database) -> Path | None:
    """Bring the schema to the newest revision. Returns the safety copy made first, if any."""
    current = current_revision(db)
    if current == head_revision(db):
        return None
    backup = None
    if current is not None and db.path is not None:
        backup = safety_copy(db.path, current)
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


# Safety copies kept beside the database; older ones are deleted. Each is a whole copy, erased
# customers included (ciphertext, but openable with the key of its day), so none lingers.
KEEP_SAFETY_COPIES = 3


def safety_copy(path: Path, revision: str) -> Path:
    """A consistent copy of the (encrypted) database before its schema changes, readable by
    this account only; the oldest beyond ``KEEP_SAFETY_COPIES`` are deleted."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    private_files.create_private(target)
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    private_files.restrict(target)
    prune_safety_copies(path)
    return target


def prune_safety_copies(path: Path, keep: int = KEEP_SAFETY_COPIES) -> list[Path]:
    """Delete all but the newest ``keep`` safety copies of ``path``; returns those deleted."""
    copies = sorted(
        path.parent.glob(f"{path.stem}.before-*{path.suffix}"),
        key=lambda p: p.stat().st_mtime_ns,
        reverse=True,
    )
    removed = []
    for old in copies[keep:]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
            removed.append(old)
    return removed
