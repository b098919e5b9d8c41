"""Staff changes to the directory: add, update, deactivate, verify and import entries.

Each call is one transaction. Every value is checked first (the seed's own
row reader, validate.py), all problems are reported together and nothing is
written if there is one. Then the entry's tables are rewritten, what search
relies on is derived again (rank, organization websites), the 211 fallback
line is confirmed, and each entry that really changed is logged with who,
when, before and after. A call that changes nothing writes nothing. The bot
reads through its own read-only connections (WAL), so it sees a change the
moment it commits, and never half of one.

The command line (cli.py) and the staff web page call exactly these:
`open_for_edit`, then `add_service`, `update_service`, `deactivate_service`,
`verify_service` or `import_entries`; each returns what changed as `Change`
values and raises `InvalidEntries` (row, field, message for every problem),
`UnknownService` or `MissingActor`.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from bot.directory import audit
from bot.directory import seed
from bot.directory.entries import Entry, differences, read_entry
from bot.directory.ranking import rank_services
from bot.directory.schema import TABLES, create_indexes, create_schema, create_tables
from bot.directory.validate import BadValue, InvalidEntries, Problem

# What `update` may change. The id is what other systems and the log refer to;
# the last-verified date changes only through `verify`, so it always means a check.
EDITABLE_FIELDS = tuple(column for column in seed.ENTRY_COLUMNS if column not in ("id", "last_verified"))
FIELD_ALIASES = {"description": "services", "towns": "service_area_towns", "url": "website", "address": "office_address"}
# An import row that leaves these blank, or a file without the column, keeps what the
# entry has: re-importing the seed CSV must not reactivate a line staff closed,
# forget a check, or erase an address an export withheld.
KEPT_WHEN_BLANK = ("status", "last_verified", "office_address")
CHILD_TABLES = tuple(name for name in TABLES if name not in ("organization", "location", "service"))
BUSY_TIMEOUT_SECONDS = 30.0

Merge = Callable[[Entry | None, dict[str, str]], dict[str, str]]


class UnknownService(LookupError):
    """No entry has this id."""


@dataclass(frozen=True)
class Change:
    """One entry as it was (None if new) and as it is now."""

    action: str
    before: Entry | None
    after: Entry

    @property
    def service_id(self) -> str:
        return self.after["id"]

    def differences(self) -> list[tuple[str, str, str]]:
        return differences(self.before, self.after)


def require_directory(db_path: Path) -> Path:
    """A mistyped path is an error, never a new empty directory."""
    path = Path(db_path)
    if not path.is_file():
        raise FileNotFoundError(f"no directory at {path}; build one with: python -m bot.directory build --db {path}")
    return path


def open_for_edit(db_path: Path) -> Database:
    """A writing connection to an existing directory: WAL, references enforced, waits for another writer.

    Creates nothing but what an older directory lacks (the audit table).
    """
    db = Database(sqlite3.connect(require_directory(db_path), timeout=BUSY_TIMEOUT_SECONDS))
    db.execute("PRAGMA foreign_keys = ON")
    if db.journal_mode != "wal":
        db.enable_wal()
    create_tables(db)
    create_indexes(db)
    return db


def editable_field(name: str) -> str:
    field = FIELD_ALIASES.get(name, name)
    if field not in EDITABLE_FIELDS:
        raise BadValue(f"is not a field you can change; the fields are {', '.join(EDITABLE_FIELDS)}")
    return field


def _changes(changes: Mapping[str, str]) -> dict[str, str]:
    problems, resolved = [], {}
    for name, value in changes.items():
        try:
            resolved[editable_field(name)] = value
        except BadValue as error:
            problems.append(Problem(None, name, str(error)))
    if problems:
        raise InvalidEntries(problems)
    return resolved


def _today(now: datetime | None) -> date:
    """Staff's calendar day (local time), for last-verified dates."""
    return (now or datetime.now(timezone.utc)).astimezone().date()


def _store(db: Database, records: seed.Records) -> None:
    """Shared organizations and offices are updated in place (their rowid, and so the directory's order,
    kept); each service's own details are replaced whole, since ids carry positions."""
    for table in ("organization", "location", "service"):
        for record in records.tables[table].values():
            columns = [column for column in record if not (table == "organization" and column == "website")]
            updates = ", ".join(f"{column} = excluded.{column}" for column in columns if column != "id")
            db.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                f" ON CONFLICT(id) DO UPDATE SET {updates}",
                [record[column] for column in columns],
            )
    for service_id in records.tables["service"]:
        for table in CHILD_TABLES:
            db.execute(f"DELETE FROM {table} WHERE service_id = ?", [service_id])
    for table in CHILD_TABLES:
        if records.tables[table]:
            db[table].insert_all(records.tables[table].values())


