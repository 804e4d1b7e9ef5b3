"""A shop whose PC (and database) is gone: a backup file plus the printed recovery sheet make a
new database on a new PC, or on the shop's new PostgreSQL server when moving to several desks.

The backup's manifest carries the recovery slot (the wrapped vault key, stored in clear in the
database anyway): the recovery code opens it, which decrypts the backup. Every table is loaded
as it was, then the usual recovery enrolls this PC and sets the director's new password.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import select

from shopprivacy.domain.audit import Action
from shopprivacy.domain.errors import ConflictError, IntegrityProblem, WrongRecoveryCode
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.device import DeviceStore
from shopprivacy.security.kdf import KdfParams, derive_key
from shopprivacy.security.keyslots import SHARE_LEN, UnwrapFailed, VaultKeys, unwrap
from shopprivacy.security.recovery import normalize_recovery_code
from shopprivacy.services import audit_log
from shopprivacy.services.auth import AuthService, Recovered
from shopprivacy.services.backup import Progress, load_rows
from shopprivacy.storage import backup_format, backup_staging, backup_tables, migrate
from shopprivacy.storage.database import Database
from shopprivacy.storage.models import VaultMeta

# The label the recovery slot is wrapped under (services/slots.py writes it).
RECOVERY_LABEL = "recovery-slot"


def _keys_from_code(manifest: backup_format.Manifest, code: str) -> VaultKeys:
    slot = manifest.recovery_slot
    normalized = normalize_recovery_code(code)
    if slot is None or normalized is None:
        raise WrongRecoveryCode()
    try:
        kek = derive_key(
            normalized.encode(),
            backup_format.decode_bytes(slot["salt"]),
            KdfParams.from_json(slot["kdf_params"]),
        )
        both = unwrap(backup_format.decode_bytes(slot["wrapped"]), kek, RECOVERY_LABEL)
    except (UnwrapFailed, KeyError, ValueError, TypeError) as exc:
        raise WrongRecoveryCode() from exc
    return VaultKeys(staff_share=both[:SHARE_LEN], device_share=both[SHARE_LEN:])


def restore_new_shop(
    db: Database,
    devices: DeviceStore,
    path: Path | str,
    recovery_code: str,
    director_username: str,
    new_password: str,
    progress: Progress | None = None,
) -> Recovered:
    """Anyone holding the backup file and its recovery code, on a database with no shop yet.
    Loads the whole backup, enrolls this PC and sets the director's new password. The code is
    spent as in every recovery: the result carries the new one, to show and print once.
    Audit: ``recovered``, ``device_enrolled``, ``recovery_code_replaced``, ``signed_in`` (the
    recovery), then ``backup_restored`` with the backup's id, date and row count.

    If the new password is refused, the data is already in place: run the recovery again
    (``shopprivacy-admin recover``) with the same code."""
    source = Path(path)
    if db.exists():
        with db.transaction() as session:
            if session.scalar(select(VaultMeta)) is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("errors", "A database already exists here."))
    manifest = backup_format.read_manifest(source)
    keys = _keys_from_code(manifest, recovery_code)
    backup_format.verify_backup(source, keys.master)
    migrate.upgrade(db)
    head = migrate.current_revision(db)
    everything = {t.name for t in backup_tables.tables()}
    lines = backup_format.read_lines(source, manifest, keys.master)
    with ExitStack() as stack:
        counts = manifest.row_counts
        if manifest.schema_revision != head:
            if not backup_staging.is_older_revision(db, manifest.schema_revision):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This backup was made by another version of the app (database version "
                        "{backup}, this one {current}). Nothing was changed.",
                    ),
                    backup=manifest.schema_revision or "-",
                    current=head or "-",
                )
            folder = db.path.parent if db.path is not None else source.parent
            scratch = stack.enter_context(
                backup_staging.staged(
                    lines, str(manifest.schema_revision), manifest.row_counts, folder
                )
            )
            conn = stack.enter_context(scratch.snapshot())
            counts = backup_tables.count_rows(conn)
            lines = backup_tables.export_lines(conn)
        with db.transaction() as session:
            rows, _ledger = load_rows(session, lines, counts, everything, progress)
            backup_tables.reset_sequences(session.connection(), everything)
            meta = session.scalar(select(VaultMeta))
            if meta is None or meta.key_check != keys.check_value:
                raise IntegrityProblem(
                    QT_TRANSLATE_NOOP(
                        "errors", "The database's keys do not match: it may be damaged."
                    )
                )
    db.checkpoint()
    signed = AuthService(db, devices).recover(recovery_code, director_username, new_password)
    with db.transaction() as session:
        audit_log.append(
            session,
            signed.vault,
            signed.actor,
            Action.BACKUP_RESTORED,
            "backup",
            manifest.backup_id,
            backup_created_at=manifest.created_at,
            schema_revision=manifest.schema_revision,
            rows=rows,
            tables=len(everything),
            into_new_database=True,
        )
    return signed
