"""Erasures re-applied after a restore, so a customer erased after a backup stays erased.

The feature that erases customers registers its erase function here (at import time of its
module); a restore then calls every registered eraser, inside the restore's transaction, once
per customer id in the erasure ledger that the restored backup did not already contain.
An eraser must be idempotent (a customer already erased, or absent from the backup, is fine)
and must not write the erasure ledger or the audit log: the restore does both itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session

from shopprivacy.services.vault import Vault

Eraser = Callable[[Session, Vault, int], None]

_ERASERS: list[Eraser] = []


def register_eraser(eraser: Eraser) -> Eraser:
    """Add ``eraser(session, vault, customer_id)``; usable as a decorator. Registering the same
    function twice has no effect."""
    if eraser not in _ERASERS:
        _ERASERS.append(eraser)
    return eraser


def unregister_eraser(eraser: Eraser) -> None:
    if eraser in _ERASERS:
        _ERASERS.remove(eraser)


def registered() -> tuple[Eraser, ...]:
    return tuple(_ERASERS)


def replay(session: Session, vault: Vault, customer_ids: Iterable[int]) -> int:
    """Erase each customer again with every registered eraser; returns how many ids were
    replayed (each id once, in ledger order)."""
    seen: set[int] = set()
    for customer_id in customer_ids:
        if customer_id in seen:
            continue
        seen.add(customer_id)
        for eraser in _ERASERS:
            eraser(session, vault, customer_id)
    return len(seen)
