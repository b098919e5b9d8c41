"""Loading the vetted seed CSV into the directory, and building the database file.

The CSV is the researched source of truth and is never edited; status changes
that follow from its README's warnings live in status_overrides.csv. Anything
the loader cannot read exactly (a phone number, a category, an override for a
service that does not exist) stops the build: a directory that silently drops
or guesses at a crisis line is worse than no new directory.

A row of the seed's columns is also how staff write an entry (a spreadsheet
import, `directory add`), so the same reading and checking serves both; a staff
row may add `id`, `office_address`, `status` and `last_verified`.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from bot.directory.models import CATEGORIES, SCOPES, STATUSES, Phone, split_list
from bot.directory.ranking import rank_services
from bot.directory.schema import TABLES, create_indexes, create_tables
from bot.directory.validate import (
    BadValue, choice, dialable, iso_date, not_a_town, plain_text, region_text, required, service_id, web_address,
)  # fmt: skip
from bot.geo import canonical_town, town_place

# The line every search can fall back on, so a reply always has a number to call.
FALLBACK_SERVICE_NAME = "211 Connecticut (information, referral and crisis)"

SEED_COLUMNS = (
    "name", "organization", "category", "scope", "phone", "sms", "website", "office_town",
    "service_area_towns", "services", "languages", "hours", "populations",
    "confidential_location", "source_url", "verified_from_source", "notes",
)  # fmt: skip
# Every field of an entry as staff see it: the seed's columns and what staff add to them.
ENTRY_COLUMNS = ("id", *SEED_COLUMNS, "office_address", "status", "last_verified")
OVERRIDE_COLUMNS = ("name", "status", "reason")

VOICE = re.compile(r"^(?P<number>[+(\d][\d\s().-]*\d)(?P<description>\D.*)?$")
SMS_KEYWORD = re.compile(r"^(?P<keyword>[A-Za-z]+)\s+to\s+(?P<number>.+)$", re.IGNORECASE)
# Entries of the languages column that describe reach rather than name a language.
NOT_A_LANGUAGE = frozenset({"multilingual"})
T = TypeVar("T")


class SeedError(ValueError):
    """The seed or overrides file cannot be loaded as written."""


class RowError(SeedError):
    """Every bad value of one row, as (column, message) pairs, so one pass reports them all."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{column}: {message}" for column, message in problems))


@dataclass(frozen=True)
class StatusOverride:
    status: str
    reason: str


@dataclass
class Records:
    """Rows for every table, keyed by id so shared organizations and offices are stored once."""

    tables: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: {name: {} for name in TABLES})

    def add(self, table: str, record: dict[str, Any]) -> None:
        if record["id"] in self.tables[table]:
            raise SeedError(f"two {table} rows would share the id {record['id']!r}")
        self.tables[table][record["id"]] = record

    def add_shared(self, table: str, record: dict[str, Any]) -> None:
        """Later rows fill in what earlier rows of the same organization or office left empty."""
        existing = self.tables[table].setdefault(record["id"], record)
        for key, value in record.items():
            if existing.get(key) in (None, "") and value not in (None, ""):
                existing[key] = value

    def add_children(self, table: str, service_id: str, records: Iterable[dict[str, Any]]) -> None:
        """Ids carry the position, so re-seeding gives the same ids and id order is CSV order."""
        for position, record in enumerate(records, start=1):
            self.add(table, {"id": f"{service_id}/{table}/{position:03d}", "service_id": service_id, **record})


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        raise BadValue(f"{text!r} gives an empty id")
    return slug


def row_id(row: dict[str, str]) -> str:
    """The id a row stands for: its `id`, else one made from its name, which is how seed entries got theirs."""
    given = _text(row, "id")
    return service_id(given) if given else slugify(required(row.get("name")))


def parse_voice(text: str, language: str | None = None) -> Phone | None:
    """'988 then press 1' -> number 988 with 'then press 1' kept as what to do after dialling."""
    if not text.strip():
        return None
    match = VOICE.match(text.strip())
    if not match:
        raise BadValue(f"not a phone number: {text.strip()!r}")
    description = (match["description"] or "").strip() or None
    return Phone(number=dialable(match["number"]), type="voice", language=language, description=description)


def parse_sms(text: str, language: str | None = None) -> Phone | None:
    """'START to 88788' -> number 88788 with keyword START; a bare number is texted as it is."""
    if not text.strip():
        return None
    match = SMS_KEYWORD.match(text.strip())
    if match:
        return Phone(number=dialable(match["number"]), type="sms", keyword=match["keyword"], language=language)
    return Phone(number=dialable(text), type="sms", language=language)


def phone_text(phone: Phone) -> str:
    """A stored phone written back as the seed writes it: the inverse of parse_voice and parse_sms."""
    return phone.display.removeprefix("text ")


