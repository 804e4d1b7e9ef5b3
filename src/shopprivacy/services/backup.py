"""Backups while the shop keeps working, and restores that keep erased customers erased.

A backup is a logical copy of every table, read from one snapshot (desks carry on writing),
compressed and encrypted under a key derived from the vault key, behind a sealed manifest
(``storage.backup_format``). The same file restores into SQLite or PostgreSQL.

A restore checks the whole file before touching anything, keeps a safety backup of the current
data, then in one transaction replaces the shop's data with the backup's, keeps who-may-open-
what, the audit trail and settings as they are now (``backup_tables.KEPT_ON_RESTORE``), merges
the erasure ledgers and erases again every customer erased since the backup was taken.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ConflictError, ValidationError
from shopprivacy.domain.settings import BACKUP_REMINDER_DAYS
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, erasure_replay
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage import (
    backup_format,
    backup_staging,
    backup_tables,
    migrate,
    restore_carry,
)
from shopprivacy.storage.backup_format import BackupDamaged, Manifest
from shopprivacy.storage.locations import APP_NAME
from shopprivacy.storage.models import ErasureLedger, KeySlot, Setting
from shopprivacy.storage.schema import metadata

Progress = Callable[[int, int], None]
LAST_BACKUP_AT = "last_backup_at"
SUFFIX = ".spbak"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    backup_id: str
    created_at: datetime
    rows: int
    size: int


@dataclass(frozen=True)
class RestoreResult:
    backup_id: str
    backup_created_at: datetime
    rows_restored: int
    tables_restored: int
    erasures_replayed: int
    ledger_rows_merged: int
    safety_copy: Path


@dataclass(frozen=True)
class BackupStatus:
    """For the director's overview: when the last backup was made and whether one is due."""

    last_backup_at: datetime | None
    reminder_days: int
    overdue: bool


