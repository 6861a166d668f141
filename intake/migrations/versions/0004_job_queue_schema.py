"""The job queue's tables and functions (Procrastinate), on PostgreSQL only.

Procrastinate ships its schema as SQL; its version is pinned in pyproject.toml, so the schema
applied here is the one the installed library expects. A later Procrastinate release that changes
the schema gets a revision of ours applying its migration files. SQLite has no job queue: there
this revision does nothing.

Revision ID: 0003
Revises: 0003
Create Date: 2026-12-07 02:00:00
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from procrastinate.schema import SchemaManager

    # Several statements in one call: psycopg sends them as one simple query when no
    # parameters are given, and then a "%" in the SQL is not a placeholder.
    bind.exec_driver_sql(SchemaManager.get_schema().replace("%", "%%"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table in ("events", "periodic_defers", "jobs", "workers"):
        op.execute(f"DROP TABLE IF EXISTS procrastinate_{table} CASCADE")
    functions = bind.exec_driver_sql(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE p.proname LIKE 'procrastinate%%' "
        "AND n.nspname = current_schema()"
    ).scalars()
    for signature in list(functions):
        op.execute(f"DROP FUNCTION IF EXISTS {signature} CASCADE")
    for name in ("job_to_defer_v1", "job_event_type", "job_status"):
        op.execute(f"DROP TYPE IF EXISTS procrastinate_{name} CASCADE")
