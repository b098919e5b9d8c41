"""A directory entry as staff see it: one flat row of the seed's columns, read back from the tables.

Spreadsheets, the command line, the audit trail and HSDS exchange all speak
this one form; `seed.add_service` turns a row into table records and
`read_entry` is its inverse, so writing an entry and reading it back gives
the same row (the round trip the tests check).
"""
from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

from bot.directory.models import Phone
from bot.directory.seed import ENTRY_COLUMNS, phone_text

Entry = dict[str, str]

# An office linked to a confidential service, or shared with one, has its address
# withheld from everything that leaves the directory unless staff ask for it.
CONFIDENTIAL_OFFICE_SQL = """
SELECT 1 FROM service_at_location mine
JOIN service_at_location shared ON shared.location_id = mine.location_id
JOIN service s ON s.id = shared.service_id
WHERE mine.service_id = ? AND s.confidential_location = 1 LIMIT 1
"""
SERVICE_SQL = """
SELECT s.id, s.name, o.name AS organization, s.category, s.scope, s.url, s.description, s.populations,
       s.confidential_location, s.source_url, s.source_verified, s.notes, s.status, s.last_verified
FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = ?
"""
OFFICE_SQL = """
SELECT l.id, l.name, l.address_1 FROM service_at_location sl JOIN location l ON l.id = sl.location_id
WHERE sl.service_id = ? ORDER BY sl.id LIMIT 1
"""
WITHHELD = "(withheld: confidential location)"


def _yes_no(flag: int) -> str:
    return "yes" if flag else "no"


def _joined(db: Database, sql: str, service_id: str) -> str:
    return "; ".join(value for (value,) in db.execute(sql, [service_id]) if value)


def _phones(db: Database, service_id: str, kind: str) -> str:
    sql = "SELECT number, type, keyword, language, description FROM phone WHERE service_id = ? AND type = ? ORDER BY id"
    return "; ".join(phone_text(Phone(*row)) for row in db.execute(sql, [service_id, kind]))


def _areas(db: Database, service_id: str, scope: str) -> str:
    """The text the areas were parsed from: as written for towns ('Willimantic'), the restriction for statewide."""
    rows = db.execute("SELECT description FROM service_area WHERE service_id = ? ORDER BY id", [service_id]).fetchall()
    if scope in ("statewide", "national"):
        return rows[0][0] or "" if rows else ""
    return "; ".join(description for (description,) in rows)


def read_entry(db: Database, service_id: str) -> Entry | None:
    """The whole entry as a row of ENTRY_COLUMNS (all strings, '' for nothing), or None if there is no such service."""
    cursor = db.execute(SERVICE_SQL, [service_id])
    found = cursor.fetchone()
    if found is None:
        return None
    service = dict(zip([column[0] for column in cursor.description], found))
    office = db.execute(OFFICE_SQL, [service_id]).fetchone()
    entry = {
        "id": service["id"],
        "name": service["name"],
        "organization": service["organization"],
        "category": service["category"],
        "scope": service["scope"],
        "phone": _phones(db, service_id, "voice"),
        "sms": _phones(db, service_id, "sms"),
        "website": service["url"],
        "office_town": office[1] if office else None,
        "service_area_towns": _areas(db, service_id, service["scope"]),
        "services": service["description"],
        "languages": _joined(db, "SELECT language FROM language WHERE service_id = ? ORDER BY id", service_id),
        "hours": _joined(db, "SELECT description FROM schedule WHERE service_id = ? ORDER BY id", service_id),
        "populations": service["populations"],
        "confidential_location": _yes_no(service["confidential_location"]),
        "source_url": service["source_url"],
        "verified_from_source": _yes_no(service["source_verified"]),
        "notes": service["notes"],
        "office_address": office[2] if office else None,
        "status": service["status"],
        "last_verified": service["last_verified"],
    }
    return {column: entry[column] or "" for column in ENTRY_COLUMNS}


def differences(before: Entry | None, after: Entry) -> list[tuple[str, str, str]]:
    """(field, before, after) for every field that changed; every filled field of a new entry."""
    before = before or {}
    return [(name, before.get(name, ""), value) for name, value in after.items() if before.get(name, "") != value]


def service_ids(db: Database) -> list[str]:
    """Every service, in the order entries were first added (the seed's order, then staff additions)."""
    return [service_id for (service_id,) in db.execute("SELECT id FROM service ORDER BY rowid")]


def confidential_office(db: Database, service_id: str) -> bool:
    return db.execute(CONFIDENTIAL_OFFICE_SQL, [service_id]).fetchone() is not None


def withheld(db: Database, entry: Entry, notice: str = WITHHELD) -> Entry:
    """The entry as it may leave the directory: a confidential office's address replaced by `notice`
    (blank in exports, so importing the file back keeps the stored address)."""
    hidden = entry["confidential_location"] == "yes" or confidential_office(db, entry["id"])
    return {**entry, "office_address": notice} if hidden and entry["office_address"] else entry


def all_entries(db: Database, show_confidential: bool = False) -> Iterator[Entry]:
    """Every entry in directory order, confidential addresses left blank unless asked for."""
    for service_id in service_ids(db):
        entry = read_entry(db, service_id)
        if entry is not None:
            yield entry if show_confidential else withheld(db, entry, notice="")
