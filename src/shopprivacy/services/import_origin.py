"""Where an imported customer came from: the law asks the shop to know its data's source, and
a customer asking "where did you get my number?" deserves the answer (the tool and the file)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from shopprivacy.domain.customers import ImportOrigin
from shopprivacy.domain.import_profiles import Profile
from shopprivacy.domain.staff import Actor
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer, ImportBatch

T = "import_batches"
CHUNK = 500


def record_origin(
    session: Session,
    vault: Vault,
    actor: Actor,
    customer_ids: list[int],
    file_name: str,
    profile: Profile | None,
) -> int | None:
    """Inside the import's transaction: one batch row (the tool's key in clear, the file's name
    sealed: it may name a person) and each new customer pointed at it. None when no one was
    added."""
    if not customer_ids:
        return None
    batch = ImportBatch(
        profile=profile.key if profile else None,
        imported_by=actor.staff_id,
        imported_at=vault.now(),
    )
    session.add(batch)
    session.flush()
    batch.file_name_enc = vault.cipher.seal(T, "file_name", batch.id, file_name)
    for start in range(0, len(customer_ids), CHUNK):
        chunk = customer_ids[start : start + CHUNK]
        session.execute(
            update(Customer).where(Customer.id.in_(chunk)).values(import_batch_id=batch.id)
        )
    return batch.id


def read_origin(session: Session, vault: Vault, batch_id: int | None) -> ImportOrigin | None:
    """The import a customer came in with, for the record's own screen and data report."""
    if batch_id is None:
        return None
    row = session.scalars(select(ImportBatch).where(ImportBatch.id == batch_id)).first()
    if row is None:
        return None
    name = vault.cipher.open(T, "file_name", row.id, row.file_name_enc) or ""
    return ImportOrigin(row.profile, name, row.imported_at)
