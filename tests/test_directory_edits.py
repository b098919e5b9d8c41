"""Staff edits through the API a staff web page will call: checked first, all or nothing, logged, seen by search."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.directory import find_services, open_directory
from bot.directory.audit import MissingActor, history
from bot.directory.edits import (
    EDITABLE_FIELDS, UnknownService, add_service, deactivate_service, open_for_edit, update_service, verify_service,
)  # fmt: skip
from bot.directory.entries import read_entry
from bot.directory.validate import InvalidEntries
from bot.geo import town_place
from staff import NEW_SERVICE, STAFF_NAME, content

NOW = datetime(2026, 3, 4, 15, 30, tzinfo=timezone.utc)
FALLBACK_ID = "211-connecticut-information-referral-and-crisis"


@pytest.fixture
def db(staff_db: Path) -> Database:
    database = open_for_edit(staff_db)
    yield database
    database.close()


def names_found(path: Path, category: str, town: str) -> list[str]:
    reader = open_directory(path)  # as the bot does: a new read-only connection per search
    try:
        return [service.name for service in find_services(reader, category, town_place(town), limit=10)]
    finally:
        reader.close()


def problems(error: pytest.ExceptionInfo[InvalidEntries]) -> set[tuple[str, str]]:
    return {(problem.field, problem.message) for problem in error.value.problems}


def test_an_added_service_is_found_by_the_next_search(db: Database, staff_db: Path) -> None:
    change = add_service(db, NEW_SERVICE, STAFF_NAME, now=NOW)
    assert change.service_id == "mansfield-example-clinic" and change.before is None
    assert names_found(staff_db, "medical", "Mansfield")[0] == "Mansfield Example Clinic"
    # Towns are read through the gazetteer; a village office belongs to its town.
    assert change.after["service_area_towns"] == "Mansfield; Windham"
    assert db.execute("SELECT city FROM location WHERE name = 'Storrs'").fetchone() == ("Mansfield",)


def test_an_update_changes_only_what_it_names_and_reranks(db: Database, staff_db: Path) -> None:
    before = read_entry(db, "oak-street-women-s-shelter")
    changes = {"hours": "24/7", "populations": "all", "verified_from_source": "yes"}
    change = update_service(db, "oak-street-women-s-shelter", changes, STAFF_NAME)
    assert change.differences() == [
        ("hours", "business hours", "24/7"), ("populations", "women", "all"), ("verified_from_source", "no", "yes"),
    ]  # fmt: skip
    assert {k: v for k, v in change.after.items() if k not in changes} == {k: v for k, v in before.items() if k not in changes}
    # Now 24/7, for everyone and seen on its source, it ranks with Riverbend: the rank was computed again.
    assert db.execute("SELECT rank FROM service WHERE id = 'oak-street-women-s-shelter'").fetchone()[0] == 0
    assert names_found(staff_db, "shelter", "Hartford")[:2] == ["Oak Street Women's Shelter", "Riverbend Safe House"]


def test_field_aliases_and_clearing_a_field(db: Database) -> None:
    change = update_service(db, "hartford-counseling-collective", {"url": "example.org/counsel", "notes": ""}, STAFF_NAME)
    assert change.after["website"] == "example.org/counsel" and change.after["notes"] == ""


def test_an_update_that_changes_nothing_writes_nothing(db: Database, staff_db: Path) -> None:
    before = content(staff_db)
    assert update_service(db, "oak-street-women-s-shelter", {"hours": "business hours"}, STAFF_NAME) is None
    assert content(staff_db) == before


def test_every_bad_value_is_reported_and_nothing_is_written(db: Database, staff_db: Path) -> None:
    before = content(staff_db)
    bad = {"phone": "860-555-014", "towns": "Hartferd", "category": "spa", "website": "not a site", "sms": "CALL"}
    with pytest.raises(InvalidEntries) as error:
        update_service(db, "oak-street-women-s-shelter", bad, STAFF_NAME)
    found = problems(error)
    assert {field for field, _ in found} == {"phone", "service_area_towns", "category", "website", "sms"}
    assert any("did you mean Hartford?" in message for _, message in found)
    assert "nothing was changed" in str(error.value)
    assert content(staff_db) == before


def test_unknown_and_fixed_fields_are_refused(db: Database) -> None:
    with pytest.raises(InvalidEntries) as error:
        update_service(db, "oak-street-women-s-shelter", {"colour": "red", "id": "x", "last_verified": "2026-01-01"}, STAFF_NAME)
    assert {field for field, _ in problems(error)} == {"colour", "id", "last_verified"}
    assert "status" in EDITABLE_FIELDS and "name" in EDITABLE_FIELDS


def test_required_fields_and_duplicate_names(db: Database) -> None:
    with pytest.raises(InvalidEntries) as error:
        add_service(db, {"name": "Riverbend Safe House 2", "category": "shelter"}, STAFF_NAME)
    assert problems(error) >= {("organization", "is required"), ("scope", "'' is not one of local, statewide, national")}
    with pytest.raises(InvalidEntries, match="exists already"):
        add_service(db, {**NEW_SERVICE, "name": "Riverbend Safe House"}, STAFF_NAME)
    with pytest.raises(InvalidEntries, match="already the name of riverbend-safe-house"):
        update_service(db, "oak-street-women-s-shelter", {"name": "Riverbend Safe House"}, STAFF_NAME)


def test_an_address_needs_an_explicit_confidentiality_answer(db: Database) -> None:
    with pytest.raises(InvalidEntries) as error:
        add_service(db, {**NEW_SERVICE, "address": "1 Example Road", "office_town": ""}, STAFF_NAME)
    assert problems(error) == {
        ("confidential_location", "must be yes or no when an office_address is given"),
        ("office_address", "needs an office_town, the town the office is in"),
    }


def test_deactivated_services_leave_search_and_keep_their_history(db: Database, staff_db: Path) -> None:
    change = deactivate_service(db, "oak-street-women-s-shelter", STAFF_NAME, reason="line disconnected", now=NOW)
    assert change.after["status"] == "inactive" and change.after["notes"].endswith("Inactive since 2026-03-04: line disconnected")
    assert "Oak Street Women's Shelter" not in names_found(staff_db, "shelter", "Hartford")
    assert deactivate_service(db, "oak-street-women-s-shelter", STAFF_NAME) is None
    assert read_entry(db, "oak-street-women-s-shelter")["status"] == "inactive"


def test_the_fallback_line_cannot_be_switched_off(db: Database, staff_db: Path) -> None:
    before = content(staff_db)
    for attempt in (
        lambda: deactivate_service(db, FALLBACK_ID, STAFF_NAME),
        lambda: update_service(db, FALLBACK_ID, {"phone": ""}, STAFF_NAME),
        lambda: update_service(db, FALLBACK_ID, {"name": "211"}, STAFF_NAME),
    ):
        with pytest.raises(InvalidEntries, match="falls back on"):
            attempt()
    assert content(staff_db) == before


def test_verify_sets_the_day_checked(db: Database) -> None:
    change = verify_service(db, "oak-street-women-s-shelter", STAFF_NAME, now=NOW)
    assert change.differences() == [("last_verified", "", NOW.astimezone().date().isoformat())]
    change = verify_service(db, "oak-street-women-s-shelter", STAFF_NAME, on=date(2026, 2, 1), now=NOW)
    assert change.after["last_verified"] == "2026-02-01"
    with pytest.raises(InvalidEntries, match="in the future"):
        verify_service(db, "oak-street-women-s-shelter", STAFF_NAME, on=date(2026, 4, 1), now=NOW)


def test_every_change_is_logged_with_who_when_and_what(db: Database) -> None:
    add_service(db, NEW_SERVICE, STAFF_NAME, now=NOW)
    update_service(db, "mansfield-example-clinic", {"phone": "860-555-0151"}, "Second Staffer", now=NOW)
    [updated, added] = history(db, "mansfield-example-clinic")
    assert (added.action, added.actor, added.at, added.before) == ("add", STAFF_NAME, "2026-03-04T15:30:00Z", None)
    assert (updated.action, updated.actor) == ("update", "Second Staffer")
    assert updated.differences() == [("phone", "860-555-0150", "860-555-0151")]


def test_a_change_needs_a_name_and_an_existing_entry(db: Database, staff_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIRECTORY_USER", raising=False)
    before = content(staff_db)
    with pytest.raises(MissingActor):
        verify_service(db, "oak-street-women-s-shelter", "  ")
    with pytest.raises(UnknownService):
        verify_service(db, "no-such-entry", STAFF_NAME)
    assert content(staff_db) == before


def test_open_for_edit_never_creates_a_directory(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="build"):
        open_for_edit(tmp_path / "typo.db")
    assert list(tmp_path.iterdir()) == []
