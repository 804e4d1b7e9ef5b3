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
    # A plain column added in place (no constraint: on SQLite that would rebuild "customers").
    op.add_column("customers", sa.Column("import_batch_id", sa.Integer(), nullable=True))
    op.create_index(
        op.f("ix_customers_import_batch_id"), "customers", ["import_batch_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_customers_import_batch_id"), table_name="customers")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite drops a column in place (3.35+); Alembic would rebuild the table.
        op.execute("ALTER TABLE customers DROP COLUMN import_batch_id")
    else:
        op.drop_column("customers", "import_batch_id")
    op.drop_table("import_batches")
