"""The audit trail: every change says who, when and what, can be filtered, and protects staff work from a rebuild."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.directory.audit import edit_summary, history
from bot.directory.edits import add_service, deactivate_service, open_for_edit, update_service
from bot.paths import SEED_CSV
from staff import BY, NEW_SERVICE, STAFF_NAME, content, run

MARCH_1 = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
MARCH_5 = datetime(2026, 3, 5, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def logged(staff_db: Path) -> Database:
    """Three changes over two days by two people."""
    db = open_for_edit(staff_db)
    add_service(db, NEW_SERVICE, STAFF_NAME, now=MARCH_1)
    update_service(db, "mansfield-example-clinic", {"hours": "Mon-Fri 9am-5pm"}, "Second Staffer", now=MARCH_1)
    deactivate_service(db, "oak-street-women-s-shelter", STAFF_NAME, reason="closed", now=MARCH_5)
    yield db
    db.close()


def test_history_filters_by_entry_and_day(logged: Database) -> None:
    assert [r.action for r in history(logged)] == ["deactivate", "update", "add"]  # newest first
    assert [r.action for r in history(logged, "mansfield-example-clinic")] == ["update", "add"]
    assert [r.action for r in history(logged, since=date(2026, 3, 2))] == ["deactivate"]
    assert [r.action for r in history(logged, until=date(2026, 3, 1))] == ["update", "add"]
    assert [r.action for r in history(logged, since=date(2026, 3, 5), until=date(2026, 3, 5))] == ["deactivate"]
    assert len(history(logged, limit=1)) == 1


def test_before_and_after_are_whole_entries(logged: Database) -> None:
    [closed] = history(logged, "oak-street-women-s-shelter")
    assert closed.before["status"] == "active" and closed.after["status"] == "inactive"
    assert closed.before["phone"] == closed.after["phone"] == "860-555-0142"
    assert [field for field, _, _ in closed.differences()] == ["notes", "status"]


def test_the_audit_command_shows_and_filters(logged: Database, staff_db: Path) -> None:
    everything = run(staff_db, "audit").output
    assert "2026-03-05T09:00:00Z  Test Staffer  deactivate  oak-street-women-s-shelter" in everything
    assert "hours: '' -> 'Mon-Fri 9am-5pm'" in everything and "3 change(s)" in everything
    one = run(staff_db, "audit", "mansfield-example-clinic", "--since", "2026-03-01", "--until", "2026-03-01").output
    assert "2 change(s)" in one and "oak-street" not in one
    assert "0 change(s)" in run(staff_db, "audit", "--since", "2026-04-01").output
    assert run(staff_db, "audit", "--since", "March").exit_code == 2


def test_the_audit_command_withholds_confidential_addresses(staff_db: Path) -> None:
    db = open_for_edit(staff_db)
    try:
        update_service(db, "riverbend-safe-house", {"address": "200 Hidden Lane"}, STAFF_NAME)
    finally:
        db.close()
    assert "Hidden Lane" not in run(staff_db, "audit").output
    assert "'100 Hidden Lane' -> '200 Hidden Lane'" in run(staff_db, "audit", "--show-confidential").output


def test_who_comes_from_by_or_the_environment(staff_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIRECTORY_USER", raising=False)
    before = content(staff_db)
    refused = run(staff_db, "verify", "oak-street-women-s-shelter")
    assert refused.exit_code == 1 and "--by NAME, or set DIRECTORY_USER" in refused.output
    assert content(staff_db) == before
    monkeypatch.setenv("DIRECTORY_USER", "Env Staffer")
    assert run(staff_db, "verify", "oak-street-women-s-shelter").exit_code == 0
    assert run(staff_db, "verify", "riverbend-safe-house", *BY).exit_code == 0
    db = open_for_edit(staff_db)
    try:
        assert [r.actor for r in history(db)] == ["Test Staffer", "Env Staffer"]
    finally:
        db.close()


def test_a_rebuild_never_erases_staff_changes(staff_db: Path) -> None:
    assert edit_summary(staff_db) is None
    run(staff_db, "verify", "oak-street-women-s-shelter", *BY)
    assert edit_summary(staff_db)[0] == 1
    before = content(staff_db)
    refused = run(staff_db, "build")
    assert refused.exit_code == 1 and "1 staff change(s)" in refused.output and "--force" in refused.output
    kept = run(staff_db, "build", "--keep-edited")  # what `make run` does
    assert kept.exit_code == 0 and "not rebuilt" in kept.output
    assert content(staff_db) == before
    rebuilt = run(staff_db, "build", "--force", "--seed", str(SEED_CSV))
    assert rebuilt.exit_code == 0 and edit_summary(staff_db) is None


def test_a_kept_directory_gets_the_derived_tables_of_this_version(staff_db: Path) -> None:
    """A directory built by an older version keeps its entries and gains what search now reads."""
    run(staff_db, "verify", "oak-street-women-s-shelter", *BY)
    db = open_for_edit(staff_db)
    try:
        listed = db.execute("SELECT * FROM local_listing ORDER BY service_id, town").fetchall()
        with db.conn:
            db.execute("DROP TABLE local_listing")
    finally:
        db.close()
    before = content(staff_db)
    assert run(staff_db, "build", "--keep-edited").exit_code == 0
    assert [line for line in content(staff_db) if "local_listing" not in line] == before
    db = open_for_edit(staff_db)
    try:
        assert db.execute("SELECT * FROM local_listing ORDER BY service_id, town").fetchall() == listed
    finally:
        db.close()
