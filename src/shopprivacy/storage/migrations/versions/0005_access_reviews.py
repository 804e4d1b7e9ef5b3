"""reviews of access-review flags

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 10:36:32.258499
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_flag_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("flag_key", sa.String(length=96), nullable=False),
        sa.Column("reviewed_by", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("note_enc", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_flag_reviews")),
        sa.UniqueConstraint("flag_key", name=op.f("uq_access_flag_reviews_flag_key")),
    )


def downgrade() -> None:
    op.drop_table("access_flag_reviews")
