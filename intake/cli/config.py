"""`intake config check` and `intake db upgrade`: the configuration and the schema."""

from __future__ import annotations

import json

import click

from intake.app import AppContext, pass_app


@click.group()
def config() -> None:
    """Inspect the configuration.

    \b
    Example:
      intake config check
    """


@config.command("check")
@pass_app
def config_check(app: AppContext) -> None:
    """Print the effective configuration (secrets masked) and check it.

    \b
    Example:
      intake --config /etc/intake.toml config check
    """
    from intake.configcheck import check_configuration
    from intake.settings import describe

    settings = app.settings
    click.echo(json.dumps(describe(settings), indent=2, default=str))
    for line in check_configuration(settings):
        click.echo(line)
    click.echo("configuration OK")


@click.group()
def db() -> None:
    """Manage the database schema.

    \b
    Example:
      intake db upgrade
    """


@db.command("upgrade")
@pass_app
def db_upgrade(app: AppContext) -> None:
    """Create or migrate the database schema to the newest version.

    \b
    Example:
      intake db upgrade
    """
    revision = app.database(check_schema=False, create=True).upgrade()
    click.echo(f"database schema at {revision}")
