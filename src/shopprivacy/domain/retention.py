"""How long a customer's record is kept: the shop's rule.

A customer is kept until the LATEST of: the end of every warranty they hold, and their last
order or last contact plus the director's months. An order without warranty must never make the
date earlier than that: the buyer of yesterday is a current customer, not one to erase. Orders
themselves are accounting documents kept ten years (domain.erasure): erasing the person leaves
them on an anonymous stub, so this date is about the person's data, not the orders.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from shopprivacy.domain.orders import add_months


def retention_until(
    warranty_ends: Iterable[date],
    last_contact: date,
    months_without_order: int,
    last_order: date | None = None,
) -> date:
    """The latest of every warranty end and (last order or last contact) + the months."""
    active = max(last_contact, last_order) if last_order is not None else last_contact
    return max([add_months(active, months_without_order), *warranty_ends])
