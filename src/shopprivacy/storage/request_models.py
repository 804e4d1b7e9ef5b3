"""Customers' requests about their data and each request's history.

Kinds, statuses, dates and staff ids are kept in clear: the queue sorts and counts by them and they
say nothing about the person. Every text a person could be recognised by (an unmatched requester's
name and contact, what they asked for, notes, reasons, corrected values) is sealed in ``*_enc``
columns, bound to (table, column, row id).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from shopprivacy.storage.base import Base, utcnow


class DataRequest(Base):
    __tablename__ = "data_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    # None while the requester is not matched to a customer yet.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    requester_name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    requester_contact_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    type: Mapped[str] = mapped_column(String(16), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(24), index=True)
    received_at: Mapped[datetime] = mapped_column(index=True)
    processor_involved: Mapped[bool] = mapped_column(default=False)
    acknowledge_due_at: Mapped[datetime] = mapped_column()
    complete_due_at: Mapped[datetime] = mapped_column(index=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column()
    extended_due_at: Mapped[datetime | None] = mapped_column()
    extension_reason_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    identity_method: Mapped[str | None] = mapped_column(String(24))
    identity_note_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    identity_checked_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    identity_checked_at: Mapped[datetime | None] = mapped_column()
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None] = mapped_column()
    summary_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    refusal_reason_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    outcome_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    remedy_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    closed_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The clock stands still while the shop waits on the customer (identity proof, what
    # exactly they want); the due dates above are moved when it starts again.
    waiting_since: Mapped[datetime | None] = mapped_column()
    waiting_reason_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A second open request of the same type for the same customer, taken anyway.
    linked_to: Mapped[int | None] = mapped_column(ForeignKey("data_requests.id"))
    honorific_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The reply letter's addressee (honorific, full name, postal address as JSON), written
    # just before a deletion erases the customer so the letter can still be posted; it stays
    # with the request until ``letter_keep_until`` (the request record's own retention).
    letter_addressee_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    letter_keep_until: Mapped[datetime | None] = mapped_column()


class RequestHistory(Base):
    """One step in a request's life. ``field`` names a corrected field (not personal); its old and
    new values and any note are sealed."""

    __tablename__ = "data_request_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("data_requests.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column()
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(24))
    field: Mapped[str | None] = mapped_column(String(32))
    text_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    old_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    new_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
