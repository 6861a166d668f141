"""Alembic environment: runs migrations on the connection handed over by intake.store.db."""

from alembic import context
from sqlalchemy import create_engine

from intake.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as own_connection:
        _run(own_connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    render_batch = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=render_batch
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
