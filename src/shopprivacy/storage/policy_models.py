"""The register of processing purposes: the shop's own words, no personal data."""

from __future__ import annotations

from sqlalchemy import Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from shopprivacy.storage.base import Base


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
