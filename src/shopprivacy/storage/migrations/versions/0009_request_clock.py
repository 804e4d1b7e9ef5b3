"""request clock pauses, links and reply-letter snapshots

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("data_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("waiting_since", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("waiting_reason_enc", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("paused_seconds", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("linked_to", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("honorific_enc", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("letter_addressee_enc", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("letter_keep_until", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_data_requests_linked_to_data_requests"),
            "data_requests",
            ["linked_to"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("data_requests", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_data_requests_linked_to_data_requests"), type_="foreignkey"
        )
        for column in (
            "letter_keep_until",
            "letter_addressee_enc",
            "honorific_enc",
            "linked_to",
            "paused_seconds",
            "waiting_reason_enc",
            "waiting_since",
        ):
            batch_op.drop_column(column)
