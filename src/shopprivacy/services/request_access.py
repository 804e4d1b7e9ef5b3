"""The customer's own data report: everything the shop holds about them, read in one unit.

Disclosures are recorded by the disclosure register (a later feature). It plugs in here with
``register_disclosure_source(fn)``, where ``fn(session, vault, customer_id)`` returns the
customer's ``DisclosureLine``s; until then the report says no disclosure was recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopprivacy.domain.customer_data import CustomerDataReport, DisclosureLine, RequestLine
from shopprivacy.services import customer_records
from shopprivacy.services.customer_access_log import read_access_lines
from shopprivacy.services.customer_rules import load_rules, local_day
from shopprivacy.services.vault import Vault
from shopprivacy.storage.request_models import DataRequest

DisclosureSource = Callable[[Session, Vault, int], list[DisclosureLine]]
_DISCLOSURE_SOURCES: list[DisclosureSource] = []


def register_disclosure_source(source: DisclosureSource) -> None:
    """Add a reader of the customer's disclosures to every data report (idempotent)."""
    if source not in _DISCLOSURE_SOURCES:
        _DISCLOSURE_SOURCES.append(source)


def unregister_disclosure_source(source: DisclosureSource) -> None:
    if source in _DISCLOSURE_SOURCES:
        _DISCLOSURE_SOURCES.remove(source)


def read_disclosures(
    session: Session, vault: Vault, customer_id: int
) -> tuple[DisclosureLine, ...]:
    lines: list[DisclosureLine] = []
    for source in _DISCLOSURE_SOURCES:
        lines.extend(source(session, vault, customer_id))
    return tuple(sorted(lines, key=lambda d: d.at))


def read_request_lines(session: Session, customer_id: int) -> tuple[RequestLine, ...]:
    rows = session.scalars(
        select(DataRequest)
        .where(DataRequest.customer_id == customer_id)
        .order_by(DataRequest.received_at, DataRequest.id)
    )
    return tuple(
        RequestLine(r.id, r.type, r.channel, r.status, r.received_at, r.closed_at) for r in rows
    )


def build_data_report(
    session: Session, vault: Vault, customer_id: int, request_id: int | None
) -> CustomerDataReport:
    """Read the whole record unmasked (it goes to the customer themself). Raises NotFound for
    an unknown or erased customer, DamagedRecord when a field cannot be read."""
    row = customer_records.get_live(session, customer_id)
    rules = load_rules(session)
    now = vault.now()
    consents = customer_records.read_consents(session, vault, customer_id)
    details = customer_records.read_details(
        session, vault, row, True, rules.minor_age, local_day(now), consents
    )
    return CustomerDataReport(
        customer=details,
        disclosures=read_disclosures(session, vault, customer_id),
        requests=read_request_lines(session, customer_id),
        made_at=now,
        request_id=request_id,
        accessed_by=read_access_lines(session, vault, customer_id, details.created_at),
    )