@lru_cache(maxsize=None)
def _town_coordinates(name: str) -> tuple[str, float, float] | None:
    """Cached: a large directory names the same few hundred towns over and over."""
    town = canonical_town(name)
    if town is None:
        return None
    place = town_place(town)
    return town, place.latitude, place.longitude


def town_area(name: str) -> dict[str, Any] | None:
    found = _town_coordinates(name)
    if found is None:
        return None
    town, latitude, longitude = found
    return {"scope": "town", "town": town, "latitude": latitude, "longitude": longitude, "description": name}


def region_area(description: str) -> dict[str, Any]:
    """Text we cannot map to towns is kept for people to read, and never turned into towns."""
    return {"scope": "region", "town": None, "latitude": None, "longitude": None, "description": region_text(description)}


def parse_service_area(scope: str, text: str) -> list[dict[str, Any]]:
    text = text.strip()
    if scope in ("statewide", "national"):
        return [{"scope": scope, "town": None, "latitude": None, "longitude": None, "description": text or None}]
    areas: dict[str, dict[str, Any]] = {}
    for item in split_list(text):
        area = town_area(item) or region_area(item)
        areas.setdefault(area["town"] or f"region:{item}", area)
    return list(areas.values())


def _flag(text: str | None) -> int:
    """yes or no; blank is no."""
    return ("no", "yes").index(choice(text or "no", ("no", "yes")))


def _text(row: dict[str, str], column: str) -> str | None:
    return (row.get(column) or "").strip() or None


def _join_notes(*notes: str | None) -> str | None:
    return " ".join(note for note in notes if note) or None


def _phones(text: str, parse: Callable[[str, str | None], Phone | None], language: str | None) -> list[Phone]:
    """A column may list several lines, separated by ';' as other list columns are."""
    return [phone for item in split_list(text) if (phone := parse(item, language))]


class _RowReader:
    """Reads one row's columns, collecting every bad value instead of stopping at the first."""

    def __init__(self, row: dict[str, str]) -> None:
        self.row = row
        self.problems: list[tuple[str, str]] = []
        for column, value in row.items():
            self.read(column, plain_text, value or "")

    def read(self, column: str, parse: Callable[..., T], *args: Any) -> T | None:
        try:
            return parse(*args)
        except BadValue as error:
            if (column, str(error)) not in self.problems:
                self.problems.append((column, str(error)))
            return None

    def column(self, column: str, parse: Callable[..., T], *args: Any) -> T | None:
        return self.read(column, parse, self.row.get(column) or "", *args)


def _refuse(message: str) -> None:
    raise BadValue(message)


def _office(office: str) -> tuple[str, float, float]:
    found = _town_coordinates(office)
    if found is None:
        raise not_a_town(office)
    return found


def add_location(records: Records, organization_id: str, row: dict[str, str], office: str) -> str:
    town, latitude, longitude = _office(office)
    location_id = f"{organization_id}/{slugify(office)}"
    records.add_shared("location", {
        "id": location_id,
        "organization_id": organization_id,
        "name": office,
        "city": town,
        # An optional column: the researched seed records no street address; staff data and tests may.
        "address_1": _text(row, "office_address"),
        "latitude": latitude,
        "longitude": longitude,
    })  # fmt: skip
    return location_id


def add_service(records: Records, row: dict[str, str], override: StatusOverride | None = None) -> str:
    """Adds one row's service with its details and returns its id; raises RowError naming every bad column.

    The id is the row's `id` if it has one, else made from the name, which is
    how seed entries got theirs; status and last_verified come from the row
    when it has them (a staff row), else from the override.
    """
    reader = _RowReader(row)
    name = reader.column("name", required)
    organization = reader.column("organization", required)
    entry_id = reader.read("id" if _text(row, "id") else "name", row_id, row)
    category = reader.column("category", choice, CATEGORIES)
    scope = reader.column("scope", choice, SCOPES)
    default_status = override.status if override else "active"
    status = reader.column("status", choice, STATUSES) if _text(row, "status") else default_status
    languages = split_list(row.get("languages") or "")
    # A line that speaks one language is labelled with it, so "Spanish line" shows on the number.
    phone_language = languages[0] if len(languages) == 1 and languages[0].lower() not in NOT_A_LANGUAGE else None
    phones = [
        *(reader.column("phone", _phones, parse_voice, phone_language) or []),
        *(reader.column("sms", _phones, parse_sms, phone_language) or []),
    ]
    area_text = row.get("service_area_towns") or ""
    areas = reader.read("service_area_towns", parse_service_area, scope, area_text) if scope else None
    office = _text(row, "office_town")
    if office:
        reader.read("office_town", _office, office)
    if _text(row, "office_address"):
        if not office:
            reader.read("office_address", _refuse, "needs an office_town, the town the office is in")
        if not _text(row, "confidential_location"):
            # A shelter's address must never reach a person: no default when there is one.
            reader.read("confidential_location", _refuse, "must be yes or no when an office_address is given")
    service = {
        "id": entry_id,
        "organization_id": organization and reader.read("organization", slugify, organization),
        "name": name,
        "description": _text(row, "services"),
        "category": category,
        "scope": scope,
        "populations": _text(row, "populations"),
        "confidential_location": reader.column("confidential_location", _flag),
        "status": status,
        "last_verified": reader.column("last_verified", iso_date),
        "source_url": reader.column("source_url", web_address),
        "source_verified": reader.column("verified_from_source", _flag),
        "notes": _join_notes(
            _text(row, "notes"), override and f"Status {override.status} (status_overrides.csv): {override.reason}"
        ),
        "url": reader.column("website", web_address),
    }  # fmt: skip
    if reader.problems:
        raise RowError(reader.problems)
    records.add_shared("organization", {"id": service["organization_id"], "name": organization, "website": service["url"]})
    records.add("service", service)
    if office:
        location_id = add_location(records, service["organization_id"], row, office)
        records.add_children("service_at_location", entry_id, [{"location_id": location_id}])
    records.add_children("phone", entry_id, [asdict(phone) for phone in phones])
    records.add_children("service_area", entry_id, areas or [])
    records.add_children("language", entry_id, [{"language": language} for language in languages])
    hours = _text(row, "hours")
    if hours:
        records.add_children("schedule", entry_id, [{"description": hours, "is_24_7": int(hours.startswith("24/7"))}])
    return entry_id


