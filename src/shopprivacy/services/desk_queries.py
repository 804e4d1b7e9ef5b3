"""What the sales desk's customer list shows: a search summary per line (masked as the role
requires) with the province and the date the record is kept until. One page at a time, so a
list of 100,000 customers stays quick."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shopprivacy.domain.customers import CustomerSummary
from shopprivacy.domain.staff import Actor
from shopprivacy.services.customers import CustomerService
from shopprivacy.services.vault import Vault

# The list counts matches up to this many and beyond says "1,000 or more": nobody scrolls
# further, and counting 40,000 Nguyễns on every key press would slow typing down.
COUNT_LIMIT = 1000


@dataclass(frozen=True)
class DeskLine:
    """One line of the desk's list: the search summary (masked as the role requires), the
    province of the first address that names one, and the retention date."""

    summary: CustomerSummary

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def province(self) -> str:
        return self.summary.province

    @property
    def retention_until(self) -> date | None:
        return self.summary.retention_until


@dataclass(frozen=True)
class DeskPage:
    """The first page of the list and how many lines there are: ``total``, or that many or
    more when ``more`` is set."""

    lines: list[DeskLine]
    total: int
    more: bool


class DeskQueries:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.customers = CustomerService(vault)

    def first_page(self, actor: Actor, text: str, limit: int = 50) -> DeskPage:
        """Every role (FIND_CUSTOMER), through ``CustomerService.find_customers``: same
        matching, order, masking and audit (``customer_searched`` for a full phone or email).
        The province is not masked for any role (ward and province stay visible in masked
        details too)."""
        found = self.customers.find_customers(actor, text, limit, COUNT_LIMIT)
        return DeskPage([DeskLine(r) for r in found.rows], found.total, found.more)

    def list_page(
        self, actor: Actor, text: str, limit: int = 50, offset: int = 0
    ) -> list[DeskLine]:
        """Every role (FIND_CUSTOMER): a later page of the same list, through
        ``CustomerService.search_customers`` (same matching, order, masking and audit)."""
        return [DeskLine(r) for r in self.customers.search_customers(actor, text, limit, offset)]
