"""Suspected duplicates stored when an item is written, not found again on every listing;
each resolution's folded text length, so that finding them reads only texts of about its
length. Existing items are compared once here.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 03:00:00
"""

import sqlalchemy as sa
from alembic import op

from intake.queue.duplicates import rebuild_duplicates

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suspected_duplicates",
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("why", sa.String(length=200), nullable=False),
        sa.Column("other_sender", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["resolution_id"], ["resolutions.id"]),
        sa.ForeignKeyConstraint(["other_id"], ["resolutions.id"]),
        sa.PrimaryKeyConstraint("resolution_id", "other_id"),
    )
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("folded_length", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_resolutions_folded_length"), ["folded_length"], unique=False
        )
    rebuild_duplicates(op.get_bind())  # the items stored so far, compared once


def downgrade() -> None:
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resolutions_folded_length"))
        batch_op.drop_column("folded_length")
    op.drop_table("suspected_duplicates")
