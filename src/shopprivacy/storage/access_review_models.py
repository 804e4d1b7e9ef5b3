"""Reviews of access-review flags: who looked at a flag, when, and their note (sealed: a note
may name people)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from shopprivacy.storage.base import Base


class AccessFlagReview(Base):
    __tablename__ = "access_flag_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    # The flag's stable key (kind, account id, first audit entry): no personal data.
    flag_key: Mapped[str] = mapped_column(String(96), unique=True)
    reviewed_by: Mapped[int] = mapped_column(Integer)
    reviewed_at: Mapped[datetime] = mapped_column()
    note_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