def _derive(db: Database) -> None:
    """What the build derives, derived again: no orphaned office or organization, an organization's
    website from its first service that has one (the seed's rule), and the rank search orders by."""
    db.execute("DELETE FROM location WHERE id NOT IN (SELECT location_id FROM service_at_location)")
    db.execute(
        "DELETE FROM organization WHERE id NOT IN (SELECT organization_id FROM service)"
        " AND id NOT IN (SELECT organization_id FROM location)"
    )
    db.execute(
        "UPDATE organization SET website = (SELECT s.url FROM service s WHERE s.organization_id = organization.id"
        " AND s.url IS NOT NULL ORDER BY s.rowid LIMIT 1)"
    )
    rank_services(db)


def refresh_derived(db_path: Path) -> None:
    """Brings a kept (staff-edited) directory up to this version's schema: tables and indexes added
    since it was built, and the derived rank and listing, which only depend on the entries."""
    db = open_for_edit(db_path)
    try:
        with db.conn:
            create_schema(db)
            rank_services(db)
    finally:
        db.close()


def _duplicate_names(db: Database, rows: dict[str, tuple[int | None, dict[str, str]]], label: str) -> list[Problem]:
    """Names are unique (people tell lines apart by them): checked over the directory as it would be."""
    names = {service_id: name for service_id, name in db.execute("SELECT id, name FROM service")}
    names.update({service_id: (row.get("name") or "").strip() for service_id, (_, row) in rows.items()})
    owners: dict[str, list[str]] = {}
    for service_id, name in names.items():
        owners.setdefault(name, []).append(service_id)
    return [
        Problem(number, "name", f"{row['name'].strip()!r} is already the name of {', '.join(others)}", label)
        for service_id, (number, row) in rows.items()
        if (row.get("name") or "").strip()  # a missing name is reported as such
        and (others := [o for o in owners[row["name"].strip()] if o != service_id])
    ]


def _prepare(
    db: Database, rows: Sequence[tuple[int | None, Mapping[str, str]]], merge: Merge, today: date, label: str
) -> tuple[seed.Records, dict[str, Entry | None], dict[str, int | None]]:
    """Checks every row against the directory as it is inside the transaction; raises InvalidEntries."""
    problems: list[Problem] = []
    prepared: dict[str, tuple[int | None, dict[str, str]]] = {}
    befores: dict[str, Entry | None] = {}
    for number, given in rows:
        try:
            service_id = seed.row_id(dict(given))
            current = befores[service_id] = read_entry(db, service_id)
            if service_id in prepared:
                first = prepared[service_id][0]
                raise BadValue(f"{service_id!r} is also the entry of {label} {first}; list each entry once")
            prepared[service_id] = (number, merge(current, dict(given)))
        except BadValue as error:
            problems.append(Problem(number, "id" if (given.get("id") or "").strip() else "name", str(error), label))
    records = seed.Records()
    for service_id, (number, row) in prepared.items():
        try:
            seed.add_service(records, row)
        except seed.RowError as error:
            problems += [Problem(number, column, message, label) for column, message in error.problems]
        if (row.get("last_verified") or "") > today.isoformat():
            problems.append(Problem(number, "last_verified", f"{row['last_verified']} is in the future", label))
    problems += _duplicate_names(db, prepared, label)
    if problems:
        raise InvalidEntries(problems)
    return records, befores, {service_id: number for service_id, (number, _) in prepared.items()}


def _fallback_problem(numbers: dict[str, int | None], befores: dict[str, Entry | None], label: str) -> Problem:
    """Points at the row that was the fallback line, if the file has it."""
    was_fallback = [i for i, before in befores.items() if before and before["name"] == seed.FALLBACK_SERVICE_NAME]
    row = numbers[was_fallback[0]] if was_fallback else None
    message = (
        f"{seed.FALLBACK_SERVICE_NAME!r} is the line every reply falls back on:"
        " it must stay active, under that name, with a phone number"
    )
    return Problem(row, "status", message, label)


