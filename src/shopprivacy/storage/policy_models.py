"""The register of processing purposes (the shop's own words, no personal data), and the
guard that keeps a published policy version as it was published."""

from __future__ import annotations

from sqlalchemy import Integer, String, event, true
from sqlalchemy.orm import Mapped, mapped_column

from shopprivacy.storage.base import Base
from shopprivacy.storage.customer_models import PolicyVersionRow


class ProcessingPurposeRow(Base):
    __tablename__ = "processing_purposes"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    basis: Mapped[str] = mapped_column(String(24))
    data_used: Mapped[str] = mapped_column(String(400))  # comma-separated field codes
    retention: Mapped[str] = mapped_column(String(200))
    retention_months: Mapped[int | None] = mapped_column(Integer)
    consent_purpose: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(default=True, server_default=true())


@event.listens_for(PolicyVersionRow, "before_update")
def _published_versions_never_change(_mapper: object, _conn: object, row: PolicyVersionRow) -> None:
    """A published version is what customers were shown and what consents point to: any
    change to a stored one is a programming error, refused before it reaches the database."""
    raise PublishedVersionChanged(f"policy version {row.id} is published and cannot change")


class PublishedVersionChanged(RuntimeError):
    pass