class BackupService:
    def __init__(self, vault: Vault, safety_folder: Path | None = None) -> None:
        self.vault = vault
        self._safety_folder = safety_folder

    # --- use cases -------------------------------------------------------------------------

    def create_backup(
        self, actor: Actor, path: Path | str, progress: Progress | None = None
    ) -> BackupResult:
        """Director only (BACKUP_RESTORE). Writes an encrypted backup file at ``path`` while the
        shop keeps working. Audit: ``backup_created`` with the backup's id, table and row counts
        (never the file's path: folder names can carry a person's name)."""
        require(self.vault, actor, Permission.BACKUP_RESTORE, "backup")
        target = _target(path)
        manifest = self._write(target, progress)
        created_at = datetime.fromisoformat(manifest.created_at)
        with self.vault.db.transaction() as session:
            _set(session, LAST_BACKUP_AT, manifest.created_at)
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.BACKUP_CREATED,
                "backup",
                manifest.backup_id,
                rows=sum(manifest.row_counts.values()),
                tables=len(manifest.row_counts),
                bytes=backup_format.HEADER_SIZE + manifest.payload_size,
            )
        return BackupResult(
            target,
            manifest.backup_id,
            created_at,
            sum(manifest.row_counts.values()),
            backup_format.HEADER_SIZE + manifest.payload_size,
        )

    def restore_backup(
        self, actor: Actor, path: Path | str, progress: Progress | None = None
    ) -> RestoreResult:
        """Director only (BACKUP_RESTORE). Refuses a damaged, cut-short or foreign file before
        changing anything (IntegrityProblem, exit 5); keeps a safety backup of the current data;
        replaces the shop's data in one transaction and erases again every customer erased
        since the backup. Audit: ``backup_restored`` with the backup's id and date, row counts,
        erasures replayed and the safety backup's id."""
        require(self.vault, actor, Permission.BACKUP_RESTORE, "backup")
        source = Path(path)
        if not source.is_file():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."),
                field="path",
                path=str(source),
            )
        manifest = self._check(source)
        safety_path = self._safety_path()
        safety = self._write(safety_path, None)
        lines = backup_format.read_lines(source, manifest, self.vault.keys.master)
        current = migrate.current_revision(self.vault.db)
        if manifest.schema_revision == current:
            done = self._replace(actor, manifest, lines, manifest.row_counts, safety, progress)
        else:
            # Made before an app update: bring its rows up to today's schema first.
            assert manifest.schema_revision is not None  # _check refused anything else
            with (
                backup_staging.staged(
                    lines, manifest.schema_revision, manifest.row_counts, safety_path.parent
                ) as scratch,
                scratch.snapshot() as conn,
            ):
                counts = backup_tables.count_rows(conn)
                upgraded = backup_tables.export_lines(conn)
                done = self._replace(actor, manifest, upgraded, counts, safety, progress)
        self.vault.db.checkpoint()  # fold the WAL: replaced ciphertext leaves the -wal file too
        rows, tables, replayed, merged = done
        return RestoreResult(
            manifest.backup_id,
            datetime.fromisoformat(manifest.created_at),
            rows,
            tables,
            replayed,
            merged,
            safety_path,
        )

    def _replace(
        self,
        actor: Actor,
        manifest: Manifest,
        lines: Iterable[bytes],
        counts: dict[str, int],
        safety: Manifest,
        progress: Progress | None,
    ) -> tuple[int, int, int, int]:
        """One transaction: the shop's data becomes the backup's, the ledger is merged, the
        erasures the backup lacks are replayed, and the restore is audited."""
        restored = [t.name for t in backup_tables.tables() if t.name not in _kept()]
        with self.vault.db.transaction() as session:
            conn = session.connection()
            backup_tables.lock_for_restore(conn, restored)
            current_ledger = _ledger_rows(session)
            newer = restore_carry.save(conn)
            backup_tables.clear_tables(conn, restored)
            rows, backup_ledger = load_rows(session, lines, counts, set(restored), progress)
            carried = restore_carry.put_back(conn, newer)
            backup_tables.reset_sequences(conn, restored)
            merged = _merge_ledger(session, current_ledger, backup_ledger)
            replay_ids = _erased_since(current_ledger, backup_ledger)
            if replay_ids and not erasure_replay.registered():
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Customers erased since this backup cannot be erased again: this "
                        "version of the app has no erasure step installed. Nothing was restored.",
                    )
                )
            replayed = erasure_replay.replay(session, self.vault, replay_ids)
            session.flush()
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.BACKUP_RESTORED,
                "backup",
                manifest.backup_id,
                backup_created_at=manifest.created_at,
                schema_revision=manifest.schema_revision,
                rows=rows,
                tables=len(restored),
                erasures_replayed=replayed,
                ledger_rows_merged=merged,
                newer_rows_kept=carried.rows,
                newer_rows_dropped=carried.dropped,
                safety_backup=safety.backup_id,
            )
        return rows, len(restored), replayed, merged

    def status(self) -> BackupStatus:
        """Anyone signed in (no personal data): the last backup's time and whether the
        director's reminder is due."""
        with self.vault.db.transaction() as session:
            last_row = session.get(Setting, LAST_BACKUP_AT)
            days_row = session.get(Setting, BACKUP_REMINDER_DAYS.key)
        last = datetime.fromisoformat(last_row.value) if last_row else None
        try:
            days = int(days_row.value) if days_row else BACKUP_REMINDER_DAYS.default
        except ValueError:
            days = BACKUP_REMINDER_DAYS.default
        overdue = last is None or self.vault.now() - last > timedelta(days=days)
        return BackupStatus(last, days, overdue)

    def describe(self, path: Path | str) -> Manifest:
        """The manifest of a backup file, checked against this vault's key (for a confirmation
        screen before a restore). Reads no customer data."""
        return self._check(Path(path))

    # --- steps -----------------------------------------------------------------------------

    def _check(self, source: Path) -> Manifest:
        manifest = backup_format.read_manifest(source)
        if manifest.vault_id != self.vault.vault_id:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors", "This backup belongs to another shop database. Nothing was changed."
                )
            )
        backup_format.verify_backup(source, self.vault.keys.master)
        current = migrate.current_revision(self.vault.db)
        if manifest.schema_revision != current and not backup_staging.is_older_revision(
            self.vault.db, manifest.schema_revision
        ):
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This backup was made by another version of the app (database version "
                    "{backup}, this one {current}). Nothing was changed.",
                ),
                backup=manifest.schema_revision or "-",
                current=current or "-",
            )
        return manifest

    def _write(self, target: Path, progress: Progress | None) -> Manifest:
        db = self.vault.db
        created_at = self.vault.now()
        with db.snapshot() as conn:
            counts = backup_tables.count_rows(conn)
            manifest = Manifest(
                backup_id=uuid.uuid4().hex,
                vault_id=self.vault.vault_id,
                created_at=created_at.isoformat(timespec="microseconds"),
                schema_revision=backup_tables.schema_revision(conn),
                source_backend=db.backend,
                row_counts=counts,
                recovery_slot=_recovery_slot(conn),
            )
            lines = backup_tables.export_lines(conn, sum(counts.values()), progress)
            return backup_format.write_backup(target, manifest, self.vault.keys.master, lines)

    def _safety_path(self) -> Path:
        folder = self._safety_folder
        if folder is None:
            db_path = self.vault.db.path
            folder = (
                db_path.parent / "safety-backups"
                if db_path is not None
                else user_data_path(APP_NAME, appauthor=False) / "safety-backups"
            )
        folder.mkdir(parents=True, exist_ok=True)
        stamp = self.vault.now().strftime("%Y%m%d-%H%M%S-%f")
        return folder / f"before-restore-{stamp}{SUFFIX}"


