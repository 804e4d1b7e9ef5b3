"""official papers and imports

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Where each imported customer came from: the tool's layout and the file (sealed).
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile", sa.String(length=32), nullable=True),
        sa.Column("file_name_enc", sa.LargeBinary(), nullable=True),
        sa.Column("imported_by", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("import_batch_id", sa.Integer(), nullable=True))
        batch.create_index(
            batch.f("ix_customers_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch.create_foreign_key(
            batch.f("fk_customers_import_batch_id_import_batches"),
            "import_batches", ["import_batch_id"], ["id"],
        )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_constraint(
            batch.f("fk_customers_import_batch_id_import_batches"), type_="foreignkey"
        )
        batch.drop_index(batch.f("ix_customers_import_batch_id"))
        batch.drop_column("import_batch_id")
    op.drop_table("import_batches")
