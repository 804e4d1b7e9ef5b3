"""Registers a restore must not roll back: their newer rows are carried over the backup's.

A restore brings back the shop's data as it was, but some tables record what happened since and
the law wants kept (the breach register: what was found, when the authority was told). Their
rows are read before the restore clears the tables and put back after the backup's rows are in:
each row replaces the backup's row with the same key, or is added. A row pointing at something
the backup does not have (a customer created after the backup) is dropped and counted, since
that thing is gone with the rest of the newer data. Values move as stored: sealed fields stay
ciphertext, bound to the same table, column and row id, so they still open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Table, and_, insert, select

from shopprivacy.storage.backup_tables import tables

CARRIED_FORWARD: set[str] = set()


def carry_forward_on_restore(table_name: str) -> None:
    CARRIED_FORWARD.add(table_name)


@dataclass(frozen=True)
class Carried:
    rows: int  # rows put back over the backup's
    dropped: int  # rows left out: they pointed at something the backup does not have


def save(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """The current rows of every carried table, before the restore clears them."""
    return {
        t.name: [dict(r._mapping) for r in conn.execute(select(t))]
        for t in tables()
        if t.name in CARRIED_FORWARD
    }


def put_back(conn: Connection, saved: dict[str, list[dict[str, Any]]]) -> Carried:
    """After the backup's rows are in: the saved rows win, parents before children."""
    put, dropped = 0, 0
    for table in tables():
        rows = saved.get(table.name)
        if not rows:
            continue
        present = {
            fk.parent.name: _present(conn, fk.column, {r[fk.parent.name] for r in rows})
            for fk in table.foreign_keys
        }
        for row in rows:
            if any(row[c] is not None and row[c] not in values for c, values in present.items()):
                dropped += 1
                continue
            conn.execute(table.delete().where(_same_key(table, row)))
            conn.execute(insert(table), [row])
            put += 1
    return Carried(put, dropped)


def _present(conn: Connection, column: Column[Any], wanted: set[Any]) -> set[Any]:
    """Which of ``wanted`` the restored table holds (only those looked up, not all its keys:
    a shop's customers table can have a million rows)."""
    found: set[Any] = set()
    keys = [v for v in wanted if v is not None]
    for start in range(0, len(keys), 500):
        batch = keys[start : start + 500]
        found.update(conn.execute(select(column).where(column.in_(batch))).scalars())
    return found


def _same_key(table: Table, row: dict[str, Any]) -> Any:
    return and_(*(c == row[c.name] for c in table.primary_key.columns))
