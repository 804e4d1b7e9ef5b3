"""staff confidentiality undertakings and retention holds

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 02:00:00

Two changes:
- each staff account records its signed confidentiality undertaking (date and version);
- every live customer's "keep until" date is recomputed with the corrected rule (the latest of
  every warranty end and last order or contact plus the director's months). Before, an order
  without warranty set it to the sale date and put a current buyer on the purge list.

The recompute is done here, once, rather than at each open: it runs inside the migration's one
transaction on SQLite and PostgreSQL alike, after the safety copy the app makes before any
migration, and an older backup restored later passes through it too. Only plain columns are
read (dates, warranty months, the months setting): nothing is decrypted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

from shopprivacy.domain.deadlines import SHOP_ZONE
from shopprivacy.domain.orders import add_months
from shopprivacy.domain.retention import retention_until

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

MONTHS_KEY = "retention_months_without_order"
MONTHS_DEFAULT, MONTHS_MIN, MONTHS_MAX = 24, 1, 120

customers = sa.table(
    "customers",
    sa.column("id", sa.Integer),
    sa.column("created_at", sa.DateTime),
    sa.column("last_contact_at", sa.DateTime),
    sa.column("retention_until", sa.Date),
    sa.column("erased_at", sa.DateTime),
)
orders = sa.table(
    "orders",
    sa.column("customer_id", sa.Integer),
    sa.column("sold_on", sa.Date),
    sa.column("warranty_months", sa.Integer),
)
settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch_op:
        batch_op.add_column(sa.Column("undertaking_signed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("undertaking_version", sa.String(length=40), nullable=True))
    _recompute_keep_until(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch_op:
        batch_op.drop_column("undertaking_version")
        batch_op.drop_column("undertaking_signed_on")


def _months(conn: sa.Connection) -> int:
    stored = conn.execute(sa.select(settings.c.value).where(settings.c.key == MONTHS_KEY))
    try:
        value = int(stored.scalar_one())
    except (sa.exc.NoResultFound, TypeError, ValueError):
        return MONTHS_DEFAULT
    return value if MONTHS_MIN <= value <= MONTHS_MAX else MONTHS_DEFAULT


def _day(stored: datetime) -> date:
    # Stored as naive UTC (the app's UtcDateTime); the shop's calendar day is Vietnam's.
    return stored.replace(tzinfo=UTC).astimezone(SHOP_ZONE).date()


def _recompute_keep_until(conn: sa.Connection) -> None:
    months = _months(conn)
    held: dict[int, list[tuple[date, int]]] = {}
    for customer_id, sold, warranty in conn.execute(
        sa.select(orders.c.customer_id, orders.c.sold_on, orders.c.warranty_months)
    ):
        held.setdefault(customer_id, []).append((sold, warranty or 0))
    rows = conn.execute(
        sa.select(
            customers.c.id,
            customers.c.last_contact_at,
            customers.c.created_at,
            customers.c.retention_until,
        ).where(customers.c.erased_at.is_(None))
    ).all()
    changes = []
    for customer_id, last, created, stored in rows:
        sold = held.get(customer_id, [])
        until = retention_until(
            [add_months(day, warranty) for day, warranty in sold],
            _day(last or created),
            months,
            max((day for day, _ in sold), default=None),
        )
        if until != stored:
            changes.append({"b_id": customer_id, "b_until": until})
    if changes:
        conn.execute(
            sa.update(customers)
            .where(customers.c.id == sa.bindparam("b_id"))
            .values(retention_until=sa.bindparam("b_until")),
            changes,
        )
