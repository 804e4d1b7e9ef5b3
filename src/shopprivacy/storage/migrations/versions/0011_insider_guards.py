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


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("held_until")
    with op.batch_alter_table("audit_pending") as batch:
        batch.drop_column("mac")
