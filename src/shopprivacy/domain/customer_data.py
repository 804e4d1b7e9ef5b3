"""The customer's own data report (the answer to an access request): every field held, orders,
consents and their history, disclosures made and requests, as plain data and as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customers import CustomerDetails
from shopprivacy.domain.staff import Role

# What counts as the shop opening, changing, printing or exporting a customer's record, for the
# list of who did so in the customer's own report. Housekeeping (sign-ins, refused attempts,
# request steps that show no personal data) is not an access to the record.
ACCESS_ACTIONS = frozenset(
    {
        Action.CUSTOMER_CREATED,
        Action.CUSTOMER_UPDATED,
        Action.CUSTOMER_VIEWED,
        Action.CUSTOMER_PRINTED,
        Action.CUSTOMER_SEARCHED,
        Action.ORDER_ADDED,
        Action.CONSENT_RECORDED,
        Action.CUSTOMERS_IMPORTED,
        Action.REQUEST_CORRECTION_MADE,
        Action.REQUEST_LETTER_PRINTED,
        Action.CUSTOMER_DATA_REPORT_MADE,
        Action.REPORT_PRINTED,
        Action.REPORT_EXPORTED,
        Action.DISCLOSURES_LISTED,
        Action.DISCLOSURE_RECORDED,
        Action.BREACH_LETTERS_MADE,
    }
)


@dataclass(frozen=True)
class DisclosureLine:
    """Personal data given to someone outside the shop: to whom, when, why, what."""

    recipient: str
    at: datetime
    basis: str
    fields: tuple[str, ...] = ()
    reference: str = ""


@dataclass(frozen=True)
class RequestLine:
    id: int
    type: str
    channel: str
    status: str
    received_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class AccessLine:
    """Someone at the shop opened, changed, printed or exported the record: who (full name and
    role, never a login name), what (an audit action code, and a report kind when one was
    printed) and when."""

    at: datetime
    full_name: str
    role: Role | None
    action: str
    kind: str = ""


@dataclass(frozen=True)
class CustomerDataReport:
    customer: CustomerDetails
    disclosures: tuple[DisclosureLine, ...]
    requests: tuple[RequestLine, ...]
    made_at: datetime
    request_id: int | None = None
    accessed_by: tuple[AccessLine, ...] = ()


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def to_json(report: CustomerDataReport) -> dict[str, Any]:
    """Machine-readable form: the same content as the printed report, keys in English."""
    c = report.customer
    return {
        "format": "shopprivacy.customer_data/1",
        "made_at": _value(report.made_at),
        "request_id": report.request_id,
        "customer": {
            "id": c.id,
            "full_name": c.full_name,
            "contacts": [{"kind": str(p.kind), "value": p.value} for p in c.contacts],
            "addresses": [
                {
                    "kind": str(a.kind),
                    "street": a.street,
                    "ward": a.ward,
                    "province": a.province,
                    "text": a.free_text,
                }
                for a in c.addresses
            ],
            "birth_date": _value(c.birth_date),
            "notes": c.notes,
            "source": str(c.source),
            "web_form_ip": c.web_form_ip or None,
            "guardian": None
            if c.guardian is None
            else {
                "name": c.guardian.name,
                "phone": c.guardian.phone,
                "email": c.guardian.email,
                "relationship": c.guardian.relationship,
            },
            "created_at": _value(c.created_at),
            "last_contact_at": _value(c.last_contact_at),
            "kept_until": _value(c.retention_until),
        },
        "orders": [
            {
                "id": o.id,
                "sold_on": _value(o.sold_on),
                "description": o.description,
                "warranty_months": o.warranty_months,
                "warranty_until": _value(o.warranty_until),
            }
            for o in c.orders
        ],
        "consents_in_force": {str(p): granted for p, granted in c.consent_state.items()},
        "consent_history": [
            {
                "id": r.id,
                "purpose": str(r.purpose),
                "granted": r.granted,
                "at": _value(r.at),
                "method": str(r.method),
                "policy_version_id": r.policy_version_id,
                "told": None
                if r.notice is None
                else {
                    "purpose": r.notice.purpose,
                    "channel": r.notice.channel,
                    "frequency": r.notice.frequency,
                },
            }
            for r in sorted(c.consents, key=lambda r: r.id)
        ],
        "disclosures": [
            {
                "recipient": d.recipient,
                "at": _value(d.at),
                "basis": d.basis,
                "fields": list(d.fields),
                "reference": d.reference,
            }
            for d in report.disclosures
        ],
        "requests": [
            {
                "id": r.id,
                "type": r.type,
                "channel": r.channel,
                "status": r.status,
                "received_at": _value(r.received_at),
                "closed_at": _value(r.closed_at),
            }
            for r in report.requests
        ],
        "accessed_by": [
            {
                "full_name": a.full_name,
                "role": None if a.role is None else str(a.role),
                "action": a.action,
                "kind": a.kind or None,
                "when": _value(a.at),
            }
            for a in report.accessed_by
        ],
    }
