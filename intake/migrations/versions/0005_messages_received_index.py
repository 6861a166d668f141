"""An index on when each message came in (received, else stored), the queue's default order:
listing the newest items then reads 50 index entries instead of every message row, raw bytes
and all.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 18:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_messages_received",
        "messages",
        [sa.text("coalesce(received_at, stored_at)"), "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_messages_received", table_name="messages")
