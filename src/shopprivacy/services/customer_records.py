"""Reading and writing customer rows with their sealed fields (no permission checks here: the
services that call these have made them)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shopprivacy.domain.consents import (
    ConsentMethod,
    ConsentNotice,
    ConsentRecord,
    Purpose,
    in_force,
)
from shopprivacy.domain.customer_validation import CleanDraft, DuplicateCustomer
from shopprivacy.domain.customers import (
    Address,
    AddressKind,
    ContactKind,
    ContactPoint,
    CustomerDetails,
    Guardian,
    Source,
)
from shopprivacy.domain.emails import mask_email
from shopprivacy.domain.errors import DamagedRecord, NotFound
from shopprivacy.domain.minors import GuardianRule, guardian_rule
from shopprivacy.domain.orders import OrderInfo
from shopprivacy.domain.phones import display_phone, mask_phone
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.services import customer_index, row_binding
from shopprivacy.services.customer_summaries import shown_contact
from shopprivacy.services.import_origin import read_origin
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import (
    ConsentEntry,
    ContactClaim,
    Customer,
    CustomerAddress,
    CustomerContact,
    Order,
)

T, TC, TA, TO, TK = "customers", "customer_contacts", "customer_addresses", "orders", "consents"
HIDDEN = "•••"


def get_live(session: Session, customer_id: int) -> Customer:
    """The customer's row; NotFound for an unknown or erased customer."""
    row = session.get(Customer, customer_id)
    if row is None or row.erased_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No customer #{id}."), id=customer_id)
    return row


def contact_digest(vault: Vault, kind: ContactKind, value: str) -> bytes:
    return vault.index.digest("phone" if kind.is_phone else "email", value)


def find_duplicate(
    session: Session,
    vault: Vault,
    contacts: tuple[tuple[ContactKind, str], ...],
    exclude_id: int | None = None,
) -> DuplicateCustomer | None:
    """Another live customer holding one of these phones or emails, found by blind index."""
    for kind, value in contacts:
        stmt = (
            select(CustomerContact.customer_id)
            .join(Customer, Customer.id == CustomerContact.customer_id)
            .where(
                CustomerContact.digest == contact_digest(vault, kind, value),
                Customer.erased_at.is_(None),
            )
        )
        if exclude_id is not None:
            stmt = stmt.where(CustomerContact.customer_id != exclude_id)
        existing = session.scalars(stmt.limit(1)).first()
        if existing is not None:
            return DuplicateCustomer(existing, kind)
    return None


def holders(
    session: Session, vault: Vault, contacts: list[tuple[ContactKind, str]], chunk: int = 500
) -> dict[tuple[ContactKind, str], int]:
    """Which live customer holds each of these contacts (by blind index, in a few queries)."""
    by_digest = {contact_digest(vault, kind, value): (kind, value) for kind, value in contacts}
    digests = list(by_digest)
    found: dict[tuple[ContactKind, str], int] = {}
    for start in range(0, len(digests), chunk):
        rows = session.execute(
            select(CustomerContact.digest, CustomerContact.customer_id)
            .join(Customer, Customer.id == CustomerContact.customer_id)
            .where(
                CustomerContact.digest.in_(digests[start : start + chunk]),
                Customer.erased_at.is_(None),
            )
        ).tuples()
        for digest, customer_id in rows:
            if digest is not None:
                found.setdefault(by_digest[bytes(digest)], customer_id)
    return found


def claim_contacts(session: Session, contacts: list[tuple[bytes, int, ContactKind]]) -> None:
    """Claim these phones and emails (digest, contact row id, kind) for their customers. A
    digest given twice in one go (one customer's mobile and home phone, or two rows of one
    import) is claimed once. DuplicateCustomer when another live customer already holds one,
    even one another desk saved a moment ago, which ``find_duplicate`` cannot see."""
    rows: dict[bytes, dict[str, object]] = {}
    kinds: dict[bytes, ContactKind] = {}
    for digest, contact_id, kind in contacts:
        if digest not in rows:
            rows[digest] = {"digest": digest, "contact_id": contact_id}
            kinds[digest] = kind
    if not rows:
        return
    try:
        with session.begin_nested():
            session.execute(insert(ContactClaim), list(rows.values()))
    except IntegrityError:
        held = session.execute(
            select(ContactClaim.digest, CustomerContact.customer_id)
            .join(CustomerContact, CustomerContact.id == ContactClaim.contact_id)
            .where(ContactClaim.digest.in_(list(rows)))
            .limit(1)
        ).first()
        if held is None:
            raise
        raise DuplicateCustomer(held[1], kinds[bytes(held[0])]) from None


