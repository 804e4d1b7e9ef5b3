"""Merging an imported row into a customer who already has its phone or email: the row's new
phones, emails, addresses and empty fields are added; nothing already held is replaced."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from shopprivacy.domain.customer_rules import CustomerRules
from shopprivacy.domain.customer_validation import MAX_CONTACTS, CleanDraft, validate_draft
from shopprivacy.domain.staff import Actor
from shopprivacy.services import customer_records
from shopprivacy.services.customer_rules import local_day, touch
from shopprivacy.services.customers import changed_fields
from shopprivacy.services.vault import Vault


def merge_clean(base: CleanDraft, extra: CleanDraft) -> CleanDraft:
    """``base`` with what only ``extra`` has; the name and any value already there win."""
    contacts = list(base.contacts)
    held = {value for _, value in contacts}
    for kind, value in extra.contacts:
        if value not in held and len(contacts) < MAX_CONTACTS:
            contacts.append((kind, value))
            held.add(value)
    kinds = {a.kind for a in base.addresses}
    addresses = base.addresses + tuple(a for a in extra.addresses if a.kind not in kinds)
    notes = base.notes
    if extra.notes and extra.notes not in notes:
        notes = f"{notes}\n{extra.notes}" if notes else extra.notes
    return replace(
        base,
        contacts=tuple(contacts),
        addresses=addresses,
        birth_date=base.birth_date or extra.birth_date,
        notes=notes,
        web_form_ip=base.web_form_ip or extra.web_form_ip,
        guardian=base.guardian or extra.guardian,
    )


def merge_into_existing(
    session: Session,
    vault: Vault,
    customer_id: int,
    extra: CleanDraft,
    rules: CustomerRules,
    actor: Actor,
    now: datetime,
) -> list[str]:
    """Merge ``extra`` into the stored customer; returns the names of the fields that changed."""
    row = customer_records.get_live(session, customer_id)
    consents = customer_records.read_consents(session, vault, customer_id)
    today = local_day(now)
    before = customer_records.read_details(
        session, vault, row, True, rules.minor_age, today, consents
    )
    # Back to stored forms; checked with every field allowed, since values held before the
    # director switched a field off stay until corrected or erased.
    stored = validate_draft(before.draft(), CustomerRules(), today)
    merged = merge_clean(stored, extra)
    if merged == stored:
        return []
    row.version = row.version + 1
    customer_records.save_fields(session, vault, row, merged, actor.staff_id, now)
    row.updated_at = now
    session.flush()
    touch(session, customer_id, now, rules.retention_months_without_order)
    after = customer_records.read_details(
        session, vault, row, True, rules.minor_age, today, consents
    )
    return changed_fields(before, after)
