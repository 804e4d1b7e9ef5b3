"""How long a customer's record is kept: the shop's rule."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from shopprivacy.domain.orders import add_months


def retention_until(
    warranty_ends: Iterable[date], last_contact: date, months_without_order: int
) -> date:
    """The latest warranty end; with no order, the last contact plus the director's months."""
    ends = list(warranty_ends)
    if ends:
        return max(ends)
    return add_months(last_contact, months_without_order)
