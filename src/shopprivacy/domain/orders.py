"""Orders: what was sold or installed, when, and for how long it is under warranty."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

MAX_WARRANTY_MONTHS = 120


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, or the month's last day (31 January + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class NewOrder:
    sold_on: date
    description: str
    warranty_months: int = 0


@dataclass(frozen=True)
class OrderInfo:
    id: int
    customer_id: int
    sold_on: date
    description: str
    warranty_months: int
    created_by: int | None
    created_at: datetime

    @property
    def warranty_until(self) -> date:
        return add_months(self.sold_on, self.warranty_months)
