"""The `directory` command: build the directory, and let staff keep it current without code or SQL.

Installed as the console script `directory` (pyproject.toml) and runnable as
`python -m bot.directory`. Reading commands open the directory read-only;
changing ones go through edits.py, which checks everything first, writes
all or nothing and logs who changed what. A confidential location's address is
never printed or exported unless staff ask for it with a flag.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlite_utils import Database

from bot.admin.cli import user
from bot.directory import audit, edits, freshness, io_csv, io_hsds
from bot.directory.backup import backup_directory
from bot.directory.entries import Entry, differences, read_entry, withheld
from bot.directory.models import CATEGORIES, STATUSES
from bot.directory.search import open_directory
from bot.directory.seed import ENTRY_COLUMNS, SeedError, build_database
from bot.directory.validate import InvalidEntries
from bot.geo import canonical_town
from bot.refusals import refusing
from bot.paths import SEED_CSV, STATUS_OVERRIDES_CSV, resources_db

F = TypeVar("F", bound=Callable[..., Any])
EXISTING_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
DAY = click.DateTime(formats=["%Y-%m-%d"])
FORMATS = ("csv", "hsds-json", "hsds-csv")
# How each import format numbers what it reads, for the problems it reports.
READERS: dict[str, tuple[Callable[[Path], list[tuple[int, dict[str, str]]]], str]] = {
    "csv": (io_csv.read_rows, "row"),
    "hsds-json": (io_hsds.read_json, "service"),
    "hsds-csv": (io_hsds.read_tables, "services.csv row"),
}
SEARCH_SQL = """
SELECT s.id, s.name, s.category, s.scope, s.status, s.last_verified FROM service s
JOIN organization o ON o.id = s.organization_id
WHERE (:like IS NULL OR s.name LIKE :like OR s.id LIKE :like OR o.name LIKE :like)
  AND (:category IS NULL OR s.category = :category)
  AND (:status IS NULL OR s.status = :status)
  AND (:town IS NULL OR s.id IN (SELECT service_id FROM service_area WHERE town = :town AND scope = 'town'))
