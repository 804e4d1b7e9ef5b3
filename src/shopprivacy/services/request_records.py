"""Reading and writing request rows with their sealed texts, and the request's history lines."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.errors import DamagedRecord, NotFound
from shopprivacy.domain.requests import (
    Channel,
    HistoryEntry,
    HistoryKind,
    Honorific,
    IdentityMethod,
    RequestInfo,
    RequestType,
    Status,
)
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.services.vault import Vault
from shopprivacy.storage.models import Staff
from shopprivacy.storage.request_models import DataRequest, RequestHistory

T = "data_requests"
H = "data_request_history"

# Sealed columns of a request row, by the name used in the cipher's associated data.
SEALED = (
    "requester_name",
    "requester_contact",
    "extension_reason",
    "identity_note",
    "summary",
    "refusal_reason",
    "outcome",
    "remedy",
    "waiting_reason",
    "honorific",
)


def get_request(session: Session, request_id: int, for_update: bool = False) -> DataRequest:
    stmt = select(DataRequest).where(DataRequest.id == request_id)
    if for_update:
        stmt = stmt.with_for_update()
    row = session.scalars(stmt).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No request #{id}."), id=request_id)
    return row


def seal(vault: Vault, row: DataRequest, column: str, value: str | None) -> None:
    """Set ``<column>_enc`` of ``row`` (which must have its id already) to ``value`` sealed."""
    setattr(row, f"{column}_enc", vault.cipher.seal(T, column, row.id, value))


def unseal(vault: Vault, row: DataRequest, column: str) -> str | None:
    return vault.cipher.open(T, column, row.id, getattr(row, f"{column}_enc"))


def add_history(
    session: Session,
    vault: Vault,
    row: DataRequest,
    actor: Actor | None,
    kind: HistoryKind,
    text: str | None = None,
    field: str | None = None,
    old: str | None = None,
    new: str | None = None,
    at: datetime | None = None,
) -> RequestHistory:
    entry = RequestHistory(
        request_id=row.id,
        at=at or vault.now(),
        staff_id=actor.staff_id if actor else None,
        kind=str(kind),
        field=field,
    )
    session.add(entry)
    session.flush()
    c = vault.cipher
    entry.text_enc = c.seal(H, "text", entry.id, text)
    entry.old_enc = c.seal(H, "old", entry.id, old)
    entry.new_enc = c.seal(H, "new", entry.id, new)
    return entry


def history_of(session: Session, vault: Vault, request_id: int) -> tuple[HistoryEntry, ...]:
    rows = session.scalars(
        select(RequestHistory)
        .where(RequestHistory.request_id == request_id)
        .order_by(RequestHistory.at, RequestHistory.id)
    ).all()
    result = []
    c = vault.cipher
    for h in rows:
        try:
            text = c.open(H, "text", h.id, h.text_enc)
            old = c.open(H, "old", h.id, h.old_enc)
            new = c.open(H, "new", h.id, h.new_enc)
            damaged = False
        except DamagedRecord:
            text = old = new = None
            damaged = True
        result.append(
            HistoryEntry(
                at=h.at,
                staff_id=h.staff_id,
                kind=HistoryKind(h.kind),
                text=text,
                field=h.field,
                old=old,
                new=new,
                damaged=damaged,
            )
        )
    return tuple(result)


def request_info(
    session: Session | None, vault: Vault, row: DataRequest, with_texts: bool = True
) -> RequestInfo:
    """The row as plain data. ``with_texts`` decrypts its sealed texts (and reads its history
    when a session is given); a damaged text marks the request damaged, the rest still shows."""
    texts: dict[str, str | None] = {}
    damaged = False
    if with_texts:
        for column in SEALED:
            try:
                texts[column] = unseal(vault, row, column)
            except DamagedRecord:
                texts[column] = None
                damaged = True
    history = history_of(session, vault, row.id) if (with_texts and session) else ()
    honorific = texts.get("honorific")
    checked_by = None
    if with_texts and session is not None and row.identity_checked_by is not None:
        checked_by = staff_full_name(session, vault, row.identity_checked_by)
    return RequestInfo(
        id=row.id,
        type=RequestType(row.type),
        channel=Channel(row.channel),
        status=Status(row.status),
        customer_id=row.customer_id,
        received_at=row.received_at,
        acknowledge_due=row.acknowledge_due_at,
        complete_due=row.complete_due_at,
        acknowledged_at=row.acknowledged_at,
        extended_due=row.extended_due_at,
        assignee_id=row.assignee_id,
        identity_method=IdentityMethod(row.identity_method) if row.identity_method else None,
        identity_checked_by=row.identity_checked_by,
        identity_checked_at=row.identity_checked_at,
        processor_involved=row.processor_involved,
        closed_at=row.closed_at,
        requester_name=texts.get("requester_name"),
        requester_contact=texts.get("requester_contact"),
        summary=texts.get("summary"),
        reason=texts.get("refusal_reason"),
        extension_reason=texts.get("extension_reason"),
        outcome=texts.get("outcome"),
        remedy=texts.get("remedy"),
        history=history,
        damaged=damaged,
        waiting_since=row.waiting_since,
        waiting_reason=texts.get("waiting_reason"),
        paused=timedelta(seconds=row.paused_seconds or 0),
        linked_to=row.linked_to,
        identity_detail=texts.get("identity_note"),
        identity_checked_by_name=checked_by,
        letter_ready=row.letter_addressee_enc is not None,
        honorific=Honorific(honorific) if honorific in set(Honorific) else None,
    )


def staff_full_name(session: Session, vault: Vault, staff_id: int | None) -> str | None:
    """A staff member's full name for papers and screens (never the login name); None when
    unknown or unreadable."""
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    if staff is None:
        return None
    try:
        return vault.cipher.open("staff", "full_name", staff.id, staff.full_name_enc)
    except DamagedRecord:
        return None