def read_csv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs, after checking the header, so errors can point at a line."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [column for column in columns if column not in (reader.fieldnames or [])]
        if missing:
            raise SeedError(f"{path.name} lacks columns: {', '.join(missing)}")
        for row in reader:
            yield reader.line_num, {key: value or "" for key, value in row.items() if key is not None}


def read_overrides(path: Path | None) -> dict[str, StatusOverride]:
    overrides: dict[str, StatusOverride] = {}
    if path is None:
        return overrides
    for line, row in read_csv(path, OVERRIDE_COLUMNS):
        name, status = row["name"].strip(), row["status"].strip().lower()
        if status not in STATUSES or not row["reason"].strip():
            raise SeedError(f"{path.name} line {line}: needs a status ({'/'.join(STATUSES)}) and a reason")
        if name in overrides:
            raise SeedError(f"{path.name} line {line}: a second override for {name!r}")
        overrides[name] = StatusOverride(status, row["reason"].strip())
    return overrides


def collect_records(seed_csv: Path, overrides_csv: Path | None) -> Records:
    overrides = read_overrides(overrides_csv)
    records = Records()
    names = set()
    for line, row in read_csv(seed_csv, SEED_COLUMNS):
        name = row["name"].strip()
        names.add(name)
        try:
            add_service(records, row, overrides.get(name))
        except SeedError as error:
            raise SeedError(f"{seed_csv.name} line {line} ({name}): {error}") from error
    unknown = sorted(set(overrides) - names)
    if unknown:
        # A misspelt override would leave a service active that must not be shown.
        raise SeedError(f"status overrides name services not in the seed: {'; '.join(unknown)}")
    return records


def has_fallback(db: Database) -> bool:
    """Search promises a line to call on every reply; that promise rests on this entry."""
    found = db.execute(
        "SELECT 1 FROM service JOIN phone ON phone.service_id = service.id"
        " WHERE service.name = ? AND service.status = 'active' AND phone.type = 'voice'",
        [FALLBACK_SERVICE_NAME],
    ).fetchone()
    return found is not None


def load_seed(db: Database, seed_csv: Path, overrides_csv: Path | None) -> int:
    """Loads into an empty directory in one transaction; returns the number of services."""
    records = collect_records(seed_csv, overrides_csv)
    with db.atomic():
        for table, rows in records.tables.items():  # TABLES order: parents before children
            if rows:
                db[table].insert_all(rows.values(), batch_size=500)
    if not has_fallback(db):
        raise SeedError(f"the seed needs an active {FALLBACK_SERVICE_NAME!r} with a phone number")
    return len(records.tables["service"])


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_database(db_path: Path, seed_csv: Path, overrides_csv: Path | None = None) -> None:
    """Builds beside the target and swaps it in with one rename, so a running bot never sees a half-built directory."""
    db_path = Path(db_path)
    building = db_path.with_name(f".{db_path.name}.{os.getpid()}.building")
    _remove_with_journals(building)
    try:
        db = Database(building)
        try:
            db.enable_wal()  # readers never block on a staff edit, and never see one half-made
            create_tables(db)
            load_seed(db, Path(seed_csv), Path(overrides_csv) if overrides_csv else None)
            create_indexes(db)
            rank_services(db)  # after the indexes: its subqueries look services up by id
            if db.execute("PRAGMA foreign_key_check").fetchall():
                raise SeedError("the loaded directory has broken references")
            db.analyze()  # statistics let the planner pick the town and category indexes
        finally:
            db.close()
        os.replace(building, db_path)
    finally:
        _remove_with_journals(building)
