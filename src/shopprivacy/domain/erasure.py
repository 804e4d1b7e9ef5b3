"""What an erasure must keep, and why: the legal holds shown before a deletion is approved.

Vietnam's Law on Accounting (No. 88/2015/QH13, art. 41) has accounting documents kept for at
least ten years, so an order's accounting facts (its number, date, what was sold, warranty) stay
on an anonymous stub while the person is erased. An open warranty is shown so the customer can
choose: after erasure the shop can no longer recognise them as the buyer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP

CTX = "requests"
ACCOUNTING_YEARS = 10

ACCOUNTING_HOLD = QT_TRANSLATE_NOOP(
    "requests",
    "Accounting documents must be kept for at least {years} years (Law on Accounting "
    "No. 88/2015/QH13): for each order we keep its number, date, what was sold and the "
    "warranty, without the buyer's name or contact details.",
)
WARRANTY_HOLD = QT_TRANSLATE_NOOP(
    "requests",
    "Order #{order} is under warranty until {until}. After the deletion we can no longer "
    "recognise you as its buyer, so please keep your invoice to claim the warranty.",
)


@dataclass(frozen=True)
class OrderHold:
    order_id: int
    sold_on: date
    warranty_until: date

    def warranty_open(self, today: date) -> bool:
        return self.warranty_until >= today


@dataclass(frozen=True)
class LegalHolds:
    """Checked before a deletion: the orders whose accounting facts stay, and which of them are
    still under warranty on ``today``."""

    today: date
    orders: tuple[OrderHold, ...] = ()

    @property
    def open_warranties(self) -> tuple[OrderHold, ...]:
        return tuple(o for o in self.orders if o.warranty_open(self.today))

    @property
    def keeps_anything(self) -> bool:
        return bool(self.orders)


@dataclass(frozen=True)
class ErasureResult:
    customer_id: int
    erased_at_iso: str
    orders_kept: int
    requests_kept: int
