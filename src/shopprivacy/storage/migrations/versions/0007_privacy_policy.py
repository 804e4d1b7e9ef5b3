"""policy documents and the register of processing purposes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processing_purposes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("basis", sa.String(length=24), nullable=False),
        sa.Column("data_used", sa.String(length=400), nullable=False),
        sa.Column("retention", sa.String(length=200), nullable=False),
        sa.Column("retention_months", sa.Integer(), nullable=True),
        sa.Column("consent_purpose", sa.String(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processing_purposes")),
        sa.UniqueConstraint("key", name=op.f("uq_processing_purposes_key")),
    )
    with op.batch_alter_table("policy_versions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("facts_enc", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("shop_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hours_enc", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("dp_officer_enc", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("dp_officer_phone_enc", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("installs_cameras", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("country", sa.String(length=2), server_default="VN", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_column("country")
    with op.batch_alter_table("shop_profile", schema=None) as batch_op:
        batch_op.drop_column("installs_cameras")
        batch_op.drop_column("dp_officer_phone_enc")
        batch_op.drop_column("dp_officer_enc")
        batch_op.drop_column("hours_enc")
    with op.batch_alter_table("policy_versions", schema=None) as batch_op:
        batch_op.drop_column("facts_enc")
    op.drop_table("processing_purposes")
