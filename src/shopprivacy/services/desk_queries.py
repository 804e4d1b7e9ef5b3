"""What the sales desk's customer list shows beyond a search summary: the province and the date
the record is kept until. One page at a time, so a list of 100,000 customers stays quick."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from shopprivacy.domain.customers import CustomerSummary
from shopprivacy.domain.errors import DamagedRecord
from shopprivacy.domain.staff import Actor
from shopprivacy.services.customers import CustomerService
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer, CustomerAddress


@dataclass(frozen=True)
class DeskLine:
    """One line of the desk's list: the search summary (masked as the role requires), the
    province of the first address that names one, and the retention date."""

    summary: CustomerSummary
    province: str
    retention_until: date | None

    @property
    def id(self) -> int:
        return self.summary.id


class DeskQueries:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.customers = CustomerService(vault)

    def list_page(
        self, actor: Actor, text: str, limit: int = 50, offset: int = 0
    ) -> list[DeskLine]:
        """Every role (FIND_CUSTOMER), through ``CustomerService.search_customers``: same
        matching, order, masking and audit (``customer_searched`` for a full phone or email on
        the first page). The province is not masked for any role (ward and province stay
        visible in masked details too); nothing more is audited here."""
        rows = self.customers.search_customers(actor, text, limit, offset)
        ids = [r.id for r in rows if not r.damaged]
        kept: dict[int, date | None] = {}
        provinces: dict[int, str] = {}
        if ids:
            with self.vault.db.transaction() as session:
                query = select(Customer.id, Customer.retention_until).where(Customer.id.in_(ids))
                kept = {cid: until for cid, until in session.execute(query).tuples()}
                addresses = session.scalars(
                    select(CustomerAddress)
                    .where(CustomerAddress.customer_id.in_(ids))
                    .order_by(CustomerAddress.customer_id, CustomerAddress.id)
                )
                for a in addresses:
                    if provinces.get(a.customer_id):
                        continue
                    try:
                        raw = self.vault.cipher.open(
                            "customer_addresses", "value", a.id, a.value_enc
                        )
                    except DamagedRecord:
                        continue  # the list still shows; opening the customer reports it
                    province = str(json.loads(raw or "{}").get("province") or "")
                    if province:
                        provinces[a.customer_id] = province
        return [DeskLine(r, provinces.get(r.id, ""), kept.get(r.id)) for r in rows]

    def count(self, actor: Actor, text: str) -> int:
        """Every role (FIND_CUSTOMER): the number of lines ``list_page`` can give for ``text``.
        Not audited (it reveals no record)."""
        return self.customers.count_customers(actor, text)
