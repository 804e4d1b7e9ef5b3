"""Counts for the director's overview that no single feature area owns."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission
from shopprivacy.services.authz import require
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer

# Decree 356/2025: the small-business exemptions (no impact assessment, no data-protection
# officer) end once a shop processes the data of 100,000 people. Warn well before that.
PEOPLE_LIMIT = 100_000
PEOPLE_WARN_FROM = 80_000


@dataclass(frozen=True)
class PeopleHeld:
    count: int
    limit: int = PEOPLE_LIMIT
    warn_from: int = PEOPLE_WARN_FROM

    @property
    def near_limit(self) -> bool:
        return self.count >= self.warn_from

    @property
    def over_limit(self) -> bool:
        return self.count >= self.limit


class OverviewService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def people_held(self, actor: Actor) -> PeopleHeld:
        """Director only (VIEW_OVERVIEW): how many customers' data the shop holds (erased ones
        excluded). A count reveals no record, so it is not audited."""
        require(self.vault, actor, Permission.VIEW_OVERVIEW)
        with self.vault.db.transaction() as session:
            count = session.scalar(
                select(func.count()).select_from(Customer).where(Customer.erased_at.is_(None))
            )
        return PeopleHeld(count or 0)