def write_fields(session: Session, vault: Vault, row: Customer, clean: CleanDraft) -> None:
    """Seal every personal field of ``row`` (flushed, so it has an id) and rebuild its contacts,
    addresses and search entries."""
    c, rid = vault.cipher, row.id
    row.full_name_enc = c.seal(T, "full_name", rid, clean.full_name)
    row.birth_date_enc = c.seal(
        T, "birth_date", rid, clean.birth_date.isoformat() if clean.birth_date else None
    )
    row.notes_enc = c.seal(T, "notes", rid, clean.notes or None)
    row.web_form_ip_enc = c.seal(T, "web_form_ip", rid, clean.web_form_ip or None)
    guardian = clean.guardian_json()
    row.guardian_enc = c.seal(T, "guardian", rid, json.dumps(guardian) if guardian else None)
    row.source = clean.source
    session.execute(delete(CustomerContact).where(CustomerContact.customer_id == rid))
    session.execute(delete(CustomerAddress).where(CustomerAddress.customer_id == rid))
    session.flush()
    claims: list[tuple[bytes, int, ContactKind]] = []
    for position, (kind, value) in enumerate(clean.contacts):
        contact = CustomerContact(customer_id=rid, kind=str(kind), position=position)
        session.add(contact)
        session.flush()
        contact.value_enc = c.seal(TC, "value", contact.id, value)
        contact.digest = contact_digest(vault, kind, value)
        contact.bind = row_binding.contact_seal(vault, contact.id, rid, str(kind), contact.digest)
        claims.append((contact.digest, contact.id, kind))
    session.flush()
    claim_contacts(session, claims)
    for a in clean.addresses:
        address = CustomerAddress(customer_id=rid, kind=str(a.kind))
        session.add(address)
        session.flush()
        doc = {"street": a.street, "ward": a.ward, "province": a.province, "text": a.free_text}
        address.value_enc = c.seal(TA, "value", address.id, json.dumps(doc, ensure_ascii=False))
    customer_index.reindex(session, vault, rid, clean.full_name, clean.contacts)


def save_fields(
    session: Session, vault: Vault, row: Customer, clean: CleanDraft, staff_id: int, now: datetime
) -> None:
    """Write ``clean`` into ``row``; a guardian's consent newly recorded (or changed) is
    stamped with who recorded it and when."""
    _, old = read_birth_and_guardian(vault, row)
    write_fields(session, vault, row, clean)
    new = clean.guardian
    consent_now = new is not None and new.consent_method is not None
    consent_before = old is not None and old.consent_method is not None
    if consent_now and (not consent_before or old != new):
        row.guardian_consent_at, row.guardian_consent_by = now, staff_id
    elif not consent_now:
        row.guardian_consent_at = row.guardian_consent_by = None


def _contacts(session: Session, customer_ids: list[int]) -> list[CustomerContact]:
    return list(
        session.scalars(
            select(CustomerContact)
            .where(CustomerContact.customer_id.in_(customer_ids))
            .order_by(CustomerContact.customer_id, CustomerContact.position)
        )
    )


def first_address_line(session: Session, vault: Vault, customer_id: int) -> str:
    """The customer's first address on one line, for a letter or a list ("" when there is
    none). Raises DamagedRecord when it cannot be read."""
    first = session.scalars(
        select(CustomerAddress)
        .where(CustomerAddress.customer_id == customer_id)
        .order_by(CustomerAddress.id)
        .limit(1)
    ).first()
    if first is None:
        return ""
    doc = json.loads(vault.cipher.open(TA, "value", first.id, first.value_enc) or "{}")
    return Address(
        street=doc.get("street", ""),
        ward=doc.get("ward", ""),
        province=doc.get("province", ""),
        free_text=doc.get("text", ""),
    ).one_line()


def read_birth_and_guardian(vault: Vault, row: Customer) -> tuple[date | None, Guardian | None]:
    c = vault.cipher
    birth = c.open(T, "birth_date", row.id, row.birth_date_enc)
    raw = c.open(T, "guardian", row.id, row.guardian_enc)
    guardian = None
    if raw:
        g = json.loads(raw)
        method = ConsentMethod(g["method"]) if g.get("method") else None
        guardian = Guardian(
            g["name"],
            g.get("phone", ""),
            g.get("email", ""),
            g.get("relationship", ""),
            method,
            bool(g.get("child_agreed")),
        )
    return (date.fromisoformat(birth) if birth else None), guardian


