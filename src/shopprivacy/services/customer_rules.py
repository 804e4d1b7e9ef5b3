"""The director's rules for customer records: which optional fields the shop collects, the age
below which a guardian is needed, how many months after the last order or contact a customer is
kept."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customer_rules import (
    MINOR_AGE,
    RETENTION_MONTHS_WITHOUT_ORDER,
    CustomerRules,
    field_setting,
)
from shopprivacy.domain.customers import OptionalField
from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.orders import add_months
from shopprivacy.domain.retention import retention_until
from shopprivacy.domain.settings import IntSetting
from shopprivacy.domain.staff import Actor
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log
from shopprivacy.services.authz import require
from shopprivacy.services.settings import check_range, write_int
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Customer, Order
from shopprivacy.storage.models import Setting


def load_rules(session: Session) -> CustomerRules:
    """The rules in force, read inside the caller's transaction."""
    keys = [MINOR_AGE.key, RETENTION_MONTHS_WITHOUT_ORDER.key]
    keys += [field_setting(f).key for f in OptionalField]
    query = select(Setting.key, Setting.value).where(Setting.key.in_(keys))
    stored: dict[str, str] = {key: value for key, value in session.execute(query).tuples()}

    def value(s: IntSetting) -> int:
        try:
            v = int(stored[s.key])
        except (KeyError, ValueError):
            return s.default
        return v if s.minimum <= v <= s.maximum else s.default

    return CustomerRules(
        minor_age=value(MINOR_AGE),
        retention_months_without_order=value(RETENTION_MONTHS_WITHOUT_ORDER),
        switched_off=frozenset(f for f in OptionalField if value(field_setting(f)) == 0),
    )


def touch(session: Session, customer_id: int, at: datetime, months: int) -> None:
    """Note a contact with the customer and recompute their retention date.

    A statement-level update on purpose: bookkeeping columns must not bump the record's version,
    or an order taken at one desk would make an edit open at another look stale.
    """
    rows = session.execute(
        select(Order.sold_on, Order.warranty_months).where(Order.customer_id == customer_id)
    ).all()
    until = _keep_until([(sold, warranty) for sold, warranty in rows], local_day(at), months)
    session.execute(
        update(Customer)
        .where(Customer.id == customer_id)
        .values(last_contact_at=at, retention_until=until)
        .execution_options(synchronize_session=False)
    )
    loaded = session.identity_map.get(identity_key(Customer, customer_id))
    if loaded is not None:
        session.refresh(loaded, ["last_contact_at", "retention_until"])


def _keep_until(orders: list[tuple[date, int]], last_contact: date, months: int) -> date:
    """``orders`` as (sold on, warranty months)."""
    ends = [add_months(sold, warranty) for sold, warranty in orders]
    last_order = max((sold for sold, _ in orders), default=None)
    return retention_until(ends, last_contact, months, last_order)


def recompute_retention(session: Session, months: int) -> int:
    """Every live customer's retention date from their orders and last contact, after the
    director changes the months; returns how many dates changed. Plain columns only (nothing
    decrypted), one pass over customers and one over orders, updates sent in batches."""
    orders: dict[int, list[tuple[date, int]]] = {}
    for customer_id, sold, warranty in session.execute(
        select(Order.customer_id, Order.sold_on, Order.warranty_months)
    ):
        orders.setdefault(customer_id, []).append((sold, warranty))
    rows = session.execute(
        select(
            Customer.id, Customer.last_contact_at, Customer.created_at, Customer.retention_until
        ).where(Customer.erased_at.is_(None))
    ).all()
    changes = []
    for customer_id, last, created, stored in rows:
        until = _keep_until(orders.get(customer_id, []), local_day(last or created), months)
        if until != stored:
            changes.append({"b_id": customer_id, "b_until": until})
    table = cast(Table, Customer.__table__)
    for start in range(0, len(changes), 1000):
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(retention_until=bindparam("b_until")),
            changes[start : start + 1000],
        )
    return len(changes)


class CustomerRulesService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def rules(self) -> CustomerRules:
        """Any signed-in staff member (the form hides switched-off fields). Not audited: no
        personal data."""
        with self.vault.db.transaction() as session:
            return load_rules(session)

    def set_field_collected(self, actor: Actor, field: OptionalField, collected: bool) -> None:
        """Director only (CHANGE_SETTINGS). Switching a field off stops new values being
        accepted; values already held stay until corrected or erased. Audit:
        ``setting_changed``."""
        self._set(actor, field_setting(field), 1 if collected else 0)

    def set_minor_age(self, actor: Actor, age: int) -> None:
        """Director only (CHANGE_SETTINGS); 16 (the law) to 21. Audit: ``setting_changed``."""
        self._set(actor, MINOR_AGE, age)

    def set_retention_months(self, actor: Actor, months: int) -> None:
        """Director only (CHANGE_SETTINGS). Every customer's retention date is recomputed at
        once: the months count from each one's last order or contact. Audit:
        ``setting_changed`` with the number of customers updated."""
        self._set(actor, RETENTION_MONTHS_WITHOUT_ORDER, months)

    def _set(self, actor: Actor, setting: IntSetting, value: int) -> None:
        require(self.vault, actor, Permission.CHANGE_SETTINGS, "setting", setting.key)
        check_range(setting, value)
        with self.vault.db.transaction() as session:
            old = write_int(session, setting, value)
            updated = 0
            if setting is RETENTION_MONTHS_WITHOUT_ORDER:
                updated = recompute_retention(session, value)
            audit_log.append(
                session,
                self.vault,
                actor,
                Action.SETTING_CHANGED,
                "setting",
                setting.key,
                old=old,
                new=str(value),
                customers_updated=updated,
            )


def local_day(at: datetime) -> date:
    """The shop's calendar day at ``at`` (Vietnam's time, as on every screen and report)."""
    return at.astimezone(SHOP_ZONE).date()
