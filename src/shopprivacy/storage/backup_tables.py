"""Every table of ``storage.schema.metadata`` as JSON lines, and back.

The export is generic: a feature that adds tables is backed up and restored without touching
this module. Values are stored as the database holds them (personal fields stay AES-GCM
ciphertext), so neither direction decrypts anything. One line names a table and its columns;
the lines after it are that table's rows, oldest key first.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    LargeBinary,
    Table,
    TypeDecorator,
    func,
    insert,
    select,
    text,
)

from shopprivacy.storage.backup_format import BackupDamaged, decode_bytes, encode_bytes
from shopprivacy.storage.migrate import stored_revision
from shopprivacy.storage.schema import metadata

Progress = Callable[[int, int], None]
BATCH = 1000

# Tables a restore keeps as they are now instead of taking the backup's: who may open the
# vault and how (an old backup must not bring back a deactivated account's key or an old
# password), the audit trail (append-only: a restore is one more entry in it, never a rewind),
# settings, and the erasure ledger (merged, then replayed). Feature areas add theirs with
# ``keep_on_restore``.
KEPT_ON_RESTORE: set[str] = {
    "vault_meta",
    "key_slots",
    "staff",
    "settings",
    "audit_log",
    "audit_head",
    "audit_pending",
    "erasure_ledger",
}


def keep_on_restore(table_name: str) -> None:
    KEPT_ON_RESTORE.add(table_name)


def tables() -> list[Table]:
    """Parents before children, so inserting in this order satisfies foreign keys."""
    return list(metadata.sorted_tables)


def count_rows(conn: Connection) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        for t in tables()
    }


def schema_revision(conn: Connection) -> str | None:
    """The Alembic revision, read inside the same snapshot as the rows."""
    return stored_revision(conn)


# --- values ----------------------------------------------------------------------------------


def _python_type(column: Column[Any]) -> type | None:
    kind: Any = column.type
    if isinstance(kind, TypeDecorator):  # e.g. UtcDateTime: what it stores is what matters
        kind = kind.impl_instance
    if isinstance(kind, LargeBinary):
        return bytes
    try:
        return cast(type, kind.python_type)
    except NotImplementedError:
        return None


def encode_value(kind: type | None, value: Any) -> Any:
    if value is None:
        return None
    if kind is bytes:
        return encode_bytes(bytes(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def decode_value(kind: type | None, value: Any) -> Any:
    if value is None:
        return None
    if kind is bytes:
        return decode_bytes(value)
    if kind is datetime:
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if kind is Decimal:
        return Decimal(value)
    return value


def decode_column(table: Table, name: str, value: Any) -> Any:
    return decode_value(_python_type(table.c[name]), value)


# --- export ----------------------------------------------------------------------------------


def export_lines(
    conn: Connection, total: int = 0, progress: Progress | None = None
) -> Iterator[bytes]:
    """All rows of all tables, read inside the caller's snapshot."""
    done = 0
    for table in tables():
        columns = list(table.columns)
        kinds = [_python_type(c) for c in columns]
        header = {"table": table.name, "columns": [c.name for c in columns]}
        yield json.dumps(header, separators=(",", ":")).encode() + b"\n"
        query = select(*columns).order_by(*table.primary_key.columns)
        result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(query)
        for row in result:
            values = [encode_value(k, v) for k, v in zip(kinds, row, strict=True)]
            yield json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
            done += 1
            if progress is not None and done % BATCH == 0:
                progress(done, total)
    if progress is not None:
        progress(done, total)


# --- import ----------------------------------------------------------------------------------


def read_tables(lines: Iterable[bytes]) -> Iterator[tuple[str, list[str], list[list[Any]]]]:
    """(table, columns, a batch of raw rows), in file order."""
    name: str | None = None
    columns: list[str] = []
    batch: list[list[Any]] = []
    for line in lines:
        if not line:
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise BackupDamaged("payload_line") from exc
        if isinstance(item, dict):
            if name is not None and batch:
                yield name, columns, batch
            name, columns, batch = str(item["table"]), list(item["columns"]), []
            continue
        if name is None or not isinstance(item, list) or len(item) != len(columns):
            raise BackupDamaged("payload_row")
        batch.append(item)
        if len(batch) >= BATCH:
            yield name, columns, batch
            batch = []
    if name is not None and batch:
        yield name, columns, batch


def decode_rows(table: Table, columns: list[str], rows: list[list[Any]]) -> list[dict[str, Any]]:
    """Rows as dicts for an insert; columns this schema does not have are refused."""
    unknown = [c for c in columns if c not in table.c]
    if unknown:
        raise BackupDamaged("unknown_column")
    kinds = [_python_type(table.c[c]) for c in columns]
    try:
        return [
            {c: decode_value(k, v) for c, k, v in zip(columns, kinds, row, strict=True)}
            for row in rows
        ]
    except (ValueError, TypeError) as exc:
        raise BackupDamaged("payload_value") from exc


def clear_tables(conn: Connection, names: Iterable[str]) -> None:
    """Delete every row of ``names``, children first."""
    wanted = set(names)
    for table in reversed(tables()):
        if table.name in wanted:
            conn.execute(table.delete())


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def lock_for_restore(conn: Connection, names: Iterable[str]) -> None:
    """PostgreSQL: keep the other desks out of the restored tables until the restore commits
    (SQLite's write lock already covers the whole file)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        if table.name in set(names):
            conn.execute(text(f'LOCK TABLE "{table.name}" IN ACCESS EXCLUSIVE MODE'))


def reset_sequences(conn: Connection, names: Iterable[str]) -> None:
    """PostgreSQL: rows came in with their own ids, so move each id counter past them."""
    if conn.dialect.name != "postgresql":
        return
    wanted = set(names)
    for table in tables():
        pk = list(table.primary_key.columns)
        if table.name not in wanted or len(pk) != 1 or pk[0].autoincrement is False:
            continue
        if _python_type(pk[0]) is not int:
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if sequence is None:
            continue
        highest = conn.execute(select(func.max(pk[0]))).scalar()
        conn.execute(
            text("SELECT setval(:s, :v, false)"), {"s": sequence, "v": int(highest or 0) + 1}
        )
