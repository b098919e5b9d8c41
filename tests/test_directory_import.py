"""Import and export: the seed's spreadsheet columns and Open Referral HSDS 3.0, all or nothing, idempotent."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.directory import build_database
from bot.directory.edits import import_entries, open_for_edit
from bot.directory.entries import all_entries
from bot.directory.io_csv import read_rows, write_entries
from bot.directory.io_hsds import TAXONOMY, export_page, export_tables, read_json, read_tables
from bot.directory.schema import create_schema
from bot.directory.validate import InvalidEntries
from bot.paths import SEED_CSV, STATUS_OVERRIDES_CSV
from staff import STAFF_NAME, content

TABLES = ("organization", "location", "service", "service_at_location", "phone", "service_area", "language", "schedule")


@pytest.fixture
def seeded_copy(tmp_path: Path) -> Path:
    path = tmp_path / "seeded.db"
    build_database(path, SEED_CSV, STATUS_OVERRIDES_CSV)
    return path


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    path = tmp_path / "empty.db"
    db = Database(path)
    db.enable_wal()
    create_schema(db)
    db.close()
    return path


def tables(path: Path) -> dict[str, list[tuple]]:
    db = Database(path)
    try:
        return {name: db.execute(f"SELECT * FROM {name} ORDER BY id").fetchall() for name in TABLES}
    finally:
        db.close()


def export_csv(path: Path, target: Path, show_confidential: bool = False) -> Path:
    db = open_for_edit(path)
    try:
        with target.open("w", newline="") as handle:
            write_entries(db, handle, show_confidential)
    finally:
        db.close()
    return target


def do_import(path: Path, rows: list[tuple[int, dict[str, str]]], label: str = "row") -> list:
    db = open_for_edit(path)
    try:
        return import_entries(db, rows, STAFF_NAME, label=label)
    finally:
        db.close()


def rewrite(source: Path, target: Path, change) -> Path:
    with source.open(newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, [change(row) or row for row in reader]
    with target.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return target


def test_exporting_and_importing_back_changes_nothing(seeded_copy: Path, tmp_path: Path) -> None:
    exported = export_csv(seeded_copy, tmp_path / "export.csv")
    before = content(seeded_copy)
    assert do_import(seeded_copy, read_rows(exported)) == []
    assert content(seeded_copy) == before


def test_importing_the_same_file_twice_changes_nothing_the_second_time(staff_db: Path, tmp_path: Path) -> None:
    exported = export_csv(staff_db, tmp_path / "export.csv")
    edited = rewrite(exported, tmp_path / "edited.csv", lambda row: row.update(hours="24/7") if row["name"] == "Oak Street Women's Shelter" else None)
    [change] = do_import(staff_db, read_rows(edited))
    assert change.differences() == [("hours", "business hours", "24/7")] and change.action == "import"
    after_first = content(staff_db)
    assert do_import(staff_db, read_rows(edited)) == []
    assert content(staff_db) == after_first


def test_a_bad_row_rejects_the_whole_file(staff_db: Path, tmp_path: Path) -> None:
    exported = export_csv(staff_db, tmp_path / "export.csv")

    def damage(row: dict[str, str]) -> None:
        if row["name"] == "Oak Street Women's Shelter":
            row.update(phone="860-555-01", category="spa")
        if row["name"] == "Quiet Hills Shelter":
            row.update(service_area_towns="Windham;Springfield")
        row["hours"] = "24/7"  # a good change on every row, which must not be written either

    bad = rewrite(exported, tmp_path / "bad.csv", damage)
    before = content(staff_db)
    with pytest.raises(InvalidEntries) as error:
        do_import(staff_db, read_rows(bad))
    found = {(p.row, p.field) for p in error.value.problems}
    assert found == {(4, "phone"), (4, "category"), (6, "service_area_towns")}
    assert "row 4, phone: not a phone number: '860-555-01'" in str(error.value)
    assert content(staff_db) == before


def test_the_header_is_checked(staff_db: Path, tmp_path: Path) -> None:
    exported = export_csv(staff_db, tmp_path / "export.csv")
    text = exported.read_text()
    typo = tmp_path / "typo.csv"
    typo.write_text(text.replace(",status,", ",staus,", 1))
    with pytest.raises(InvalidEntries, match="staus: not a column"):
        read_rows(typo)
    missing = tmp_path / "missing.csv"
    missing.write_text(text.replace(",category,", ",", 1))
    with pytest.raises(InvalidEntries, match="lacks columns: category"):
        read_rows(missing)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00name")
    with pytest.raises(InvalidEntries, match="UTF-8"):
        read_rows(binary)


def test_a_row_listed_twice_is_refused(staff_db: Path, tmp_path: Path) -> None:
    rows = read_rows(export_csv(staff_db, tmp_path / "export.csv"))
    with pytest.raises(InvalidEntries, match="list each entry once"):
        do_import(staff_db, [*rows, (99, rows[2][1])])


def test_the_seed_csv_imports_without_undoing_staff_work(seeded_copy: Path) -> None:
    """The seed has no status or last_verified column: a closed line stays closed, a check stays recorded."""
    db = open_for_edit(seeded_copy)
    try:
        changes = import_entries(db, read_rows(SEED_CSV), STAFF_NAME, dry_run=True)
        # Only the notes the overrides file added differ; VictimConnect stays inactive.
        assert {c.service_id for c in changes} == {"victimconnect-resource-center", "dhs-hsi-tip-line-human-trafficking-law-enforcement"}
        assert all([field for field, _, _ in c.differences()] == ["notes"] for c in changes)
        assert db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0  # a dry run logs nothing
    finally:
        db.close()


def test_an_import_adds_new_entries_matched_by_id(staff_db: Path, tmp_path: Path) -> None:
    exported = export_csv(staff_db, tmp_path / "export.csv")
    with exported.open(newline="") as handle:
        row = next(csv.DictReader(handle))
    new = {**row, "id": "", "name": "New Haven Example Line", "organization": "Example Org", "phone": "203-555-0161",
           "sms": "", "category": "hotline", "scope": "local", "service_area_towns": "New Haven", "status": "", "last_verified": ""}  # fmt: skip
    [change] = do_import(staff_db, [(2, new)])
    assert change.before is None and change.service_id == "new-haven-example-line"
    assert change.after["status"] == "active"


def test_confidential_addresses_are_withheld_from_exports_and_kept_on_import(staff_db: Path, tmp_path: Path) -> None:
    plain = export_csv(staff_db, tmp_path / "plain.csv").read_text()
    assert "Hidden Lane" not in plain and "12 Example Street" in plain  # the counseling office is public
    full = export_csv(staff_db, tmp_path / "full.csv", show_confidential=True).read_text()
    assert "100 Hidden Lane" in full
    db = open_for_edit(staff_db)
    try:
        assert "Hidden Lane" not in json.dumps(export_page(db))
        assert "Hidden Lane" in json.dumps(export_page(db, show_confidential=True))
    finally:
        db.close()
    # Importing the withheld export back keeps the stored address.
    assert do_import(staff_db, read_rows(tmp_path / "plain.csv")) == []
    assert "100 Hidden Lane" in export_csv(staff_db, tmp_path / "again.csv", show_confidential=True).read_text()


def test_hsds_json_round_trip_gives_the_same_directory(seeded_copy: Path, empty_db: Path, tmp_path: Path) -> None:
    db = open_for_edit(seeded_copy)
    try:
        page = export_page(db, show_confidential=True)
    finally:
        db.close()
    assert page["total_items"] == len(page["contents"]) == 64
    exported = tmp_path / "directory.json"
    exported.write_text(json.dumps(page))
    assert do_import(seeded_copy, read_json(exported)) == []  # back into the same directory: nothing changes
    assert len(do_import(empty_db, read_json(exported))) == 64  # into an empty one: the same directory
    assert tables(empty_db) == tables(seeded_copy)


def test_hsds_csv_tables_round_trip_gives_the_same_directory(staff_db: Path, empty_db: Path, tmp_path: Path) -> None:
    db = open_for_edit(staff_db)
    try:
        assert export_tables(db, tmp_path / "hsds", show_confidential=True) == 13
    finally:
        db.close()
    names = sorted(path.name for path in (tmp_path / "hsds").iterdir())
    assert {"services.csv", "organizations.csv", "phones.csv", "attributes.csv", "taxonomy_terms.csv"} <= set(names)
    assert do_import(staff_db, read_tables(tmp_path / "hsds")) == []
    do_import(empty_db, read_tables(tmp_path / "hsds"))
    assert tables(empty_db) == tables(staff_db)


def test_hsds_export_uses_hsds_fields(staff_db: Path) -> None:
    db = open_for_edit(staff_db)
    try:
        db.execute("UPDATE service SET last_verified = '2026-02-01' WHERE id = 'national-shelter-finder'")
        [finder] = [s for s in export_page(db)["contents"] if s["id"] == "national-shelter-finder"]
    finally:
        db.close()
    assert finder["assured_date"] == "2026-02-01" and finder["status"] == "active"
    assert [(p["number"], p["type"]) for p in finder["phones"]] == [("+18005550103", "voice"), ("+18005550103", "text")]
    assert finder["phones"][1]["attributes"][0]["value"] == "HELP"
    codes = {a["taxonomy_term"]["code"]: a["value"] for a in finder["attributes"]}
    assert codes["category"] == "shelter" and codes["scope"] == "national"
    assert all(a["taxonomy_term"]["taxonomy"] == TAXONOMY for a in finder["attributes"])


def test_a_foreign_hsds_file_is_checked_like_a_spreadsheet(staff_db: Path, tmp_path: Path) -> None:
    """A 211's own export: UUID ids, 'text' phones, its own statuses; category and scope from our attributes."""

    def attribute(code: str, value: str) -> dict:
        return {"id": f"a-{code}", "value": value, "taxonomy_term": {"id": code, "code": code, "name": code}}

    service = {
        "id": "9d2104f3-b9b2-4719-a85d-743fc62714a6",
        "name": "Example Family Services Helpline",
        "status": "temporarily closed",
        "organization": {"id": "c1066581", "name": "Example Family Services", "description": "x"},
        "phones": [{"id": "p1", "number": "(860) 555-0170", "type": "voice", "extension": 12}, {"id": "p2", "number": "860-555-0171", "type": "text"}, {"id": "p3", "number": "860-555-0172", "type": "fax"}],
        "service_areas": [{"id": "s1", "name": "New Britain"}],
        "attributes": [attribute("category", "counseling"), attribute("scope", "local")],
    }  # fmt: skip
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"contents": [service]}))
    [change] = do_import(staff_db, read_json(good))
    after = change.after
    assert (after["phone"], after["sms"], after["status"]) == ("860-555-0170 ext 12", "860-555-0171", "inactive")
    assert after["service_area_towns"] == "New Britain"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{**service, "id": "other", "name": "Other", "attributes": [], "service_areas": [{"name": "Boston"}]}]))
    with pytest.raises(InvalidEntries) as error:
        do_import(staff_db, read_json(bad), label="service")
    assert {(p.label, p.row, p.field) for p in error.value.problems} == {
        ("service", 1, "category"), ("service", 1, "scope"),
    }  # without a scope, the areas are not read
    for text in ("{not json", json.dumps({"services": []}), json.dumps([1])):
        bad.write_text(text)
        with pytest.raises(InvalidEntries):
            read_json(bad)


def test_export_order_is_the_seed_order(seeded_copy: Path) -> None:
    db = open_for_edit(seeded_copy)
    try:
        exported = [entry["name"] for entry in all_entries(db)]
    finally:
        db.close()
    with SEED_CSV.open(newline="") as handle:
        assert exported == [row["name"] for row in csv.DictReader(handle)]
