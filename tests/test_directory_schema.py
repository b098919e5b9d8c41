"""The directory schema: HSDS names, references and allowed values enforced by SQLite itself."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.directory import create_schema
from bot.directory.search import IN_TOWN_SQL, NEARBY_EXTRA, TIER_SQL

EXPECTED_COLUMNS = {
    "organization": {"id", "name", "website"},
    "service": {
        "rank", "id", "organization_id", "name", "description", "category", "scope", "populations",
        "confidential_location", "status", "last_verified", "source_url", "source_verified", "notes", "url",
    },
    "location": {"id", "organization_id", "name", "city", "address_1", "latitude", "longitude"},
    "service_at_location": {"id", "service_id", "location_id"},
    "phone": {"id", "service_id", "number", "type", "keyword", "language", "description"},
    "service_area": {"id", "service_id", "scope", "town", "latitude", "longitude", "description"},
    "language": {"id", "service_id", "language"},
    "schedule": {"id", "service_id", "description", "is_24_7"},
    "local_listing": {"town", "category", "rank", "name", "last_verified", "service_id"},
}  # fmt: skip

EXPECTED_REFERENCES = {
    ("service", "organization_id", "organization"),
    ("location", "organization_id", "organization"),
    ("service_at_location", "service_id", "service"),
    ("service_at_location", "location_id", "location"),
    ("phone", "service_id", "service"),
    ("service_area", "service_id", "service"),
    ("language", "service_id", "service"),
    ("schedule", "service_id", "service"),
    ("local_listing", "service_id", "service"),
}

# The leading columns each search query needs an index to start from.
EXPECTED_INDEX_PREFIXES = {
    ("service", ("category", "status", "scope")),
    ("local_listing", ("town", "category")),
    ("service_area", ("town",)),
    ("service_area", ("scope",)),
    ("service_area", ("service_id",)),
    ("phone", ("service_id",)),
    ("language", ("service_id",)),
    ("schedule", ("service_id",)),
    ("service_at_location", ("service_id",)),
}


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "schema.db")
    create_schema(database)
    return database


def add_organization_and_service(db: Database, **service: object) -> None:
    db["organization"].insert({"id": "org", "name": "Example Org"})
    db["service"].insert({"id": "svc", "organization_id": "org", "name": "Example", "category": "shelter", "scope": "local", **service})


def test_every_table_has_its_hsds_columns(db: Database) -> None:
    assert {name: set(db[name].columns_dict) for name in EXPECTED_COLUMNS} == EXPECTED_COLUMNS


def test_child_tables_reference_their_parents(db: Database) -> None:
    found = {(fk.table, fk.column, fk.other_table) for table in EXPECTED_COLUMNS for fk in db[table].foreign_keys}
    assert found == EXPECTED_REFERENCES


def test_every_search_query_has_an_index(db: Database) -> None:
    indexes = {(table, tuple(index.columns)) for table in EXPECTED_COLUMNS for index in db[table].indexes}
    for table, prefix in EXPECTED_INDEX_PREFIXES:
        assert any(t == table and cols[: len(prefix)] == prefix for t, cols in indexes), (table, prefix)


def test_search_queries_never_scan_a_whole_table(db: Database) -> None:
    params = {"category": "shelter", "scope": "local", "town": "Hartford", "area_town": "Windsor", "fresh_since": "2026-01-01"}
    for sql in (TIER_SQL, IN_TOWN_SQL.format(extra=""), IN_TOWN_SQL.format(extra=NEARBY_EXTRA)):
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params)]
        assert not [step for step in plan if step.startswith("SCAN")], plan


def test_references_are_enforced(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db["phone"].insert({"id": "p1", "service_id": "no-such-service", "number": "+12035550142", "type": "voice"})


def test_allowed_values_are_enforced(db: Database) -> None:
    add_organization_and_service(db)
    bad_rows = [
        ("service", {"id": "s2", "organization_id": "org", "name": "Other", "category": "spa", "scope": "local"}),
        ("service", {"id": "s3", "organization_id": "org", "name": "Third", "category": "shelter", "scope": "local", "status": "gone"}),
        ("service", {"id": "s4", "organization_id": "org", "name": "Fourth", "category": "shelter", "scope": "local", "last_verified": "last spring"}),
        ("phone", {"id": "p1", "service_id": "svc", "number": "+12035550142", "type": "fax"}),
        ("service_area", {"id": "a1", "service_id": "svc", "scope": "town", "town": None}),
        ("schedule", {"id": "h1", "service_id": "svc", "description": "24/7", "is_24_7": 2}),
    ]
    for table, row in bad_rows:
        with pytest.raises(sqlite3.IntegrityError):
            db[table].insert(row)


def test_deleting_a_service_removes_its_details(db: Database) -> None:
    add_organization_and_service(db)
    db["phone"].insert({"id": "p1", "service_id": "svc", "number": "+12035550142", "type": "voice"})
    db.execute("DELETE FROM service WHERE id = 'svc'")
    assert db["phone"].count == 0


def test_creating_the_schema_again_keeps_the_data(db: Database) -> None:
    add_organization_and_service(db)
    create_schema(db)
    assert db["service"].count == 1
