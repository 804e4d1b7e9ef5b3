"""Alembic migrations applied on open, after a safety copy of the file."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from shopprivacy.storage import private_files
from shopprivacy.storage.database import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def upgrade(db: Database) -> Path | None:
    """Bring the schema to the newest revision. Returns the safety copy made first, if any."""
    current = current_revision(db)
    if current == head_revision(db):
        return None
    backup = None
    if current is not None and db.path is not None:
        backup = safety_copy(db.path, current)
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
