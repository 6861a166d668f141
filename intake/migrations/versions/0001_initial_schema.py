"""Initial schema: messages, documents, resolutions, audit, registry, mailbox state, runs.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 10:37:05.794841
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("out_dir", sa.Text(), nullable=False),
        sa.Column("formats", sa.JSON(), nullable=False),
        sa.Column("resolution_ids", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "mailbox_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("folder", sa.String(length=500), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=True),
        sa.Column("highest_uid", sa.BigInteger(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_name", "folder"),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_key", sa.String(length=1000), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("too_large", sa.Boolean(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("sender", sa.String(length=500), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_key"),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_message_id"), ["message_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_messages_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_messages_source_name"), ["source_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_messages_status"), ["status"], unique=False)

    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "poll_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fetched", sa.Integer(), nullable=False),
        sa.Column("stored", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "acknowledgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("recipient", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_pk"],
            ["messages.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_pk", "kind"),
    )
    with op.batch_alter_table("acknowledgements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_acknowledgements_message_pk"), ["message_pk"], unique=False
        )

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=50), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("failed", sa.Text(), nullable=True),
        sa.Column("ocr_confidence", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_pk"],
            ["messages.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_message_pk"), ["message_pk"], unique=False)

    op.create_table(
        "organisation_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("alias"),
    )
    with op.batch_alter_table("organisation_aliases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_aliases_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "resolutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("campaign", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("organisation", sa.String(length=500), nullable=True),
        sa.Column("organisation_as_written", sa.Text(), nullable=True),
        sa.Column("organisation_confidence", sa.Float(), nullable=True),
        sa.Column("meeting_date", sa.String(length=21), nullable=True),
        sa.Column("meeting_date_as_written", sa.Text(), nullable=True),
        sa.Column("meeting_date_confidence", sa.Float(), nullable=True),
        sa.Column("place", sa.String(length=500), nullable=True),
        sa.Column("place_as_written", sa.Text(), nullable=True),
        sa.Column("place_confidence", sa.Float(), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("min_confidence", sa.Float(), nullable=True),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("extraction", sa.JSON(), nullable=False),
        sa.Column("reject_reason", sa.String(length=50), nullable=True),
        sa.Column("reject_note", sa.Text(), nullable=True),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("public_lines", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into"],
            ["resolutions.id"],
        ),
        sa.ForeignKeyConstraint(
            ["message_pk"],
            ["messages.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_pk"),
    )
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resolutions_campaign"), ["campaign"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_resolutions_country_code"), ["country_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_resolutions_meeting_date"), ["meeting_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_resolutions_min_confidence"), ["min_confidence"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_resolutions_organisation"), ["organisation"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_resolutions_status"), ["status"], unique=False)

    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resolution_id", sa.Integer(), nullable=True),
        sa.Column("message_pk", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_pk"],
            ["messages.id"],
        ),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolutions.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_message_pk"), ["message_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_resolution_id"), ["resolution_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_resolution_id"))
        batch_op.drop_index(batch_op.f("ix_audit_message_pk"))

    op.drop_table("audit")
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resolutions_status"))
        batch_op.drop_index(batch_op.f("ix_resolutions_organisation"))
        batch_op.drop_index(batch_op.f("ix_resolutions_min_confidence"))
        batch_op.drop_index(batch_op.f("ix_resolutions_meeting_date"))
        batch_op.drop_index(batch_op.f("ix_resolutions_country_code"))
        batch_op.drop_index(batch_op.f("ix_resolutions_campaign"))

    op.drop_table("resolutions")
    with op.batch_alter_table("organisation_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_aliases_organisation_id"))

    op.drop_table("organisation_aliases")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_message_pk"))

    op.drop_table("documents")
    with op.batch_alter_table("acknowledgements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acknowledgements_message_pk"))

    op.drop_table("acknowledgements")
    op.drop_table("poll_runs")
    op.drop_table("organisations")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_status"))
        batch_op.drop_index(batch_op.f("ix_messages_source_name"))
        batch_op.drop_index(batch_op.f("ix_messages_sha256"))
        batch_op.drop_index(batch_op.f("ix_messages_message_id"))

    op.drop_table("messages")
    op.drop_table("mailbox_state")
    op.drop_table("export_runs")
