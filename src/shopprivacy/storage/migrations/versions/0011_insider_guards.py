"""insider guards: audit anchors, contact binding, unique phones

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Parked failed sign-ins carry a keyed seal; rows parked before this version have none and
    # join the chain marked unsealed.
    with op.batch_alter_table("audit_pending") as batch:
        batch.add_column(sa.Column("mac", sa.String(64), nullable=False, server_default=""))
    # The last active director is held back after failures instead of locked.
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("held_until", sa.DateTime(), nullable=True))

    # One live customer per phone or email, enforced by the database (two desks saving the
    # same phone at once both passed the check before). Filled from today's live contacts;
    # where two customers already share one, the older contact keeps the claim.
    op.create_table(
        "contact_claims",
        sa.Column("digest", sa.LargeBinary(16), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("customer_contacts.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
    )
    op.execute(
        "INSERT INTO contact_claims (digest, contact_id) "
        "SELECT cc.digest, min(cc.id) FROM customer_contacts cc "
        "JOIN customers c ON c.id = cc.customer_id "
        "WHERE c.erased_at IS NULL AND cc.digest IS NOT NULL GROUP BY cc.digest"
    )
    # Contacts and consent entries tied to their customer by a keyed seal; rows from before
    # are sealed at the first sign-in after this upgrade (the key is needed).
    for table in ("customer_contacts", "consents"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("bind", sa.String(64), nullable=True))


def downgrade() -> None:
    for table in ("customer_contacts", "consents"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("bind")
    op.drop_table("contact_claims")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("held_until")
    with op.batch_alter_table("audit_pending") as batch:
        batch.drop_column("mac")