def _write(
    db: Database, rows: Sequence[tuple[int | None, Mapping[str, str]]], actor: str, action: str, merge: Merge,
    now: datetime | None = None, dry_run: bool = False, label: str = "row",
) -> list[Change]:  # fmt: skip
    actor = audit.actor_name(actor) if not dry_run else (actor or "dry run")
    at = audit.timestamp(now)
    db.execute("BEGIN IMMEDIATE")  # the write lock first, so what is checked is what is written over
    try:
        records, befores, numbers = _prepare(db, rows, merge, _today(now), label)
        _store(db, records)
        _derive(db)
        if not seed.has_fallback(db):
            raise InvalidEntries([_fallback_problem(numbers, befores, label)])
        changes = []
        for service_id, before in befores.items():
            after = read_entry(db, service_id)
            if after is not None and after != before:
                changes.append(Change(action, before, after))
                audit.record(db, at, actor, action, before, after)
    except BaseException:
        db.conn.rollback()
        raise
    if changes and not dry_run:
        db.conn.commit()
    else:
        db.conn.rollback()  # nothing to keep: not even an unchanged row is rewritten
    return changes


def _existing(service_id: str) -> Callable[[Entry | None], Entry]:
    def existing(current: Entry | None) -> Entry:
        if current is None:
            raise UnknownService(f"no entry has the id {service_id!r}")
        return current

    return existing


def add_service(db: Database, fields: Mapping[str, str], actor: str, *, now: datetime | None = None) -> Change:
    """A new entry; its id is `fields['id']` if given, else made from its name. Refused if the id exists."""
    row = {"id": fields.get("id", ""), **_changes({k: v for k, v in fields.items() if k != "id"})}

    def new(current: Entry | None, given: dict[str, str]) -> dict[str, str]:
        if current is not None:
            raise BadValue(f"an entry {current['id']!r} exists already; change it with update")
        return given

    [change] = _write(db, [(None, row)], actor, "add", new, now)
    return change


def update_service(
    db: Database, service_id: str, changes: Mapping[str, str], actor: str, *, now: datetime | None = None
) -> Change | None:
    """Changes the named fields (EDITABLE_FIELDS, or FIELD_ALIASES); None if the entry already had those values."""
    resolved = _changes(changes)
    existing = _existing(service_id)
    found = _write(db, [(None, {"id": service_id})], actor, "update", lambda c, _: {**existing(c), **resolved}, now)
    return found[0] if found else None


def deactivate_service(
    db: Database, service_id: str, actor: str, *, reason: str | None = None, now: datetime | None = None
) -> Change | None:
    """Stops the bot showing the entry (kept, with its history); a reason is added to its notes."""
    existing = _existing(service_id)

    def inactive(current: Entry | None, _: dict[str, str]) -> dict[str, str]:
        entry = existing(current)
        note = f"Inactive since {_today(now).isoformat()}: {reason.strip()}" if reason and reason.strip() else ""
        return {**entry, "status": "inactive", "notes": " ".join(filter(None, [entry["notes"], note]))}

    found = _write(db, [(None, {"id": service_id})], actor, "deactivate", inactive, now)
    return found[0] if found else None


def verify_service(
    db: Database, service_id: str, actor: str, *, on: date | None = None, now: datetime | None = None
) -> Change | None:
    """Records that someone checked the entry (by default today); None if it was already recorded for that day."""
    existing = _existing(service_id)
    day = (on or _today(now)).isoformat()
    verified = lambda current, _: {**existing(current), "last_verified": day}  # noqa: E731
    found = _write(db, [(None, {"id": service_id})], actor, "verify", verified, now)
    return found[0] if found else None


def _keep_blanks(current: Entry | None, row: dict[str, str]) -> dict[str, str]:
    if current is None:
        return row
    return {**row, **{column: current[column] for column in KEPT_WHEN_BLANK if not (row.get(column) or "").strip()}}


def import_entries(
    db: Database, rows: Sequence[tuple[int | None, Mapping[str, str]]], actor: str, *,
    dry_run: bool = False, now: datetime | None = None, label: str = "row",
) -> list[Change]:  # fmt: skip
    """Adds or replaces every entry in `rows` ((row number, row of ENTRY_COLUMNS) pairs), matched by id
    (or the id its name gives), all or nothing. Entries not in the rows are left alone: an import never
    deletes. With dry_run, returns what would change and writes nothing."""
    return _write(db, rows, actor, "import", _keep_blanks, now, dry_run, label)