def load_rows(
    session: Session,
    lines: Iterable[bytes],
    counts: dict[str, int],
    restored: set[str],
    progress: Progress | None,
) -> tuple[int, list[dict[str, Any]]]:
    """Insert the backup's rows of the ``restored`` tables; returns how many, and the backup's
    erasure ledger. Checks every table's row count against ``counts``."""
    conn = session.connection()
    rows = 0
    seen: dict[str, int] = {}
    backup_ledger: list[dict[str, Any]] = []
    total = sum(n for t, n in counts.items() if t in restored)
    for name, columns, batch in backup_tables.read_tables(lines):
        table = metadata.tables.get(name)
        if table is None:
            raise BackupDamaged("unknown_table")
        decoded = backup_tables.decode_rows(table, columns, batch)
        seen[name] = seen.get(name, 0) + len(decoded)
        if name == ErasureLedger.__tablename__:
            backup_ledger += decoded
        if name not in restored:
            continue
        backup_tables.insert_rows(conn, table, decoded)
        rows += len(decoded)
        if progress is not None:
            progress(rows, total)
    if any(seen.get(t, 0) != n for t, n in counts.items()):
        raise BackupDamaged("row_counts")  # rolls back: nothing was changed
    return rows, backup_ledger


def _target(path: Path | str) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a file name for the backup, not a folder."),
            field="path",
        )
    if not target.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            field="path",
            folder=str(target.parent),
        )
    return target


def _kept() -> set[str]:
    return set(backup_tables.KEPT_ON_RESTORE)


def _set(session: Any, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _recovery_slot(conn: Any) -> dict[str, str] | None:
    """The recovery slot, as stored in clear in the database: with the printed code it opens
    this backup on a new PC even when the database itself is lost."""
    slot = conn.execute(
        select(KeySlot.salt, KeySlot.kdf_params, KeySlot.wrapped).where(KeySlot.kind == "recovery")
    ).first()
    if slot is None or slot.salt is None or slot.kdf_params is None:
        return None
    return {
        "salt": backup_format.encode_bytes(bytes(slot.salt)),
        "kdf_params": slot.kdf_params,
        "wrapped": backup_format.encode_bytes(bytes(slot.wrapped)),
    }


_LedgerKey = tuple[int, datetime]


def _ledger_rows(session: Any) -> list[dict[str, Any]]:
    rows = session.execute(
        select(
            ErasureLedger.id,
            ErasureLedger.customer_id,
            ErasureLedger.erased_at,
            ErasureLedger.reason,
        ).order_by(ErasureLedger.id)
    ).all()
    return [dict(r._mapping) for r in rows]


def _key(row: dict[str, Any]) -> _LedgerKey:
    return int(row["customer_id"]), row["erased_at"]


def _merge_ledger(session: Any, current: list[dict[str, Any]], backup: list[dict[str, Any]]) -> int:
    """The ledger is never rewound: entries only the backup knows are added to the current."""
    known = {_key(r) for r in current}
    added = 0
    for row in backup:
        if _key(row) not in known:
            session.add(
                ErasureLedger(
                    customer_id=row["customer_id"], erased_at=row["erased_at"], reason=row["reason"]
                )
            )
            known.add(_key(row))
            added += 1
    return added


def _erased_since(current: list[dict[str, Any]], backup: list[dict[str, Any]]) -> list[int]:
    """Customers whose erasure the backup does not contain: exactly the ledger rows it lacks
    (no clock comparison, so an erasure committed while the backup was being read is not
    missed)."""
    in_backup = {_key(r) for r in backup}
    return [int(r["customer_id"]) for r in current if _key(r) not in in_backup]
