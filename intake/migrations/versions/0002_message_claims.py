"""Messages: claims (who took one, when, how many unfinished tries), extraction version, and a
hash of the normalised bytes, so mail read through two sources is stored once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 02:00:00
"""

import sqlalchemy as sa
from alembic import op

from intake.store.messages import content_hash

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("extraction_version", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_messages_content_hash"), ["content_hash"], unique=False
        )
    _hash_stored_messages()


def _hash_stored_messages() -> None:
    connection = op.get_bind()
    messages = sa.table(
        "messages", sa.column("id", sa.Integer), sa.column("content_hash", sa.String)
    )
    ids = [row[0] for row in connection.execute(sa.text("SELECT id FROM messages"))]
    for pk in ids:
        raw = connection.execute(sa.text("SELECT raw FROM messages WHERE id = :id"), {"id": pk})
        digest = content_hash(bytes(raw.scalar_one()))
        connection.execute(messages.update().where(messages.c.id == pk).values(content_hash=digest))


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_content_hash"))
        for column in ("extraction_version", "attempts", "claimed_by", "claimed_at"):
            batch_op.drop_column(column)
        batch_op.drop_column("content_hash")