ORDER BY s.name
"""


def db_option(command: F) -> F:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=resources_db,
        show_default="resources.db, or $RESOURCES_DB", help="The directory database.",
    )(command)  # fmt: skip


def by_option(command: F) -> F:
    return click.option(
        "--by", "by", metavar="NAME", envvar=audit.ACTOR_ENV, show_envvar=True,
        help="Who is making the change, for the audit trail (required).",
    )(command)  # fmt: skip


# Every refusal is a short message and exit status 1; nothing was changed.
reports_problems = refusing(
    (InvalidEntries, edits.UnknownService, audit.MissingActor, FileNotFoundError, FileExistsError), "the directory"
)


@contextmanager
def reading(db_path: Path) -> Iterator[Database]:
    db = open_directory(edits.require_directory(db_path))
    try:
        yield db
    finally:
        db.close()


@contextmanager
def editing(db_path: Path) -> Iterator[Database]:
    db = edits.open_for_edit(db_path)
    try:
        yield db
    finally:
        db.close()


def field_values(pairs: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise click.UsageError(f"{pair!r} is not FIELD=VALUE (quote values with spaces: phone=\"988 then press 1\")")
        values[name.strip()] = value.strip()
    return values


def shown(db: Database, entry: Entry | None, show_confidential: bool) -> Entry | None:
    return entry if entry is None or show_confidential else withheld(db, entry)


def echo_change(db: Database, header: str, before: Entry | None, after: Entry, show_confidential: bool = False) -> None:
    """The header, then each changed field; a confidential address only if staff asked for it."""
    click.echo(header + ("" if before else " (new entry)"))
    for name, old, new in differences(shown(db, before, show_confidential), shown(db, after, show_confidential)):
        click.echo(f"    {name}: {old!r} -> {new!r}" if before else f"    {name}: {new!r}")


def verified_text(last_verified: str | None, since: str) -> str:
    checked = f"verified {last_verified}" if last_verified else "never verified"
    return checked + (", stale" if freshness.is_stale(last_verified, since) else "")


@click.group()
def cli() -> None:
    """Build and look after the victim-services directory (resources.db).

    Staff commands check every value before writing, write all or nothing, and
    record who changed what (`directory audit`). The running bot sees each
    change at once. Fields are the seed CSV's columns; `directory show ID`
    lists them.
    """


@cli.command()
@db_option
@click.option(
    "--seed", "seed_csv", type=EXISTING_FILE, default=SEED_CSV, show_default=True,
    help="Vetted seed CSV of services (never edited by this tool).",
)  # fmt: skip
@click.option(
    "--overrides", "overrides_csv", type=EXISTING_FILE, default=STATUS_OVERRIDES_CSV, show_default=True,
    help="CSV of status changes (name,status,reason) that follow from the seed README's warnings.",
)  # fmt: skip
@click.option("--no-overrides", is_flag=True, help="Ignore the overrides file (for checking the raw seed only).")
@click.option("--force", is_flag=True, help="Rebuild even a directory staff have changed; their changes are lost.")
@click.option(
    "--keep-edited", is_flag=True,
    help="Leave a directory staff have changed as it is, with a notice, instead of failing (what make uses).",
)  # fmt: skip
def build(
    db_path: Path, seed_csv: Path, overrides_csv: Path, no_overrides: bool, force: bool, keep_edited: bool
) -> None:
    """Build the directory from the seed CSV and the status overrides.

    Replaced in one step, so a running bot keeps working. Once staff have
    changed a directory it is the source of truth and is not rebuilt unless
    --force is given.
    """
    edited = audit.edit_summary(db_path)
    if edited and not force:
        count, at, who = edited
        message = (
            f"{db_path} has {count} staff change(s), the last at {at} by {who}, so it is not rebuilt from the seed."
            f" To take in seed changes: directory import {seed_csv} --dry-run, then without --dry-run."
            " To start again from the seed: directory backup FILE, then build --force."
        )
        if keep_edited:
            click.echo(message, err=True)
            edits.refresh_derived(db_path)
            return
        raise click.ClickException(message)
    try:
        build_database(db_path, seed_csv, None if no_overrides else overrides_csv)
    except SeedError as error:
        raise click.ClickException(str(error)) from error
    with reading(db_path) as db:
        counts = dict(db.execute("SELECT status, COUNT(*) FROM service GROUP BY status").fetchall())
    click.echo(f"built {db_path}: {counts.get('active', 0)} active and {counts.get('inactive', 0)} inactive services")


@cli.command()
@db_option
@click.argument("text", required=False)
@click.option("--category", type=click.Choice(CATEGORIES), help="Only this kind of help.")
@click.option("--town", help="Only entries that list this Connecticut town (villages count as their town).")
@click.option("--status", type=click.Choice(STATUSES), help="Only active or only inactive entries.")
@reports_problems
def search(db_path: Path, text: str | None, category: str | None, town: str | None, status: str | None) -> None:
    """List entries whose name, id or organization contains TEXT, with their status and last check."""
    canonical = canonical_town(town) if town else None
    if town and canonical is None:
        raise click.BadParameter(f"{town!r} is not a Connecticut town or village", param_hint="--town")
    params = {"like": f"%{text}%" if text else None, "category": category, "status": status, "town": canonical}
    since = freshness.fresh_since()
    with reading(db_path) as db:
        rows = db.execute(SEARCH_SQL, params).fetchall()
    for service_id, name, kind, scope, state, last_verified in rows:
        click.echo(f"{service_id}\n    {name} [{kind}, {scope}, {state}, {verified_text(last_verified, since)}]")
    click.echo(f"{len(rows)} found")


@cli.command()
@db_option
@click.argument("service_id", metavar="ID")
@click.option("--show-confidential", is_flag=True, help="Print a confidential location's address (staff eyes only).")
@reports_problems
def show(db_path: Path, service_id: str, show_confidential: bool) -> None:
    """Print every field of the entry ID, and whether it is due a check."""
    with reading(db_path) as db:
        entry = shown(db, read_entry(db, service_id), show_confidential)
    if entry is None:
        raise edits.UnknownService(f"no entry has the id {service_id!r}")
    width = max(map(len, ENTRY_COLUMNS))
    for name in ENTRY_COLUMNS:
        click.echo(f"{name:<{width}}  {entry[name]}")
    state = verified_text(entry["last_verified"] or None, freshness.fresh_since())
    click.echo(f"{'check':<{width}}  {state} (period {freshness.stale_after_days()} days)")


@cli.command()
@db_option
@click.argument("fields", nargs=-1, required=True, metavar="FIELD=VALUE...")
@by_option
@reports_problems
def add(db_path: Path, fields: tuple[str, ...], by: str | None) -> None:
    """Add an entry: name, organization, category and scope are required.

    The id is made from the name unless id=... is given. Example:
    directory add name="Example Line" organization="Example Org" category=hotline
    scope=local phone=860-555-0150 service_area_towns="Hartford; West Hartford" --by alice
    """
    with editing(db_path) as db:
        change = edits.add_service(db, field_values(fields), by or "")
        echo_change(db, f"added {change.service_id}", None, change.after)


@cli.command()
@db_option
@click.argument("service_id", metavar="ID")
@click.argument("fields", nargs=-1, required=True, metavar="FIELD=VALUE...")
@by_option
@reports_problems
def update(db_path: Path, service_id: str, fields: tuple[str, ...], by: str | None) -> None:
    """Change fields of the entry ID, e.g. phone="860-555-0150; 211 then press 1" hours=24/7.

    Fields: the seed CSV's columns (see `directory show ID`), plus office_address
    and status; description, towns, url and address are short names for services,
    service_area_towns, website and office_address. Lists (phone, sms, towns,
    languages) are separated by ';'. An empty value clears a field. The id cannot
    change, and last_verified changes only with `directory verify`.
    """
    with editing(db_path) as db:
        change = edits.update_service(db, service_id, field_values(fields), by or "")
        if change is None:
            click.echo(f"{service_id} already has those values; nothing changed")
        else:
            echo_change(db, f"updated {service_id}", change.before, change.after)


@cli.command()
@db_option
@click.argument("service_id", metavar="ID")
@click.option("--reason", help="Why (line closed, program moved); added to the entry's notes.")
@by_option
@reports_problems
def deactivate(db_path: Path, service_id: str, reason: str | None, by: str | None) -> None:
    """Stop the bot showing the entry ID; it stays in the directory with its history."""
    with editing(db_path) as db:
        change = edits.deactivate_service(db, service_id, by or "", reason=reason)
        if change is None:
            click.echo(f"{service_id} is already inactive; nothing changed")
        else:
            echo_change(db, f"deactivated {service_id}", change.before, change.after)


@cli.command()
@db_option
@click.argument("service_id", metavar="ID")
@click.option("--date", "on", type=DAY, help="The day it was checked, YYYY-MM-DD (default today).")
@by_option
@reports_problems
def verify(db_path: Path, service_id: str, on: datetime | None, by: str | None) -> None:
    """Record that someone checked the entry ID (called the line): sets its last verified date."""
    with editing(db_path) as db:
        change = edits.verify_service(db, service_id, by or "", on=on.date() if on else None)
        if change is None:
            click.echo(f"{service_id} was already recorded as verified on that day; nothing changed")
        else:
            echo_change(db, f"verified {service_id}", change.before, change.after)


@cli.command()
@db_option
@click.option(
    "--days", type=click.IntRange(min=1), default=freshness.stale_after_days,
    show_default=f"${freshness.STALE_DAYS_ENV} or {freshness.DEFAULT_STALE_DAYS}",
    help="How long a check stays good; search shows entries checked within it first.",
)  # fmt: skip
@click.option("--today", type=DAY, help="Count from this day instead of today, YYYY-MM-DD (to plan ahead).")
@reports_problems
def stale(db_path: Path, days: int, today: datetime | None) -> None:
    """List active entries not verified within the period, never-verified first, then oldest check first."""
    with reading(db_path) as db:
        found = freshness.stale_entries(db, days, today.date() if today else None)
    for entry in found:
        click.echo(f"{entry.last_verified or 'never':<10}  {entry.id}\n            {entry.name}")
    since = freshness.fresh_since(today.date() if today else None, days)
    click.echo(f"{len(found)} active entries not verified since {since}")


@cli.command(name="import")
@db_option
@click.argument("source", metavar="FILE", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format", "file_format", type=click.Choice(("auto", *FORMATS)), default="auto", show_default=True,
    help="csv: the seed's columns; hsds-json: HSDS 3.0 services; hsds-csv: a folder of HSDS CSV tables."
    " auto: a folder is hsds-csv, a .json file hsds-json, anything else csv.",
)  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Check the file and show what would change; write nothing.")
@click.option("--show-confidential", is_flag=True, help="Print confidential addresses in the list of changes.")
@by_option
@reports_problems
def import_(
    db_path: Path, source: Path, file_format: str, dry_run: bool, show_confidential: bool, by: str | None
) -> None:
    """Add or replace the entries in FILE, matched by id; all or nothing.

    Every row is checked first; one bad row and nothing is written. Entries not
    in the file are left alone, and a blank or missing status, last_verified or
    office_address keeps the entry's own. Importing the same file again changes
    nothing.
    """
    if file_format == "auto":
        file_format = "hsds-csv" if source.is_dir() else "hsds-json" if source.suffix.lower() == ".json" else "csv"
    read, label = READERS[file_format]
    with editing(db_path) as db:
        changes = edits.import_entries(db, read(source), by or "", dry_run=dry_run, label=label)
        for change in changes:
            verb = "would change" if dry_run else "changed"
            echo_change(db, f"{verb} {change.service_id}", change.before, change.after, show_confidential)
    added = sum(change.before is None for change in changes)
    summary = f"{added} new and {len(changes) - added} changed entries"
    click.echo(summary + (" (dry run: nothing written)" if dry_run else ""))


@cli.command()
@db_option
@click.option("--format", "file_format", type=click.Choice(FORMATS), default="csv", show_default=True,
              help="csv: the seed's columns (re-importable); hsds-json: an HSDS 3.0 /services page;"
              " hsds-csv: HSDS CSV tables in the --output folder.")  # fmt: skip
@click.option("--output", type=click.Path(path_type=Path), help="File (or folder, for hsds-csv) to write; default stdout.")
@click.option(
    "--include-confidential", is_flag=True,
    help="Include confidential locations' addresses (a full copy for staff; never for sharing).",
)  # fmt: skip
@reports_problems
def export(db_path: Path, file_format: str, output: Path | None, include_confidential: bool) -> None:
    """Write every entry, in directory order, as a spreadsheet or as Open Referral HSDS 3.0."""
    if file_format == "hsds-csv" and output is None:
        raise click.UsageError("hsds-csv writes several tables: give a folder with --output")
    with reading(db_path) as db:
        if file_format == "hsds-csv":
            count = io_hsds.export_tables(db, output, include_confidential)
        else:
            with click.open_file(str(output) if output else "-", "w", encoding="utf-8") as handle:
                if file_format == "csv":
                    count = io_csv.write_entries(db, handle, include_confidential)
                else:
                    page = io_hsds.export_page(db, include_confidential)
                    json.dump(page, handle, indent=2, ensure_ascii=False)
                    handle.write("\n")
                    count = page["total_items"]
    withheld_note = "" if include_confidential else "; confidential addresses left out (--include-confidential)"
    click.echo(f"exported {count} entries as {file_format}{withheld_note}", err=True)


@cli.command(name="audit")
@db_option
@click.argument("service_id", metavar="[ID]", required=False)
@click.option("--since", type=DAY, help="Only changes on or after this day, YYYY-MM-DD (UTC).")
@click.option("--until", type=DAY, help="Only changes on or before this day, YYYY-MM-DD (UTC).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many changes.")
@click.option("--show-confidential", is_flag=True, help="Print confidential addresses in the changes.")
@reports_problems
def audit_(
    db_path: Path, service_id: str | None, since: datetime | None, until: datetime | None, limit: int | None,
    show_confidential: bool,
) -> None:  # fmt: skip
    """Show who changed what and when, newest first: every change, or the entry ID's."""
    with reading(db_path) as db:
        found = audit.history(db, service_id, since and since.date(), until and until.date(), limit)
        for record in found:
            header = f"{record.at}  {record.actor}  {record.action}  {record.service_id}"
            echo_change(db, header, record.before, record.after, show_confidential)
    click.echo(f"{len(found)} change(s)")


@cli.command()
@db_option
@click.argument("target", metavar="PATH", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace PATH if it exists.")
@reports_problems
def backup(db_path: Path, target: Path, replace: bool) -> None:
    """Copy the live directory to PATH, safely while the bot is running (SQLite's online backup)."""
    backup_directory(edits.require_directory(db_path), target, replace)
    click.echo(f"backed up {db_path} to {target}")


cli.add_command(user)


def main() -> None:
    cli(prog_name="directory")

