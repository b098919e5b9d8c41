"""Loading the vetted seed CSV into the directory, and building the database file.

The CSV is the researched source of truth and is never edited; status changes
that follow from its README's warnings live in status_overrides.csv. Anything
the loader cannot read exactly (a phone number, a category, an override for a
service that does not exist) stops the build: a directory that silently drops
or guesses at a crisis line is worse than no new directory.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.directory.models import CATEGORIES, SCOPES, STATUSES, Phone, split_list
from bot.directory.ranking import rank_services
from bot.directory.schema import TABLES, create_indexes, create_tables
from bot.geo import canonical_town, town_place

# The line every search can fall back on, so a reply always has a number to call.
FALLBACK_SERVICE_NAME = "211 Connecticut (information, referral and crisis)"

SEED_COLUMNS = (
    "name", "organization", "category", "scope", "phone", "sms", "website", "office_town",
    "service_area_towns", "services", "languages", "hours", "populations",
    "confidential_location", "source_url", "verified_from_source", "notes",
)  # fmt: skip
OVERRIDE_COLUMNS = ("name", "status", "reason")

VOICE = re.compile(r"^(?P<number>[+(\d][\d\s().-]*\d)(?P<description>\D.*)?$")
SMS_KEYWORD = re.compile(r"^(?P<keyword>[A-Za-z]+)\s+to\s+(?P<number>.+)$", re.IGNORECASE)
PHONE_CHARACTERS = re.compile(r"^[\d\s().+-]+$")
# Entries of the languages column that describe reach rather than name a language.
NOT_A_LANGUAGE = frozenset({"multilingual"})
# 3: 211/988/711; 5-6: SMS short codes; 10-11: North American numbers.
SHORT_CODE_LENGTHS = (3, 5, 6)


class SeedError(ValueError):
    """The seed or overrides file cannot be loaded as written."""


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
        raise SeedError(f"{text!r} gives an empty id")
    return slug


def dialable(text: str) -> str:
    """E.164 for full numbers, digits for short codes; anything else is refused, never guessed."""
    text = text.strip()
    if not PHONE_CHARACTERS.match(text):
        raise SeedError(f"not a phone number: {text!r}")
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) == 10:
        return f"+1{digits}"
    if len(digits) in SHORT_CODE_LENGTHS:
        return digits
    raise SeedError(f"not a phone number: {text!r}")


def parse_voice(text: str, language: str | None = None) -> Phone | None:
    """'988 then press 1' -> number 988 with 'then press 1' kept as what to do after dialling."""
    if not text.strip():
        return None
    match = VOICE.match(text.strip())
    if not match:
        raise SeedError(f"not a phone number: {text!r}")
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
    return {"scope": "region", "town": None, "latitude": None, "longitude": None, "description": description}


def parse_service_area(scope: str, text: str) -> list[dict[str, Any]]:
    text = text.strip()
    if scope in ("statewide", "national"):
        return [{"scope": scope, "town": None, "latitude": None, "longitude": None, "description": text or None}]
    areas: dict[str, dict[str, Any]] = {}
    for item in split_list(text):
        area = town_area(item) or region_area(item)
        areas.setdefault(area["town"] or f"region:{item}", area)
    return list(areas.values())


def _choice(row: dict[str, str], column: str, allowed: tuple[str, ...]) -> str:
    value = row[column].strip().lower()
    if value not in allowed:
        raise SeedError(f"{column} {row[column]!r} is not one of {', '.join(allowed)}")
    return value


def _flag(row: dict[str, str], column: str) -> int:
    return ("no", "yes").index(_choice(row, column, ("no", "yes")))


def _text(row: dict[str, str], column: str) -> str | None:
    return (row.get(column) or "").strip() or None


def _join_notes(*notes: str | None) -> str | None:
    return " ".join(note for note in notes if note) or None


def add_location(records: Records, organization_id: str, row: dict[str, str]) -> str | None:
    office = _text(row, "office_town")
    if office is None:
        return None
    town, latitude, longitude = _town_coordinates(office) or (office, None, None)
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


def add_service(records: Records, row: dict[str, str], override: StatusOverride | None) -> None:
    organization_id = slugify(row["organization"])
    records.add_shared("organization", {"id": organization_id, "name": row["organization"].strip(), "website": _text(row, "website")})
    service_id = slugify(row["name"])
    scope = _choice(row, "scope", SCOPES)
    records.add("service", {
        "id": service_id,
        "organization_id": organization_id,
        "name": row["name"].strip(),
        "description": _text(row, "services"),
        "category": _choice(row, "category", CATEGORIES),
        "scope": scope,
        "populations": _text(row, "populations"),
        "confidential_location": _flag(row, "confidential_location"),
        "status": override.status if override else "active",
        "last_verified": None,  # the seed was researched from web pages; nobody has called yet
        "source_url": _text(row, "source_url"),
        "source_verified": _flag(row, "verified_from_source"),
        "notes": _join_notes(_text(row, "notes"), override and f"Status {override.status} (status_overrides.csv): {override.reason}"),
        "url": _text(row, "website"),
    })  # fmt: skip
    location_id = add_location(records, organization_id, row)
    if location_id:
        records.add_children("service_at_location", service_id, [{"location_id": location_id}])
    languages = split_list(row["languages"])
    # A line that speaks one language is labelled with it, so "Spanish line" shows on the number.
    phone_language = languages[0] if len(languages) == 1 and languages[0].lower() not in NOT_A_LANGUAGE else None
    phones = [parse_voice(row["phone"], phone_language), parse_sms(row["sms"], phone_language)]
    records.add_children("phone", service_id, [asdict(phone) for phone in phones if phone])
    records.add_children("service_area", service_id, parse_service_area(scope, row["service_area_towns"]))
    records.add_children("language", service_id, [{"language": language} for language in languages])
    hours = _text(row, "hours")
    if hours:
        records.add_children("schedule", service_id, [{"description": hours, "is_24_7": int(hours.startswith("24/7"))}])


def read_csv(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs, after checking the header, so errors can point at a line."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [column for column in required if column not in (reader.fieldnames or [])]
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
        except (SeedError, KeyError) as error:
            raise SeedError(f"{seed_csv.name} line {line} ({name}): {error}") from error
    unknown = sorted(set(overrides) - names)
    if unknown:
        # A misspelt override would leave a service active that must not be shown.
        raise SeedError(f"status overrides name services not in the seed: {'; '.join(unknown)}")
    return records


def check_fallback(db: Database) -> None:
    """Search promises a line to call on every reply; that promise rests on this entry."""
    found = db.execute(
        "SELECT 1 FROM service JOIN phone ON phone.service_id = service.id"
        " WHERE service.name = ? AND service.status = 'active' AND phone.type = 'voice'",
        [FALLBACK_SERVICE_NAME],
    ).fetchone()
    if not found:
        raise SeedError(f"the seed needs an active {FALLBACK_SERVICE_NAME!r} with a phone number")


def load_seed(db: Database, seed_csv: Path, overrides_csv: Path | None) -> int:
    """Loads into an empty directory in one transaction; returns the number of services."""
    records = collect_records(seed_csv, overrides_csv)
    with db.atomic():
        for table, rows in records.tables.items():  # TABLES order: parents before children
            if rows:
                db[table].insert_all(rows.values(), batch_size=500)
    check_fallback(db)
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