def read_orders(session: Session, vault: Vault, customer_id: int) -> tuple[OrderInfo, ...]:
    rows = session.scalars(
        select(Order)
        .where(Order.customer_id == customer_id)
        .order_by(Order.sold_on.desc(), Order.id.desc())
    )
    return tuple(
        OrderInfo(
            o.id,
            o.customer_id,
            o.sold_on,
            vault.cipher.open(TO, "description", o.id, o.description_enc) or "",
            o.warranty_months,
            o.created_by,
            o.created_at,
        )
        for o in rows
    )


def read_details(
    session: Session,
    vault: Vault,
    row: Customer,
    full: bool,
    minor_age: int,
    today: date,
    consents: list[ConsentRecord],
) -> CustomerDetails:
    """The whole record; raises DamagedRecord when any of its fields cannot be decrypted."""
    c, rid = vault.cipher, row.id
    contacts = []
    for contact in _contacts(session, [rid]):
        kind = ContactKind(contact.kind)
        if not row_binding.contact_ok(
            vault, contact.id, contact.customer_id, contact.kind, contact.digest, contact.bind
        ):
            raise DamagedRecord(TC, contact.id)  # moved here from another customer, or forged
        value = c.open(TC, "value", contact.id, contact.value_enc) or ""
        contacts.append(ContactPoint(kind, shown_contact(kind, value, full)))
    addresses = []
    for a in session.scalars(
        select(CustomerAddress)
        .where(CustomerAddress.customer_id == rid)
        .order_by(CustomerAddress.id)
    ):
        doc = json.loads(c.open(TA, "value", a.id, a.value_enc) or "{}")
        street, text = doc["street"], doc["text"]
        if not full:  # ward and province stay: enough to route a request, not to visit
            street, text = (HIDDEN if street else ""), (HIDDEN if text else "")
        addresses.append(Address(AddressKind(a.kind), street, doc["ward"], doc["province"], text))
    birth, guardian = read_birth_and_guardian(vault, row)
    if guardian is not None:
        # Shown as the shop writes numbers ("0938 111 222"), like the customer's own phones.
        shown = display_phone if full else mask_phone
        guardian = replace(
            guardian,
            phone=shown(guardian.phone) if guardian.phone else "",
            email=guardian.email if full or not guardian.email else mask_email(guardian.email),
        )
    ip = c.open(T, "web_form_ip", rid, row.web_form_ip_enc) or ""
    return CustomerDetails(
        id=rid,
        version=row.version,
        full_name=c.open(T, "full_name", rid, row.full_name_enc) or "",
        contacts=tuple(contacts),
        addresses=tuple(addresses),
        birth_date=birth,
        notes=c.open(T, "notes", rid, row.notes_enc) or "",
        source=Source(row.source),
        web_form_ip=ip if full else (HIDDEN if ip else ""),
        guardian=guardian,
        guardian_consent_at=row.guardian_consent_at,
        needs_guardian=guardian_rule(birth, today, minor_age) is not GuardianRule.NONE,
        created_by=row.created_by,
        created_at=row.created_at,
        last_contact_at=row.last_contact_at,
        retention_until=row.retention_until,
        masked=not full,
        orders=read_orders(session, vault, rid),
        consents=tuple(sorted(consents, key=lambda r: r.id, reverse=True)),
        consent_state=in_force(consents),
        imported_from=read_origin(session, vault, row.import_batch_id),
    )


def read_consents(session: Session, vault: Vault, customer_id: int) -> list[ConsentRecord]:
    """The customer's whole consent history, oldest first."""
    out = []
    for e in session.scalars(
        select(ConsentEntry)
        .where(ConsentEntry.customer_id == customer_id)
        .order_by(ConsentEntry.id)
    ):
        raw = vault.cipher.open(TK, "notice", e.id, e.notice_enc)
        notice = ConsentNotice(**json.loads(raw)) if raw else None
        out.append(
            ConsentRecord(
                e.id,
                e.customer_id,
                Purpose(e.purpose),
                e.granted,
                e.at,
                e.staff_id,
                ConsentMethod(e.method),
                e.policy_version_id,
                notice,
            )
        )
    return out
