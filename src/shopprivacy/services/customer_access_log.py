"""Who at the shop opened, changed, printed or exported one customer's record, read from the
audit log for the customer's own data report.

The log names a customer in three ways: as the entry's target (opened, changed, printed), as the
target's subject (a request's letter or correction, a breach's letters) and inside the detail
(a disclosure's customers, a search's results, an import's range of new ids). Each is read with
the narrowest query the log's indexes allow; details are parsed only for the few candidates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customer_data import ACCESS_ACTIONS, AccessLine
from shopprivacy.services.staff_names import staff_names
from shopprivacy.services.vault import Vault
from shopprivacy.storage.breach_models import Breach, BreachCustomer
from shopprivacy.storage.models import AuditEntry
from shopprivacy.storage.request_models import DataRequest

ON_REQUEST = (Action.REQUEST_LETTER_PRINTED, Action.REQUEST_CORRECTION_MADE)
ON_BREACH = (Action.BREACH_LETTERS_MADE,)
IN_DETAIL = (Action.DISCLOSURE_RECORDED, Action.CUSTOMER_SEARCHED)
CHUNK = 500


def _names_customer(detail: dict[str, Any], customer_id: int) -> bool:
    if detail.get("customer_id") == customer_id:
        return True
    for key in ("customer_ids", "found", "merged_ids"):
        if customer_id in (detail.get(key) or ()):
            return True
    first, last = detail.get("first_id"), detail.get("last_id")
    return isinstance(first, int) and isinstance(last, int) and first <= customer_id <= last


def _targets(
    session: Session, target_type: str, ids: Sequence[int], actions: Iterable[str]
) -> Iterator[AuditEntry]:
    wanted = [str(i) for i in ids]
    for start in range(0, len(wanted), CHUNK):
        yield from session.scalars(
            select(AuditEntry).where(
                AuditEntry.target_type == target_type,
                AuditEntry.target_id.in_(wanted[start : start + CHUNK]),
                AuditEntry.action.in_([str(a) for a in actions]),
            )
        )


def _entries(session: Session, customer_id: int, since: datetime) -> list[AuditEntry]:
    found: dict[int, AuditEntry] = {}
    on_record = [str(a) for a in ACCESS_ACTIONS]
    for e in _targets(session, "customer", [customer_id], on_record):
        found[e.seq] = e
    requests = list(
        session.scalars(select(DataRequest.id).where(DataRequest.customer_id == customer_id))
    )
    for e in _targets(session, "request", requests, ON_REQUEST):
        detail = json.loads(e.detail)
        if detail.get("customer_id") in (None, customer_id):
            found[e.seq] = e
    breaches = list(
        session.scalars(
            select(Breach.id)
            .outerjoin(BreachCustomer, BreachCustomer.breach_id == Breach.id)
            .where(or_(Breach.all_customers, BreachCustomer.customer_id == customer_id))
            .distinct()
        )
    )
    for e in _targets(session, "breach", breaches, ON_BREACH):
        if e.at >= since:  # a letter made before the customer existed did not name them
            found[e.seq] = e
    # The id's digits somewhere in the detail narrow the scan; the parsed detail decides.
    candidates = session.scalars(
        select(AuditEntry).where(
            or_(
                AuditEntry.action.in_([str(a) for a in IN_DETAIL])
                & AuditEntry.detail.contains(str(customer_id)),
                AuditEntry.action == str(Action.CUSTOMERS_IMPORTED),
            ),
            AuditEntry.at >= since,
        )
    )
    for e in candidates:
        if _names_customer(json.loads(e.detail), customer_id):
            found[e.seq] = e
    return [found[seq] for seq in sorted(found)]


def read_access_lines(
    session: Session, vault: Vault, customer_id: int, since: datetime
) -> tuple[AccessLine, ...]:
    """Oldest first, from ``since`` (when the record was made). Entries without a staff member
    (none today) are left out: the list answers "who at the shop"."""
    entries = [e for e in _entries(session, customer_id, since) if e.staff_id is not None]
    names = staff_names(session, vault, (e.staff_id for e in entries if e.staff_id is not None))
    lines = []
    for e in entries:
        assert e.staff_id is not None
        who = names.get(e.staff_id)
        kind = json.loads(e.detail).get("kind") if e.action.startswith("report_") else None
        lines.append(
            AccessLine(
                at=e.at,
                full_name=who.full_name if who else "",
                role=who.role if who else None,
                action=e.action,
                kind=kind if isinstance(kind, str) else "",
            )
        )
    return tuple(lines)
