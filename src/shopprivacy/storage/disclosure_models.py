"""Third parties and disclosures of customer data to them.

Kinds, dates, bases, field codes and ids stay in clear: the register sorts and checks by them and
they say nothing about a person. A partner's name and contact (a partner may be a sole trader),
the agreement's reference, and a disclosure's purpose and reference are sealed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from shopprivacy.storage.base import Base, utcnow


class Partner(Base):
    __tablename__ = "partners"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    contact_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    # ISO 3166 alpha-2 of where the partner keeps the data: the policy names transfers abroad.
    country: Mapped[str] = mapped_column(String(2), default="VN", server_default="VN")
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    agreement_expires_on: Mapped[date | None] = mapped_column(Date)
    agreement_reference_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column()


class Disclosure(Base):
    __tablename__ = "disclosures"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    basis: Mapped[str] = mapped_column(String(16))
    # Comma-separated field codes ("name,phone,address"): categories, not values.
    fields: Mapped[str] = mapped_column(String(128))
    purpose_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    reference_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    job_sheet: Mapped[bool] = mapped_column(default=False)


class DisclosureCustomer(Base):
    __tablename__ = "disclosure_customers"
    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("disclosures.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id"), primary_key=True, index=True
    )
