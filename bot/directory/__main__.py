"""Command line for the directory: `python -m bot.directory build --db resources.db`.

A click group, so staff commands (mark a line inactive, record a call check)
can be added beside `build` later.
"""
from __future__ import annotations

from pathlib import Path

import click

from bot.directory.search import open_directory
from bot.directory.seed import SeedError, build_database
from bot.paths import SEED_CSV, STATUS_OVERRIDES_CSV

EXISTING_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group()
def cli() -> None:
    """Build and look after the victim-services directory (resources.db)."""


@cli.command()
@click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), required=True,
    help="Directory database to write; replaced in one step, so a running bot keeps working.",
)  # fmt: skip
@click.option(
    "--seed", "seed_csv", type=EXISTING_FILE, default=SEED_CSV, show_default=True,
    help="Vetted seed CSV of services (never edited by this tool).",
)  # fmt: skip
@click.option(
    "--overrides", "overrides_csv", type=EXISTING_FILE, default=STATUS_OVERRIDES_CSV, show_default=True,
    help="CSV of status changes (name,status,reason) that follow from the seed README's warnings.",
)  # fmt: skip
@click.option("--no-overrides", is_flag=True, help="Ignore the overrides file (for checking the raw seed only).")
def build(db_path: Path, seed_csv: Path, overrides_csv: Path, no_overrides: bool) -> None:
    """Build the directory from the seed CSV and the status overrides."""
    try:
        build_database(db_path, seed_csv, None if no_overrides else overrides_csv)
    except SeedError as error:
        raise click.ClickException(str(error)) from error
    db = open_directory(db_path)
    try:
        counts = dict(db.execute("SELECT status, COUNT(*) FROM service GROUP BY status").fetchall())
    finally:
        db.close()
    click.echo(f"built {db_path}: {counts.get('active', 0)} active and {counts.get('inactive', 0)} inactive services")


if __name__ == "__main__":
    cli()
