"""Customer tables: records, contact points, addresses, search index, orders, consents, policy
versions.

Every personal value is in an ``_enc`` column (AES-GCM bound to table, column and row id).
Identifiers searched by equality sit beside as keyed blind indexes (``digest``), and
``customer_search`` holds keyed digests of name-word prefixes and phone endings, so searching
never decrypts in bulk. Personal columns are nullable: an erased customer keeps a stub of ids and
dates only.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shopprivacy.storage.base import Base, utcnow


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    full_name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    birth_date_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    notes_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(16), default="in_shop")
    web_form_ip_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Guardian of a child: name, phone, email, relationship, in one sealed JSON document.
    guardian_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    guardian_consent_at: Mapped[datetime | None] = mapped_column()
    guardian_consent_by: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column()
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)
    retention_until: Mapped[date | None] = mapped_column(Date, index=True)
    erased_at: Mapped[datetime | None] = mapped_column()
    # The import that brought this customer in (its tool and sealed file name), if any. An
    # import_batches id, not a declared foreign key: SQLite can add a plain column in place,
    # while a new constraint would rebuild this table, which every other table points at.
    import_batch_id: Mapped[int | None] = mapped_column(Integer, index=True)

    # The service sets the next version once per save (a save flushes several times); the ORM
    # still adds "WHERE version = <read>" to each UPDATE, so a concurrent save fails loudly.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012


class ImportBatch(Base):
    """One import of a customer list: the tool it came from (a profile key such as "kiotviet",
    not personal) and the file's name, sealed (a file may be named after a person)."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile: Mapped[str | None] = mapped_column(String(32))
    file_name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    imported_by: Mapped[int | None] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class CustomerContact(Base):
    """A phone (E.164) or email (normalised), sealed, with its blind index for duplicates."""

    __tablename__ = "customer_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    value_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    digest: Mapped[bytes | None] = mapped_column(LargeBinary(16), index=True)
    # Keyed seal tying this row to its customer (services.row_binding).
    bind: Mapped[str | None] = mapped_column(String(64))


class ContactClaim(Base):
    """One live customer per phone or email, held by the database itself: the check before
    saving cannot see a customer another desk is saving at the same moment (PostgreSQL let
    both in), this primary key can. One row per distinct digest, pointing at the contact that
    holds it; it goes with that contact (a customer's edit or erasure deletes its contacts)."""

    __tablename__ = "contact_claims"
    digest: Mapped[bytes] = mapped_column(LargeBinary(16), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("customer_contacts.id", ondelete="CASCADE"), unique=True
    )


class CustomerAddress(Base):
    """Street, ward, province and free text as one sealed JSON document."""

    __tablename__ = "customer_addresses"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    value_enc: Mapped[bytes | None] = mapped_column(LargeBinary)


class CustomerSearch(Base):
    """Keyed digests a search can meet: name-word prefixes, phone endings, full phones, emails.

    The composite index answers "which customers have this digest" from the index alone.
    """

    __tablename__ = "customer_search"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))
    digest: Mapped[bytes] = mapped_column(LargeBinary(16))

    __table_args__ = (Index("ix_customer_search_lookup", "kind", "digest", "customer_id"),)


class Order(Base):
    """What was sold or installed. Date and warranty are the order's accounting facts; the
    description is sealed since staff may write the customer's details into it."""

    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    sold_on: Mapped[date] = mapped_column(Date)
    description_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    warranty_months: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PolicyVersionRow(Base):
    """A version of the shop's privacy policy (the shop's own text, not personal data)."""

    __tablename__ = "policy_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(32), unique=True)
    effective_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    # The facts the policy declared when published (JSON of domain.policy.PolicyFacts, sealed
    # and bound to the label, which never changes: they name the data-protection person and the
    # partners): what the check compares practice with, and what a change notice compares.
    facts_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_by: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConsentEntry(Base):
    """Append-only: a grant or withdrawal is a new row, never an update."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    granted: Mapped[bool] = mapped_column()
    at: Mapped[datetime] = mapped_column()
    staff_id: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    policy_version_id: Mapped[int | None] = mapped_column(ForeignKey("policy_versions.id"))
    # What the customer was told (purpose, channel, frequency), sealed JSON.
    notice_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Keyed seal over the whole entry (services.row_binding): a forged grant is not one.
    bind: Mapped[str | None] = mapped_column(String(64))

    # "Whose newest entry for this purpose is a grant" is answered from this index.
    __table_args__ = (Index("ix_consents_purpose_customer", "purpose", "customer_id", "id"),)
