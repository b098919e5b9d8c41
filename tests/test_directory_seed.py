"""Loading the vetted seed: every service in, the README's warnings applied, nothing guessed."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from bot.directory import Phone, SeedError, build_database, open_directory
from bot.directory.cli import cli
from bot.directory.seed import parse_service_area, parse_sms, parse_voice
from bot.directory.validate import BadValue, dialable
from bot.paths import SEED_CSV, STATUS_OVERRIDES_CSV

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_CSV = FIXTURES / "directory_sample.csv"
SAMPLE_OVERRIDES = FIXTURES / "directory_overrides.csv"
TABLES = ("organization", "service", "location", "service_at_location", "phone", "service_area", "language", "schedule")


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = tmp_path_factory.mktemp("seed") / "resources.db"
    build_database(path, SEED_CSV, STATUS_OVERRIDES_CSV)
    return open_directory(path)


def service_row(db: Database, name: str) -> dict:
    [row] = db.query("SELECT * FROM service WHERE name = ?", [name])
    return row


def phones_of(db: Database, name: str) -> list[dict]:
    sql = "SELECT number, type, keyword, language, description FROM phone WHERE service_id = ? ORDER BY id"
    return list(db.query(sql, [service_row(db, name)["id"]]))


def areas_of(db: Database, name: str) -> list[dict]:
    sql = "SELECT scope, town, latitude, longitude, description FROM service_area WHERE service_id = ? ORDER BY id"
    return list(db.query(sql, [service_row(db, name)["id"]]))


def all_ids(path: Path) -> dict[str, list[str]]:
    db = open_directory(path)
    try:
        return {table: [row[0] for row in db.execute(f"SELECT id FROM {table} ORDER BY id")] for table in TABLES}
    finally:
        db.close()


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def sample_rows() -> list[dict[str, str]]:
    with SAMPLE_CSV.open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_seed_row_is_loaded(seed_db: Database) -> None:
    with SEED_CSV.open(newline="") as handle:
        names = {row["name"] for row in csv.DictReader(handle)}
    assert len(names) == 64
    assert {row["name"] for row in seed_db.query("SELECT name FROM service")} == names
    counts = dict(seed_db.execute("SELECT scope, COUNT(*) FROM service GROUP BY scope").fetchall())
    assert counts == {"national": 16, "statewide": 21, "local": 27}


def test_victimconnect_is_inactive_with_the_reason(seed_db: Database) -> None:
    row = service_row(seed_db, "VictimConnect Resource Center")
    assert row["status"] == "inactive"
    assert "shut down" in row["notes"] and "status_overrides.csv" in row["notes"]
    inactive = [r["name"] for r in seed_db.query("SELECT name FROM service WHERE status = 'inactive'")]
    assert sorted(inactive) == ["DHS / HSI Tip Line (human trafficking, law enforcement)", "VictimConnect Resource Center"]


def test_nothing_was_call_verified(seed_db: Database) -> None:
    assert seed_db.execute("SELECT COUNT(*) FROM service WHERE last_verified IS NOT NULL").fetchone()[0] == 0
    assert seed_db.execute("SELECT SUM(source_verified) FROM service").fetchone()[0] == 49


def test_town_lists_become_towns_with_coordinates(seed_db: Database) -> None:
    areas = areas_of(seed_db, "Interval House - 24-hour hotline")
    assert [a["town"] for a in areas] == [
        "Hartford", "East Hartford", "West Hartford", "Manchester", "Avon", "Canton", "Farmington", "Simsbury",
    ]  # fmt: skip
    assert all(a["scope"] == "town" and 41 < a["latitude"] < 42.1 and -73.8 < a["longitude"] < -71.7 for a in areas)


def test_village_forms_map_to_their_town(seed_db: Database) -> None:
    towns = [a["town"] for a in areas_of(seed_db, "Project SAGE (formerly Women's Support Services)")]
    assert "Canaan" in towns and None not in towns
    [office] = seed_db.query("SELECT city FROM location WHERE name = 'Dayville (Killingly)'")
    assert office["city"] == "Killingly"


def test_statewide_national_and_unparseable_areas(seed_db: Database) -> None:
    assert [(a["scope"], a["town"]) for a in areas_of(seed_db, "CT Safe Connect (statewide domestic violence hotline)")] == [("statewide", None)]
    assert [a["scope"] for a in areas_of(seed_db, "CT Right to Counsel - eviction help")] == ["statewide"]
    assert [a["scope"] for a in areas_of(seed_db, "National Domestic Violence Hotline")] == ["national"]
    eastern = areas_of(seed_db, "Sexual Assault Crisis Center of Eastern Connecticut")
    assert eastern == [{"scope": "region", "town": None, "latitude": None, "longitude": None, "description": "eastern CT (town list not verified)"}]


def test_phone_columns_are_parsed(seed_db: Database) -> None:
    assert phones_of(seed_db, "National Domestic Violence Hotline") == [
        {"number": "+18007997233", "type": "voice", "keyword": None, "language": None, "description": None},
        {"number": "88788", "type": "sms", "keyword": "START", "language": None, "description": None},
    ]
    veterans = phones_of(seed_db, "Veterans Crisis Line")[0]
    assert (veterans["number"], veterans["description"]) == ("988", "then press 1")
    youth_crisis = phones_of(seed_db, "Mobile Crisis Intervention Services (children and youth)")[0]
    assert (youth_crisis["number"], youth_crisis["description"]) == ("211", "then press 1")
    legal_text = phones_of(seed_db, "Statewide Legal Services of CT - legal aid hotline")[1]
    assert (legal_text["type"], legal_text["keyword"], legal_text["number"]) == ("sms", "APPLY", "+18603003845")
    assert phones_of(seed_db, "Crisis Text Line")[0]["keyword"] == "HOME"
    assert phones_of(seed_db, "Youth Continuum") == []


def test_spanish_only_lines_carry_the_language(seed_db: Database) -> None:
    [phone] = phones_of(seed_db, "CT statewide domestic violence hotline - Spanish")
    assert phone["language"] == "Spanish"


def test_languages_split_but_not_inside_parentheses(seed_db: Database) -> None:
    sql = "SELECT language FROM language WHERE service_id = ? ORDER BY id"
    service_id = service_row(seed_db, "988 Suicide & Crisis Lifeline")["id"]
    assert [r["language"] for r in seed_db.query(sql, [service_id])] == ["English", "Spanish (press 2; text AYUDA)", "interpretation"]


def test_schedules_are_24_7_only_when_the_hours_say_so(seed_db: Database) -> None:
    sql = "SELECT s.name, h.is_24_7 FROM schedule h JOIN service s ON s.id = h.service_id WHERE s.name IN (?, ?)"
    found = dict(seed_db.execute(sql, ["Trans Lifeline", "Interval House - 24-hour hotline"]).fetchall())
    assert found == {"Trans Lifeline": 0, "Interval House - 24-hour hotline": 1}


def test_rebuilding_gives_the_same_ids(tmp_path: Path) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    build_database(first, SEED_CSV, STATUS_OVERRIDES_CSV)
    build_database(second, SEED_CSV, STATUS_OVERRIDES_CSV)
    build_database(second, SEED_CSV, STATUS_OVERRIDES_CSV)  # over an existing directory
    assert all_ids(first) == all_ids(second)
    assert "interval-house-24-hour-hotline" in all_ids(first)["service"]


def test_build_leaves_only_the_directory_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "resources.db"
    build_database(path, SAMPLE_CSV, SAMPLE_OVERRIDES)
    assert [p.name for p in tmp_path.iterdir()] == ["resources.db"]
    assert Database(path).journal_mode == "wal"


def test_a_failed_build_keeps_the_old_directory(tmp_path: Path) -> None:
    path = tmp_path / "resources.db"
    build_database(path, SAMPLE_CSV, SAMPLE_OVERRIDES)
    before = path.read_bytes()
    bad = write_csv(tmp_path / "bad.csv", [{**row, "phone": "1-800-RUNAWAY"} for row in sample_rows()])
    with pytest.raises(SeedError, match="line 2"):
        build_database(path, bad, None)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_override_for_an_unknown_service_stops_the_build(tmp_path: Path) -> None:
    overrides = write_csv(tmp_path / "overrides.csv", [{"name": "VictimConect Resource Center", "status": "inactive", "reason": "typo"}])
    with pytest.raises(SeedError, match="VictimConect"):
        build_database(tmp_path / "resources.db", SAMPLE_CSV, overrides)
    assert not (tmp_path / "resources.db").exists()


def test_the_fallback_line_is_required(tmp_path: Path) -> None:
    rows = [row for row in sample_rows() if not row["name"].startswith("211 ")]
    with pytest.raises(SeedError, match="211 Connecticut"):
        build_database(tmp_path / "resources.db", write_csv(tmp_path / "no211.csv", rows), None)


def test_bad_values_name_their_line(tmp_path: Path) -> None:
    rows = sample_rows()
    rows[2]["category"] = "spa"
    with pytest.raises(SeedError, match=r"line 4 \(Oak Street Women's Shelter\): category"):
        build_database(tmp_path / "resources.db", write_csv(tmp_path / "bad.csv", rows), None)


def test_numbers_are_never_guessed() -> None:
    assert dialable("1-888-373-7888") == dialable("(888) 373-7888") == "+18883737888"
    assert dialable("233733") == "233733"
    for bad in ["1-800-RUNAWAY", "212-714-114", "call us", "12", "203-123-4567", "+44 20 7946 0958"]:
        with pytest.raises(BadValue):
            dialable(bad)


def test_phone_text_forms() -> None:
    assert parse_voice("988 then press 1") == Phone("988", "voice", description="then press 1")
    assert parse_voice("") is None
    assert parse_sms("START to 88788") == Phone("88788", "sms", keyword="START")
    assert parse_sms("HOME to 741741") == Phone("741741", "sms", keyword="HOME")
    assert parse_sms("203-555-0142") == Phone("+12035550142", "sms")
    assert Phone("+18005550103", "voice").display == "1-800-555-0103"
    assert Phone("+12035550142", "voice", description="then press 2").display == "203-555-0142 then press 2"
    assert Phone("88788", "sms", keyword="START").display == "text START to 88788"


def test_area_text_forms() -> None:
    assert [a["scope"] for a in parse_service_area("statewide", "eligible ZIP codes")] == ["statewide"]
    assert [a["scope"] for a in parse_service_area("national", "")] == ["national"]
    mixed = parse_service_area("local", "Hartford;somewhere upstate in CT;Hartford")
    assert [(a["scope"], a["town"], a["description"]) for a in mixed] == [
        ("town", "Hartford", "Hartford"),
        ("region", None, "somewhere upstate in CT"),
    ]
    # Text that is neither a town nor says it is about Connecticut is a typo or out of state.
    for bad in ("Hartferd", "Springfield"):
        with pytest.raises(BadValue, match="not a Connecticut town"):
            parse_service_area("local", f"Hartford;{bad}")


def test_the_cli_builds_the_directory(tmp_path: Path) -> None:
    path = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["build", "--db", str(path), "--seed", str(SAMPLE_CSV), "--overrides", str(SAMPLE_OVERRIDES)])
    assert result.exit_code == 0, result.output
    assert "12 active and 1 inactive" in result.output
    for command in (["--help"], ["build", "--help"]):
        assert CliRunner().invoke(cli, command).exit_code == 0


def test_the_cli_reports_a_bad_seed_without_a_traceback(tmp_path: Path) -> None:
    bad = shutil.copy(SAMPLE_CSV, tmp_path / "bad.csv")
    Path(bad).write_text(Path(bad).read_text().replace("860-555-0142", "555-0142"))
    result = CliRunner().invoke(cli, ["build", "--db", str(tmp_path / "x.db"), "--seed", str(bad), "--no-overrides"])
    assert result.exit_code == 1
    assert "not a phone number" in result.output
