"""The breach register: one row per personal data breach and the customers it touched.

Dates, status, data categories and customer ids are kept in clear: the register sorts and counts
by them and they describe the incident, not a person. What happened, the measures taken, the
authority's reference and the closing note are sealed (bound to table, column and row id), since
a description can name people.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from shopprivacy.storage.base import Base, utcnow


class Breach(Base):
    __tablename__ = "breaches"
    id: Mapped[int] = mapped_column(primary_key=True)
    happened_at: Mapped[datetime] = mapped_column()
    found_at: Mapped[datetime] = mapped_column(index=True)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Category codes joined by commas (domain.breaches.DataCategory).
    categories: Mapped[str] = mapped_column(String(200))
    all_customers: Mapped[bool] = mapped_column(default=False)
    description_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    measures_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(24), index=True)
    authority_notified_at: Mapped[datetime | None] = mapped_column()
    authority_reference_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    customers_notified_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    closing_note_enc: Mapped[bytes | None] = mapped_column(LargeBinary)


class BreachCustomer(Base):
    """A customer a breach touched (when not all of them): ids only."""

    __tablename__ = "breach_customers"
    breach_id: Mapped[int] = mapped_column(
        ForeignKey("breaches.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
