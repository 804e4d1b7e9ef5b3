"""Orders: what the shop sold or installed for a customer; they set the retention date."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopprivacy.domain.audit import Action
from shopprivacy.domain.customer_validation import check_guardian
from shopprivacy.domain.errors import ValidationError
from shopprivacy.domain.names import clean_text
from shopprivacy.domain.orders import MAX_WARRANTY_MONTHS, NewOrder, OrderInfo
from shopprivacy.domain.staff import Actor
from shopprivacy.i18n.markers import QT_TRANSLATE_NOOP
from shopprivacy.security.permissions import Permission
from shopprivacy.services import audit_log, customer_records
from shopprivacy.services.authz import require
from shopprivacy.services.customer_rules import load_rules, local_day, touch
from shopprivacy.services.processing import refuse_if_stopped
from shopprivacy.services.vault import Vault
from shopprivacy.storage.customer_models import Order

MAX_DESCRIPTION = 500


def _validate(order: NewOrder) -> str:
    description = clean_text(order.description)
    if not description:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write what was sold or installed."), field="description"
        )
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A description can have at most {n} characters."),
            field="description",
            n=MAX_DESCRIPTION,
        )
    if not 0 <= order.warranty_months <= MAX_WARRANTY_MONTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Warranty is from 0 to {n} months."),
            field="warranty_months",
            n=MAX_WARRANTY_MONTHS,
        )
    return description


class OrderService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add_order(self, actor: Actor, customer_id: int, order: NewOrder) -> OrderInfo:
        """Sales and director (MANAGE_ORDERS). A child's order needs the guardian's recorded
        consent first. Recomputes the customer's retention date. Audit: ``order_added`` with
        the order id and warranty months."""
        require(self.vault, actor, Permission.MANAGE_ORDERS, "customer", customer_id)
        refuse_if_stopped(self.vault, actor, [customer_id], "order")
        now = self.vault.now()
        today = local_day(now)
        description = _validate(order)
        if order.sold_on > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The sale date cannot be in the future."),
                field="sold_on",
            )
        with self.vault.db.transaction() as session:
            row = customer_records.get_live(session, customer_id)
            rules = load_rules(session)
            birth, guardian = customer_records.read_birth_and_guardian(self.vault, row)
            check_guardian(birth, guardian, today, rules.minor_age)
            entry = self._insert(session, actor, customer_id, order, description)
            touch(session, customer_id, now, rules.retention_months_without_order)
            audit_log.append(
                session, self.vault, actor, Action.ORDER_ADDED, "customer", customer_id,
                order_id=entry.id, warranty_months=order.warranty_months,
            )  # fmt: skip
            orders = customer_records.read_orders(session, self.vault, customer_id)
            return next(o for o in orders if o.id == entry.id)

    def _insert(
        self, session: Session, actor: Actor, customer_id: int, order: NewOrder, text: str
    ) -> Order:
        entry = Order(
            customer_id=customer_id, sold_on=order.sold_on,
            warranty_months=order.warranty_months, created_by=actor.staff_id,
            created_at=self.vault.now(),
        )  # fmt: skip
        session.add(entry)
        session.flush()
        entry.description_enc = self.vault.cipher.seal("orders", "description", entry.id, text)
        return entry
